import Foundation

/// A one-line progress bar on stderr, shown only when stderr is a terminal.
struct Progress {
    let total: Int
    let label: String
    private let enabled = isatty(2) != 0
    private var lastDrawn = Date.distantPast

    init(total: Int, label: String) {
        self.total = total
        self.label = label
    }

    mutating func update(_ done: Int, force: Bool = false) {
        guard enabled, total > 0 else { return }
        let now = Date()
        guard force || now.timeIntervalSince(lastDrawn) > 0.1 else { return }
        lastDrawn = now
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[K\(label) \(bar) \(done)/\(total)".utf8))
    }

    /// A line in the bar's place until the bar is drawn: what a long wait before the first item is.
    func note(_ text: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    }

    func finish() {
        guard enabled, total > 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// Writes a line to stderr.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
