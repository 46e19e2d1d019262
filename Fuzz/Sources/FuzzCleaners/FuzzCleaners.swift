import NewsdeskExtraction
import NewsdeskModel

/// One fuzz input: arbitrary bytes, decoded leniently, run through both cleaners
/// (HTML and scraped text). Any crash, hang or sanitizer report is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCleaners(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let extractor = ArticleExtractor()
    for format in [RawDocument.Format.html, .text] {
        let article = extractor.extract(RawDocument(sourcePath: "fuzz", format: format, content: text, url: "https://fuzz.example/2020/01/02/x"))
        precondition(article.text.utf8.count <= 4 * size + 16, "extracted text larger than the input allows")
    }
    return 0
}

// SwiftPM links executables with `--defsym main=<Target>_main`, a symbol that
// `-parse-as-library` never emits, so the entry point is provided here and hands
// control to libFuzzer's driver with the test function above.
typealias FuzzTarget = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ target: FuzzTarget) -> Int32

@_cdecl("FuzzCleaners_main")
public func fuzzerEntry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        guard let data else { return 0 }
        return fuzzCleaners(data, size)
    }
}
