import NewsdeskAnalysis
import NewsdeskStore

extension Ingestion {
    /// The form of name keys this build writes (see `NameMatchKey`, `ContentKeys.nameKey`).
    static let nameKeysFormat = 3

    /// Brings a store written by an older build to the keys this one writes, before anything
    /// compares with them or subtracts them: once, on the first `ingest` or `remove` that opens it.
    /// Form 1 kept the names' own keys, which take the whole way; form 2 kept them folded by an
    /// earlier fold, which the present one folds again (nearly always what the name itself gives).
    func upgradeStoredKeys() throws {
        let format = try store.nameKeysFormat()
        guard format < Self.nameKeysFormat else { return }
        try store.rewriteNameKeys(to: Self.nameKeysFormat) { key, language, forms in
            format < 2 ? ContentKeys.nameKey(key, language: language, forms: forms) : NameMatchKey.refold(key)
        }
    }
}
