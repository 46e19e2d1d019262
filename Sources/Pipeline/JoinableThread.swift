#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A POSIX thread that its starter joins. Foundation's `Thread.detachNewThread` is not used:
/// with it the test suite aborted now and then with glibc's "unaligned tcache chunk" report
/// as such a thread exited (3 of 60 suite runs; none in 60 since). Foundation on Linux keeps a
/// detached thread's `pthread_t` after the thread ends (swift-corelibs-foundation issue 5240),
/// the likely mechanism. A joined thread also ends before its starter returns, so nothing it
/// holds outlives the call that made it.
final class JoinableThread: @unchecked Sendable {
    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    private var handle = pthread_t()
    private var joined = false

    /// Starts `body` on a new thread. Fails only when the system has no thread left to give.
    init(_ body: @escaping @Sendable () -> Void) {
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        let status = pthread_create(&handle, nil, { raw in
            guard let raw else { return nil }
            Unmanaged<Body>.fromOpaque(raw).takeRetainedValue().run()
            return nil
        }, context)
        precondition(status == 0, "could not start a thread (pthread_create: \(status))")
    }

    /// Waits for the thread to end. Called once, by the thread that started it.
    func join() {
        guard !joined else { return }
        joined = true
        pthread_join(handle, nil)
    }

    deinit { join() }
}
