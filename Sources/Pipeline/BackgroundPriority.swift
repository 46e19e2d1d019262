import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lowers the scheduling priority of the calling thread, once per thread.
///
/// Why: ingestion's store-and-cluster step is serial, and past a few hundred thousand
/// articles it is the pipeline's critical path. Preparing the next files (extraction,
/// analysis, shingles) kept three threads runnable on two cores and took a quarter of the
/// serial step's core: at 600k stored, the serial thread was runnable 94% of the time and
/// on a CPU for 73%. At a lower priority, preparation gets what the serial step leaves, and
/// still every idle cycle when it waits. Linux keeps a nice value per thread.
enum BackgroundPriority {
    static let niceness: Int32 = 10
    private static let key = "newsdesk.backgroundPriority"

    static func lowerCurrentThread() {
        #if os(Linux)
        let dictionary = Thread.current.threadDictionary
        guard dictionary[key] == nil else { return }
        dictionary[key] = true
        // Who 0 is the calling task: on Linux, this thread alone.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceness)
        #endif
    }
}
