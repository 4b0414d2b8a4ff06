import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A counting semaphore on a POSIX mutex and condition: ThreadSanitizer follows the order these
/// make between threads (`make test-tsan`), and, unlike a Dispatch semaphore, it may be freed
/// at any count.
private final class Semaphore: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var value: Int

    init(_ value: Int) {
        self.value = value
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Waits until the count is above zero, and takes one.
    func wait() {
        pthread_mutex_lock(mutex)
        while value == 0 { pthread_cond_wait(condition, mutex) }
        value -= 1
        pthread_mutex_unlock(mutex)
    }

    /// Adds one to the count, waking a waiter.
    func signal() {
        pthread_mutex_lock(mutex)
        value += 1
        pthread_cond_signal(condition)
        pthread_mutex_unlock(mutex)
    }
}

/// A thread that fills a bounded ring of reusable slots ahead of the one reader that takes
/// them, in order: so two stages of a read (inflating and parsing a sheet, parsing it and
/// deciding its records) run at once, and memory stays that of the ring.
///
/// A slot is the filling thread's from the moment the reader gives it back until it is filled,
/// and the reader's from ``take()`` until ``giveBack()``: the two never touch one at the same
/// time, and the semaphores between them order its memory.
final class ReadAhead<Slot: AnyObject> {
    private let shared: Shared
    /// The next slot the reader takes.
    private var next = 0
    /// Slots taken and not given back.
    private var held = 0
    private var ended = false

    /// Starts filling `slots` in turn with `fill`, which returns `false` after filling the last
    /// (at the end of the input, or after a failure it records in the slot).
    init(slots: [Slot], fill: @escaping (Slot) -> Bool) {
        precondition(!slots.isEmpty)
        let shared = Shared(slots: slots, fill: fill)
        self.shared = shared
        startThread { shared.fillAhead() }
    }

    deinit {
        shared.stop()
    }

    /// The next filled slot, waiting for it; `nil` after the last.
    func take() -> Slot? {
        if ended { return nil }
        shared.filled.wait()
        let slot = shared.slots[next]
        next = (next + 1) % shared.slots.count
        held += 1
        return slot
    }

    /// Marks the slot last taken as the last there is (its filling returned `false`).
    func end() {
        ended = true
    }

    /// Gives the oldest slot taken back to be filled again.
    func giveBack() {
        guard held > 0 else { return }
        held -= 1
        shared.free.signal()
    }

    /// What the filling thread shares with the reader. Unchecked: a slot is touched by one
    /// thread at a time, handed over through the semaphores.
    private final class Shared: @unchecked Sendable {
        let slots: [Slot]
        let fill: (Slot) -> Bool
        let filled = Semaphore(0)
        let free: Semaphore
        private let done = Semaphore(0)
        private let stopping = Atomic<Bool>(false)

        init(slots: [Slot], fill: @escaping (Slot) -> Bool) {
            self.slots = slots
            self.fill = fill
            free = Semaphore(slots.count)
        }

        /// Fills slot after slot as they are free, until the last or until stopped.
        func fillAhead() {
            var index = 0
            while true {
                free.wait()
                if stopping.load(ordering: .acquiring) { break }
                let more = fill(slots[index])
                filled.signal()
                if !more { break }
                index = (index + 1) % slots.count
            }
            done.signal()
        }

        /// Stops the filling, whether it waits for a slot or fills one, and waits until it has.
        func stop() {
            stopping.store(true, ordering: .releasing)
            free.signal()
            done.wait()
        }
    }
}

/// Runs `body` on a thread of its own: not on Dispatch's pool, whose threads a filling that
/// waits for its reader could all hold (several workbooks read at once, each with two stages
/// ahead), leaving none for the work they wait on.
private func startThread(_ body: @escaping @Sendable () -> Void) {
    final class Body: Sendable {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
    let context = Unmanaged.passRetained(Body(body)).toOpaque()
    #if canImport(Darwin)
        var thread: pthread_t?
    #else
        var thread = pthread_t()
    #endif
    let started = pthread_create(
        &thread, nil,
        { context in
            Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
    if started == 0 {
        #if canImport(Darwin)
            pthread_detach(thread!)
        #else
            pthread_detach(thread)
        #endif
    } else {
        // No thread to be had (a process limit): Dispatch's pool, rather than nothing.
        Unmanaged<Body>.fromOpaque(context).release()
        DispatchQueue.global().async(execute: body)
    }
}
