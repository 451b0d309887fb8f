@testable import ArchiveKit
import Foundation
import Testing

/// The helpers that let a build start work early or skip it: each value is made exactly once.
@Suite struct ConcurrencyHelpersTests {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            count += 1
            return count
        }
        var value: Int { lock.lock(); defer { lock.unlock() }; return count }
    }

    @Test func aValueMadeOnFirstUseIsMadeOnceForEveryThread() {
        let made = Counter()
        let value = MadeOnFirstUse { () -> Int in
            Thread.sleep(forTimeInterval: 0.01)   // long enough for the other threads to ask meanwhile
            return made.next()
        }
        #expect(made.value == 0, "nothing is made before it is asked for")
        let seen = Array(0..<64).parallelMap { _ in value.value }
        #expect(seen.allSatisfy { $0 == 1 } && made.value == 1)
    }

    @Test func backgroundWorkRunsOnceAndGivesItsResultToEveryCaller() {
        let runs = Counter()
        let work = BackgroundWork { () -> [String] in
            _ = runs.next()
            return ["a", "b"]
        }
        #expect(work.value == ["a", "b"] && work.value == ["a", "b"])
        #expect(runs.value == 1)
    }
}
