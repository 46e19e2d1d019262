import Foundation
import NewsdeskStore
import Testing

/// One writer per store: a second lock on the same store is refused at once, and freed with the first.
@Suite struct WriterLockTests {
    @Test func aSecondWriterIsRefusedUntilTheFirstIsDone() throws {
        let path = TestScratch.folder.appendingPathComponent("newsdesk-lock-\(UUID().uuidString).sqlite").path
        withExtendedLifetime(try WriterLock(store: path)) {
            #expect(throws: WriterLock.Busy.self) { try WriterLock(store: path) }
            #expect(throws: Never.self) { _ = try WriterLock(store: path + "-other") }  // another store is free
        }
        // The first lock is gone: the store is free again.
        #expect(throws: Never.self) { _ = try WriterLock(store: path) }
    }
}
