import Foundation

/// The files handed to a sink, kept in memory (for `archive diff` and `archive check`).
final class FileCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [OutputFile] = []

    func add(_ files: [OutputFile]) throws {
        let loaded = try files.map { try $0.loaded() }
        lock.lock()
        collected += loaded
        lock.unlock()
    }

    var files: [OutputFile] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }
}

/// A value made the first time any thread asks for it, while the others that ask wait; or never,
/// when nobody asks.
final class MadeOnFirstUse<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Value?
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = make()
        made = value
        return value
    }
}

/// Work started on another thread at once, and waited for when its result is first needed (at once
/// on the calling thread with `ARCHIVE_JOBS=1`).
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        guard !Parallelism.serial else {
            result = work()
            return
        }
        group.enter()
        DispatchQueue.global().async {
            self.result = work()
            self.group.leave()
        }
    }

    /// The result, once the work is done.
    var value: Value {
        group.wait()
        return result!
    }
}

/// The first error thrown by any of several concurrent tasks.
final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private var error: (any Error)?

    func keep(_ error: any Error) {
        lock.lock()
        if self.error == nil { self.error = error }
        lock.unlock()
    }

    func rethrow() throws {
        lock.lock()
        defer { lock.unlock() }
        if let error { throw error }
    }
}

/// Wall-clock seconds spent in some work, summed over every thread that did it.
final class ThreadTime: @unchecked Sendable {
    private let lock = NSLock()
    private var total: Duration = .zero

    func measure<T>(_ work: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer {
            let elapsed = clock.now - start
            lock.lock()
            total += elapsed
            lock.unlock()
        }
        return try work()
    }

    var seconds: Double {
        lock.lock()
        defer { lock.unlock() }
        return SiteBuilder.seconds(total)
    }
}

/// Counts of extractions read from the cache, added to from every thread of the pass.
final class ExtractionTally: @unchecked Sendable {
    private let lock = NSLock()
    private var counts = (cached: 0, kept: 0)

    func add(cached: Int = 0, kept: Int = 0) {
        lock.lock()
        counts.cached += cached
        counts.kept += kept
        lock.unlock()
    }

    var cached: Int { lock.lock(); defer { lock.unlock() }; return counts.cached }
    var kept: Int { lock.lock(); defer { lock.unlock() }; return counts.kept }
}
