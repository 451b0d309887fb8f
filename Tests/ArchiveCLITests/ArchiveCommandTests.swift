import Foundation
import Testing

/// Runs the built `archive` executable as a user would and checks its output and exit status.
@Suite struct ArchiveCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `archive` binary built beside this test bundle.
    static let binary: URL? = {
        var candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(), Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        candidates.append(repository.appendingPathComponent(".build/release"))
        return candidates.map { $0.appendingPathComponent("archive") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = try #require(ArchiveCommandTests.binary, "archive binary not found next to the tests")
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? ArchiveCommandTests.repository
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("archive-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func helpDocumentsEveryBuildOption() throws {
        let help = try run(["build", "--help"])
        #expect(help.status == 0)
        for option in ["--input", "--output", "--templates", "--base-url", "--title", "--strict", "--force", "--max-file-size", "--timings", "--quiet"] {
            #expect(help.stdout.contains(option), "help lacks \(option)")
        }
        let top = try run(["--help"])
        #expect(top.stdout.contains("build"))
        #expect(top.stdout.contains("inspect"))
    }

    @Test func buildPrintsOneSummaryLineAndWarningsOnStandardError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["build", "--output", folder.appendingPathComponent("site").path], environment: ["CI": "true"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("5 articles, ") == true)
        #expect(lines.first?.contains(" files written, ") == true)
        #expect(result.stderr.contains("001_c59bbf91a3534c22.txt: warning: no publication date found"))
    }

    /// `--timings` says where the extractions came from, so a curator can see what a gazetteer edit cost.
    @Test func timingsCountTheExtractionsAGazetteerEditKept() throws {
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try "Strikes on Saraqib\n\nPublished: 5 April 2017\n\nRussian jets struck Saraqib.\n".write(to: input.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Market hit\n\nPublished: 1 May 2018\n\nThe KNMC said shelling hit the market.\n".write(to: input.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let arguments = ["build", "--input", input.path, "--output", folder.appendingPathComponent("site").path,
                         "--cache", folder.appendingPathComponent("cache").path, "--timings", "--quiet"]
        let first = try run(arguments)
        #expect(first.status == 0)
        #expect(first.stdout.contains("extractions: 0 from the cache, 2 extracted\n"))
        try "actors:\n  - name: Kafr Nabl Media Centre\n    kind: media\n    aliases: [KNMC]\n".write(to: input.appendingPathComponent("gazetteer.yaml"), atomically: true, encoding: .utf8)
        let second = try run(arguments)
        #expect(second.status == 0)
        #expect(second.stdout.contains("extractions: 1 from the cache (1 kept after a gazetteer edit), 1 extracted\n"), "\(second.stdout)")
    }

    @Test func theSameWarningAboutManyFilesIsShownTenTimesThenCounted() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for n in 0..<13 {
            try Data("Report \(n)\n\nShelling hit Saraqib, report \(n) said.\n\nSource: Enab Baladi\n".utf8)
                .write(to: input.appendingPathComponent("r\(n).txt"))
        }
        let result = try run(["build", "--input", input.path, "--output", folder.appendingPathComponent("site").path], environment: ["CI": "true"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.filter { $0.contains(": warning: no publication date found") }.count == 10)
        #expect(lines.contains { $0.hasPrefix("… and 3 more files with: no publication date found") })
    }

    @Test func aMissingInputFolderFailsWithAMessageNamingIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["build", "--input", "no-such-folder", "--output", folder.appendingPathComponent("site").path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: ") && result.stderr.contains("no-such-folder: input folder is not a folder"))
    }

    @Test func invalidFrontMatterFailsWithFileLineAndColumn() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data("---\ntitle: ok\n  date: bad\n---\nBody\n".utf8).write(to: input.appendingPathComponent("curated.md"))
        let result = try run(["build", "--input", input.path, "--output", folder.appendingPathComponent("site").path,
                              "--templates", ArchiveCommandTests.repository.appendingPathComponent("Templates").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("curated.md:3:"))
        #expect(result.stderr.contains("invalid front matter"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("site").path))
    }

    @Test func refusesToWriteIntoAFolderItDidNotCreate() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let result = try run(["build", "--output", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--force"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.txt").path))
    }

    @Test func inspectShowsWhatIngestExtracted() throws {
        let result = try run(["inspect", "seeds/002_f7e0934300db9242.txt"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("date:     2018-01-10   (date marker, line 1)"))
        #expect(result.stdout.contains("title:    The battle for Idlib"))
        #expect(result.stdout.contains("cleaned:  removed date marker"))
    }

    @Test func usageErrorsExitWith64() throws {
        #expect(try run(["build", "--max-file-size", "0"]).status == 64)
        #expect(try run(["frobnicate"]).status == 64)
    }
}
