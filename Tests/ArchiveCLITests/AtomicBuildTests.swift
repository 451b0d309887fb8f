import Foundation
import Testing

/// Building must never leave a half-written site, and must give the same bytes in any environment.
@Suite(.serialized) struct AtomicBuildTests {
    let cli = ArchiveCommandTests()

    /// Writes `count` distinct articles built from the seed texts.
    func writeCorpus(_ count: Int, to folder: URL, variant: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: ArchiveCommandTests.repository.appendingPathComponent("seeds").path).filter { $0.hasSuffix(".txt") }.sorted()
        let texts = try seeds.map { try String(contentsOf: ArchiveCommandTests.repository.appendingPathComponent("seeds/\($0)"), encoding: .utf8) }
        for i in 0..<count {
            let body = texts[i % texts.count]
            let text = "Report \(i) \(variant) on the war in Idlib\n\nPublished: \(1 + i % 28) March 2019\n\n\(body)\n\nSource: Reuters\n"
            try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "%05d.txt", i)))
        }
    }

    func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            if (enumerator?.fileAttributes?[.type] as? FileAttributeType) == .typeRegular {
                files[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
            }
        }
        return files
    }

    @Test func killingABuildAtAnyMomentLeavesACompleteSite() throws {
        let temp = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: temp) }
        let input = temp.appendingPathComponent("seeds"), site = temp.appendingPathComponent("site")
        let templates = ArchiveCommandTests.repository.appendingPathComponent("Templates").path
        try writeCorpus(300, to: input, variant: "first")
        #expect(try cli.run(["build", "--quiet", "--input", input.path, "--output", site.path, "--templates", templates]).status == 0)
        let before = snapshot(site)
        #expect(before.count > 300)
        try FileManager.default.removeItem(at: input)
        try writeCorpus(300, to: input, variant: "second")
        var killed = 0
        for delay in [0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8] {
            let process = Process()
            process.executableURL = ArchiveCommandTests.binary
            process.arguments = ["build", "--quiet", "--input", input.path, "--output", site.path, "--templates", templates]
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning { kill(process.processIdentifier, SIGKILL); killed += 1 }
            process.waitUntilExit()
            let now = snapshot(site)
            #expect(now == before || (now.count == before.count && now.keys.contains { $0.contains("second") }), "after a kill at \(delay) s the site is neither the old one nor a complete new one")
            if now != before { break }
        }
        #expect(killed > 0, "the build finished before any kill; the corpus is too small to test this")
        #expect(try cli.run(["build", "--quiet", "--input", input.path, "--output", site.path, "--templates", templates]).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temp.path).filter { $0.hasPrefix(".site.") }
        #expect(leftovers == [], "abandoned staging folders are cleaned up")
    }

    @Test func theSameInputGivesTheSameBytesOnOneThreadOrMany() throws {
        let temp = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: temp) }
        let input = temp.appendingPathComponent("seeds")
        try writeCorpus(60, to: input, variant: "threads")
        let serial = temp.appendingPathComponent("serial"), parallel = temp.appendingPathComponent("parallel")
        #expect(try cli.run(["build", "--quiet", "--no-cache", "--input", input.path, "--output", serial.path], environment: ["ARCHIVE_JOBS": "1"]).status == 0)
        #expect(try cli.run(["build", "--quiet", "--no-cache", "--input", input.path, "--output", parallel.path]).status == 0)
        let a = snapshot(serial), b = snapshot(parallel)
        #expect(a.count > 100)
        #expect(a == b)
    }

    @Test func theSameInputGivesTheSameBytesInAnyTimeZoneAndLocale() throws {
        let temp = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: temp) }
        let plain = temp.appendingPathComponent("plain"), exotic = temp.appendingPathComponent("exotic")
        #expect(try cli.run(["build", "--quiet", "--output", plain.path], environment: ["TZ": "UTC", "LANG": "C", "LC_ALL": "C"]).status == 0)
        #expect(try cli.run(["build", "--quiet", "--output", exotic.path], environment: ["TZ": "Pacific/Chatham", "LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8"]).status == 0)
        let a = snapshot(plain), b = snapshot(exotic)
        #expect(a.count > 20)
        #expect(a == b)
    }
}
