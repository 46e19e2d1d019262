import ArgumentParser
import NewsdeskStore

/// The store's writer lock, or a clear error and exit status 1 when another ingest or remove holds it.
func writerLock(_ db: String) throws -> WriterLock {
    do {
        return try WriterLock(store: db)
    } catch let busy as WriterLock.Busy {
        printError("newsdesk: \(busy)")
        throw ExitCode.failure
    }
}
