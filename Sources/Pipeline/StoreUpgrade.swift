import NewsdeskAnalysis
import NewsdeskStore

extension Ingestion {
    /// The form of name keys this build writes (see `NameMatchKey`).
    static let nameKeysFormat = 2

    /// Brings a store written by an older build to the keys this one writes, before anything
    /// compares with them or subtracts them: once, on the first `ingest` or `remove` that opens it.
    func upgradeStoredKeys() throws {
        guard try store.nameKeysFormat() < Self.nameKeysFormat else { return }
        try store.rewriteNameKeys(to: Self.nameKeysFormat) { key, language in NameMatchKey.key(key, language: language) }
    }
}
