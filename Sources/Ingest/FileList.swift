import Foundation

extension DocumentReader {
    /// Expands files and folders into file paths. Folders are walked recursively,
    /// skipping hidden files and folders and files that are plainly not news
    /// documents (`notDocumentExtensions`), and their files are sorted by path;
    /// files named as arguments are always read, and arguments keep their order.
    /// A missing path is reported as an error.
    public static func files(in paths: [String]) -> (files: [String], errors: [IngestError]) {
        var files: [String] = []
        var errors: [IngestError] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(IngestError(path: path, problem: "no such file or directory"))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            var found: [String] = []
            var visited = Set<String>()
            walk(path, into: &found, errors: &errors, visited: &visited)
            files.append(contentsOf: found.sorted())
        }
        return (files, errors)
    }

    /// Extensions of files that sit beside news pages in folders (notes, labels,
    /// images, code) and are skipped when a folder is walked.
    public static let notDocumentExtensions: Set<String> = [
        "md", "markdown", "rst", "tsv", "csv", "json", "yaml", "yml", "toml", "ini", "cfg", "log", "py", "sh", "js",
        "css", "swift", "c", "h", "png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "pdf", "zip", "tar", "mp3", "mp4",
        "woff", "woff2", "ttf", "sqlite", "db", "lock",
    ]

    static func isNotADocument(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return notDocumentExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private static func walk(_ directory: String, into files: inout [String], errors: inout [IngestError],
                             visited: inout Set<String>) {
        let manager = FileManager.default
        // Symbolic links may lead back up the tree; each real folder is walked once.
        guard visited.insert(URL(fileURLWithPath: directory).resolvingSymlinksInPath().path).inserted else { return }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: directory)
        } catch {
            errors.append(IngestError(path: directory, problem: "cannot list the folder"))
            return
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        for name in names where !name.hasPrefix(".") {
            let path = prefix + name
            var isDirectory: ObjCBool = false
            // A dangling symbolic link is skipped: there is nothing to read.
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(path, into: &files, errors: &errors, visited: &visited)
            } else if !isNotADocument(name) {
                files.append(path)
            }
        }
    }
}
