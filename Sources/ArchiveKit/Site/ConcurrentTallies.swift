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
