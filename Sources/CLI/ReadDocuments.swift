import NewsdeskIngest
import NewsdeskModel

/// Reads every document in the files and folders given, in order, with a progress bar on a
/// terminal; each path or item that cannot be read is reported on stderr and skipped.
/// Returns the number of problems reported.
@discardableResult
func readDocuments(in paths: [String], label: String, _ body: (RawDocument) -> Void) -> Int {
    let (files, missing) = DocumentReader.files(in: paths)
    missing.forEach { printError("newsdesk: \($0)") }
    let reader = DocumentReader()
    var progress = Progress(total: files.count, label: label)
    var problems = missing.count
    for (done, file) in files.enumerated() {
        reader.read(path: file) { result in
            switch result {
            case .failure(let error):
                problems += 1
                printError("newsdesk: \(error)")
            case .success(let document):
                body(document)
            }
        }
        progress.update(done + 1)
    }
    progress.finish()
    return problems
}
