/// A file, or one item inside a container file, that could not be turned into a document.
public struct IngestError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file, as the user named it (or as folder expansion produced it).
    public let path: String
    /// What went wrong, in words meant for the user (e.g. "empty file", "line 7: not valid JSON").
    public let problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    /// "PATH: problem".
    public var description: String { "\(path): \(problem)" }
}
