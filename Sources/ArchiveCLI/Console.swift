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

    func warnings(_ diagnostics: [Diagnostic]) {
        guard !quiet, !diagnostics.isEmpty else { return }
        for (i, diagnostic) in diagnostics.enumerated() { Console.standardError("\(i + 1). \(diagnostic)") }
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
