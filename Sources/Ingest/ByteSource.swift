import Foundation

/// One step of a byte stream.
enum ByteChunk {
    case data([UInt8])
    case end
    /// The stream broke off; the message is meant for the user ("truncated gzip stream").
    case failure(String)
}

/// A forward-only stream of bytes, read a chunk at a time so that large files
/// (WARC archives) never have to fit in memory.
protocol ByteSource: AnyObject {
    func next() -> ByteChunk
}

/// Reads a file in fixed-size chunks.
final class FileByteSource: ByteSource {
    private static let chunkSize = 1 << 20
    private let handle: FileHandle
    private var done = false

    init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
    }

    deinit { try? handle.close() }

    func next() -> ByteChunk {
        guard !done else { return .end }
        do {
            guard let data = try handle.read(upToCount: Self.chunkSize), !data.isEmpty else {
                done = true
                return .end
            }
            return .data([UInt8](data))
        } catch {
            done = true
            return .failure("read error: \(error.localizedDescription)")
        }
    }
}

/// Bytes already in memory, as a stream (an HTTP body to decompress).
final class MemoryByteSource: ByteSource {
    private var bytes: [UInt8]?

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func next() -> ByteChunk {
        guard let bytes else { return .end }
        self.bytes = nil
        return .data(bytes)
    }
}
