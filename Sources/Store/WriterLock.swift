import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one writer of a store: `ingest` and `remove` each rebuild the clusterer from the store and
/// write back what it decided, so two at once would each decide on a state the other is changing
/// (SQLite serialises their transactions, not their reasoning). An advisory lock (`flock`) on a file
/// beside the store, held for the life of this object; the system releases it when the process
/// ends, killed or not, so a crash never leaves a store locked. Readers (`stories`, `export`) take none.
public final class WriterLock {
    private let descriptor: Int32

    public struct Busy: Error, CustomStringConvertible {
        public var store: String
        public var description: String {
            "\(store): another newsdesk ingest or remove is writing to this store; try again when it has finished"
        }
    }

    /// Takes the lock of the store at `path`, or throws `Busy` at once when another process holds it.
    public init(store path: String) throws {
        let lockPath = path + ".lock"
        descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: lockPath])
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw Busy(store: path)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
