import ArgumentParser
import ArchiveKit
import Foundation

/// Everything the tool prints: progress for people at a terminal, a quiet parseable summary in
/// CI, and the single place where errors become messages and exit codes.
struct Console: Sendable {
    var quiet: Bool

    /// Progress lines are for a person watching a terminal; CI logs get only the summary.
    var showsProgress: Bool {
        !quiet && isatty(2) != 0 && ProcessInfo.processInfo.environment["CI"] == nil
    }

    var progress: SiteBuilder.Progress? {
        guard showsProgress else { return nil }
        return { step, total, name in Console.standardError("[\(step)/\(total)] \(name)") }
    }

    /// Warnings after a successful build. The same warning about more than `perMessage` files is
    /// shown for the first ones and then counted, so 100,000 undated articles do not bury the rest.
    func warnings(_ diagnostics: [Diagnostic], perMessage: Int = 10) {
        guard !quiet, !diagnostics.isEmpty else { return }
        var shown: [String: Int] = [:]
        var order: [String] = []
        var number = 0
        for diagnostic in diagnostics {
            if shown[diagnostic.message] == nil { order.append(diagnostic.message) }
            shown[diagnostic.message, default: 0] += 1
            guard shown[diagnostic.message]! <= perMessage else { continue }
            number += 1
            Console.standardError("\(number). \(diagnostic)")
        }
        for message in order where shown[message]! > perMessage {
            Console.standardError("… and \(shown[message]! - perMessage) more files with: \(message) (`archive check` lists them all)")
        }
    }

    func timings(_ timings: Timings) {
        for stage in timings.stages { print("time \(stage.name): \(Timings.format(stage.seconds)) s") }
    }

    func summary(_ line: String) {
        if !quiet { print(line) }
    }

    /// Runs `work`; an `ArchiveError` is printed as `error: …` and exits with status 1.
    func reportingErrors<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as ArchiveError {
            Console.standardError("error: \(error)")
            throw ExitCode.failure
        }
    }

    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
