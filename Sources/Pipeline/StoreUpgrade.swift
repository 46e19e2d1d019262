import NewsdeskAnalysis
import NewsdeskStore

extension Ingestion {
    /// The form of name keys this build writes (see `NameMatchKey`, `ContentKeys.nameKeys`).
    static let nameKeysFormat = 5

    /// Brings a store written by an older build to the keys this one writes, before anything
    /// compares with them or subtracts them: once, on the first `ingest` or `remove` that opens it.
    /// Form 1 kept the names' own keys, which take the whole way. Forms 2 to 4 (development builds
    /// of one day) kept them folded by earlier folds, which the present one folds again: close to what
    /// the name itself gives, not always equal ("ch" that forms 2 and 3 wrote as "c"); their articles
    /// ingested again take the present keys exactly.
    func upgradeStoredKeys() throws {
        let format = try store.nameKeysFormat()
        guard format < Self.nameKeysFormat else { return }
        try store.rewriteNameKeys(to: Self.nameKeysFormat) { key, language, forms in
            format < 2 ? ContentKeys.nameKeys(key, language: language, forms: forms) : [NameMatchKey.refold(key)]
        }
    }
}
