import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the iterations of a loop on threads of its own, the calling thread included, at a
/// lower scheduling priority than the rest of the process. Ingestion prepares the next file
/// (extraction, shingles, MinHash) in parallel while one thread stores and clusters: with as
/// many preparing threads as cores, that one serial thread, which bounds the whole run, waited
/// for a core a quarter of the time. `DispatchQueue.concurrentPerform` cannot lower the
/// priority of the shared dispatch threads it borrows; these threads are the pool's alone.
final class WorkerPool: @unchecked Sendable {
    private final class State: @unchecked Sendable {
        let condition = NSCondition()
        var job: (@Sendable (Int) -> Void)?
        var count = 0
        var next = 0
        var done = 0
        var stopping = false
    }

    /// The nice value the pool's threads run at (0 is normal, 19 the lowest priority).
    static let niceness: Int32 = 10
    private let state = State()
    private var threads: [JoinableThread] = []

    /// A pool of `extraThreads` threads besides the caller of `forEach`.
    init(extraThreads: Int) {
        let state = self.state
        threads = (0..<max(0, extraThreads)).map { _ in
            JoinableThread {
                Self.lowerPriority()
                Self.serve(state)
            }
        }
    }

    deinit { stop() }

    /// Lowers the calling thread's priority to the pool's (on Linux the nice value is per thread).
    static func lowerPriority() {
        #if canImport(Glibc)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceness)
        #endif
    }

    /// Calls `body` once for each of `0..<count`, spread over the pool and the calling thread,
    /// and returns when all calls have. One caller at a time: the pool runs one loop.
    func forEach(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let condition = state.condition
        condition.lock()
        (state.job, state.count, state.next, state.done) = (body, count, 0, 0)
        condition.broadcast()
        condition.unlock()
        Self.help(state)
        condition.lock()
        while state.done < count { condition.wait() }
        state.job = nil
        condition.unlock()
    }

    /// Ends the pool's threads once they finish what they are running.
    func stop() {
        state.condition.lock()
        state.stopping = true
        state.condition.broadcast()
        state.condition.unlock()
        for thread in threads { thread.join() }
        threads = []
    }

    /// The caller's share: iterations until none is left unclaimed.
    private static func help(_ state: State) {
        state.condition.lock()
        while let job = state.job, state.next < state.count {
            run(job, claimingNextOf: state)
        }
        state.condition.unlock()
    }

    /// A pool thread: waits for iterations to claim until the pool stops.
    private static func serve(_ state: State) {
        state.condition.lock()
        while !state.stopping {
            if let job = state.job, state.next < state.count {
                run(job, claimingNextOf: state)
            } else {
                state.condition.wait()
            }
        }
        state.condition.unlock()
    }

    /// Claims the next iteration and runs it outside the lock. Called and returns with the lock held.
    private static func run(_ job: @Sendable (Int) -> Void, claimingNextOf state: State) {
        let index = state.next
        state.next += 1
        state.condition.unlock()
        job(index)
        state.condition.lock()
        state.done += 1
        if state.done == state.count { state.condition.broadcast() }
    }
}
