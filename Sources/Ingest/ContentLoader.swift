import Foundation

/// Opens a file, undoes gzip compression, refuses what cannot be a news
/// document, and decides the format: the steps before any parsing.
struct ContentLoader {
    enum Loaded {
        /// A WARC archive, left as a stream to be read record by record.
        case warc(ByteReader)
        /// The whole content of a single-document or container file.
        case document([UInt8], FormatSniffer.Format)
    }

    struct Problem: Error {
        var message: String
    }

    let path: String
    let maximumBytes: Int

    func load() -> Result<Loaded, Problem> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Problem(message: "no such file or directory"))
        }
        guard !isDirectory.boolValue else { return .failure(Problem(message: "is a folder, not a file")) }
        guard let file = FileByteSource(path: path) else { return .failure(Problem(message: "cannot open the file")) }

        let raw = ByteReader(file)
        let compressed = GunzipByteSource.hasMagic(raw.peek(2))
        let reader = compressed ? ByteReader(GunzipByteSource(raw)) : raw

        let sample = reader.peek(max(BinaryCheck.sampleLength, FormatSniffer.sampleLength))
        if sample.isEmpty {
            return .failure(Problem(message: reader.failure ?? "empty file"))
        }
        if FormatSniffer.isWARC(sample) { return .success(.warc(reader)) }
        if let reason = BinaryCheck.binaryReason(sample) {
            return .failure(Problem(message: "binary file (\(reason)), not a news document"))
        }
        let limit = ByteCount.describeLimit(maximumBytes)
        if !compressed, let size = fileSize(), size > maximumBytes {
            return .failure(Problem(message: "file is \(ByteCount.describe(size)); the limit is \(limit)"))
        }
        guard let bytes = reader.readAll(limit: maximumBytes) else {
            return .failure(Problem(message: compressed ? "decompressed size exceeds the limit of \(limit)"
                                                        : "file is larger than the limit of \(limit)"))
        }
        // A damaged file is reported rather than half-read: a cut-off page would pass for a short one.
        if let failure = reader.failure { return .failure(Problem(message: failure)) }
        if BinaryCheck.isBlank(bytes) { return .failure(Problem(message: "empty file")) }

        switch FormatSniffer.sniff(bytes[...], fileExtension: innerExtension) {
        case .success(let format): return .success(.document(bytes, format))
        case .failure(let notAFeed): return .failure(Problem(message: "not an XML feed: \(notAFeed.reason)"))
        }
    }

    private func fileSize() -> Int? {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue
    }

    /// The extension that names the content: "html" for "page.html.gz".
    private var innerExtension: String {
        var parts = path.split(separator: "/").last.map { $0.lowercased().split(separator: ".") } ?? []
        if parts.count > 1, parts.last == "gz" { parts.removeLast() }
        return parts.count > 1 ? String(parts.last!) : ""
    }
}
