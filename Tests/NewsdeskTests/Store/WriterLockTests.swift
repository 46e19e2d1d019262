import Foundation
import NewsdeskStore
import Testing

/// One writer per store: a second lock on the same store is refused at once, and freed with the first.
@Suite struct WriterLockTests {
    @Test func aSecondWriterIsRefusedUntilTheFirstIsDone() throws {
        let path = TestScratch.folder.appendingPathComponent("newsdesk-lock-\(UUID().uuidString).sqlite").path
        var first: WriterLock? = try WriterLock(store: path)
        #expect(first != nil)
        #expect(throws: WriterLock.Busy.self) { try WriterLock(store: path) }
        #expect(throws: Never.self) { _ = try WriterLock(store: path + "-other") }  // another store is free
        first = nil
        #expect(throws: Never.self) { _ = try WriterLock(store: path) }
    }
}
