import CZlib
import Foundation
import NewsdeskIngest
import NewsdeskModel

/// A temporary folder for generated fixture files, removed when released.
final class TemporaryFolder {
    let path: String

    init() {
        path = TestScratch.folder.appendingPathComponent("newsdesk-ingest-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `bytes` to `name` (which may contain subfolders) and returns the file's path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let file = path + "/" + name
        let folder = (file as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
        return file
    }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }
}

/// Everything `read(path:)` reported for one file, in order.
struct ReadOutcome {
    var results: [Result<RawDocument, IngestError>] = []
    var documents: [RawDocument] { results.compactMap { try? $0.get() } }
    var errors: [IngestError] {
        results.compactMap { if case .failure(let error) = $0 { error } else { nil } }
    }
}

func readAll(_ path: String, maximumFileBytes: Int = 64 << 20) -> ReadOutcome {
    var outcome = ReadOutcome()
    DocumentReader(maximumFileBytes: maximumFileBytes).read(path: path) { outcome.results.append($0) }
    return outcome
}

/// `text` encoded in a legacy charset through Foundation (independent of the ICU code under test).
func encoded(_ text: String, _ encoding: String.Encoding) -> [UInt8] {
    Array(text.data(using: encoding)!)
}

/// One gzip member holding `bytes`, made with zlib.
func gzip(_ bytes: [UInt8]) -> [UInt8] {
    var stream = z_stream()
    // 15 window bits + 16 selects the gzip wrapper.
    guard deflateInit2_(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, MAX_WBITS + 16, 8, Z_DEFAULT_STRATEGY,
                        ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return [] }
    defer { deflateEnd(&stream) }
    var input = bytes
    var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 64)
    let status = input.withUnsafeMutableBufferPointer { inputBuffer in
        output.withUnsafeMutableBufferPointer { outputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = UInt32(inputBuffer.count)
            stream.next_out = outputBuffer.baseAddress
            stream.avail_out = UInt32(outputBuffer.count)
            return deflate(&stream, Z_FINISH)
        }
    }
    guard status == Z_STREAM_END else { return [] }
    return Array(output.prefix(Int(stream.total_out)))
}

/// Builders for small WARC files.
enum WARC {
    static func record(type: String, uri: String = "https://news.example.org/", date: String = "2024-03-05T10:00:00Z",
                       contentType: String, block: [UInt8]) -> [UInt8] {
        let header = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Target-URI: \(uri)\r\nWARC-Date: \(date)\r\n"
            + "WARC-Record-ID: <urn:example:\(type):\(date):\(uri)>\r\n"  // deterministic, so fixtures are reproducible
            + "Content-Type: \(contentType)\r\nContent-Length: \(block.count)\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }

    static func response(uri: String, date: String, status: String = "200 OK", headers: [String], body: [UInt8]) -> [UInt8] {
        let head = "HTTP/1.1 \(status)\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n"
        return record(type: "response", uri: uri, date: date, contentType: "application/http; msgtype=response",
                      block: Array(head.utf8) + body)
    }

    static func request(uri: String) -> [UInt8] {
        let block = "GET / HTTP/1.1\r\nHost: news.example.org\r\nUser-Agent: test-crawler\r\n\r\n"
        return record(type: "request", uri: uri, contentType: "application/http; msgtype=request", block: Array(block.utf8))
    }

    static func warcinfo() -> [UInt8] {
        record(type: "warcinfo", uri: "", contentType: "application/warc-fields",
               block: Array("software: test-crawler/0.1\r\nformat: WARC File Format 1.0\r\n".utf8))
    }

    /// `body` in HTTP chunked transfer coding, cut into pieces of `size` bytes.
    static func chunked(_ body: [UInt8], size: Int) -> [UInt8] {
        var output: [UInt8] = []
        var start = 0
        while start < body.count {
            let piece = body[start..<min(body.count, start + size)]
            output += Array((String(piece.count, radix: 16) + "\r\n").utf8) + piece + Array("\r\n".utf8)
            start += size
        }
        return output + Array("0\r\n\r\n".utf8)
    }
}

/// The path of a fixture file shipped with the tests.
func fixturePath(_ name: String) -> String {
    Bundle.module.resourceURL!.appendingPathComponent("Fixtures/ingest/\(name)").path
}
