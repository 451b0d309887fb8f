import Dispatch
import Foundation

/// How many threads the build uses.
enum Parallelism {
    /// `ARCHIVE_JOBS=1` in the environment runs every stage on one thread: for a busy shared
    /// machine, and for the test that checks the output does not depend on the number of threads.
    static let serial = ProcessInfo.processInfo.environment["ARCHIVE_JOBS"] == "1"
    /// Threads working at once in a parallel stage.
    static var threads: Int { serial ? 1 : max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

extension Array where Element: Sendable {
    /// `map` on all cores, results in input order. The work is split into one chunk per
    /// scheduling slot, so the number of concurrent jobs is bounded by the machine's cores.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1, !Parallelism.serial else { return map(transform) }
        let results = UnsafeResults<T>(count: count)
        defer { results.deallocate() }
        self.withUnsafeBufferPointer { input in
            let source = UnsafeInput(buffer: input)
            DispatchQueue.concurrentPerform(iterations: count) { i in
                results.store(transform(source.buffer[i]), at: i)
            }
        }
        return results.collect()
    }
}

extension Array where Element: Sendable {
    /// `parallelMap` for work that needs scratch memory: the array is cut into a few dozen
    /// chunks, and each makes one `State` that it passes to `transform` for its elements in order.
    func parallelMap<State, T: Sendable>(state makeState: @Sendable () -> State,
                                         _ transform: @Sendable (inout State, Element) -> T) -> [T] {
        let size = Swift.max(1, count / (Parallelism.threads * 16))
        let starts = Array<Int>(stride(from: 0, to: count, by: size))
        return starts.parallelMap { start in
            var state = makeState()
            return self[start..<Swift.min(start + size, count)].map { transform(&state, $0) }
        }.flatMap { $0 }
    }
}

/// Input buffer shared read-only across the concurrent iterations.
private struct UnsafeInput<Element>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Element>
}

/// One result slot per iteration: each slot is written by exactly one iteration, so no lock is needed.
private final class UnsafeResults<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    func store(_ value: T, at index: Int) { slots[index] = value }

    func collect() -> [T] { (0..<count).map { slots[$0]! } }

    func deallocate() {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
}
