@testable import ArchiveKit
import Foundation
import Testing

@Suite struct SiteWriterTests {
    @Test func refusesDangerousOutputFolders() throws {
        let temp = try TemporaryDirectory()
        let input = try temp.write(["a.txt": "x"], in: "seeds")
        let home = FileManager.default.homeDirectoryForCurrentUser
        for output in [URL(fileURLWithPath: "/"), home, input, temp.url, input.appendingPathComponent("site")] {
            #expect(throws: ArchiveError.self, "\(output.path)") { try SiteWriter(output: output).checkSafety(input: input) }
        }
    }

    @Test func refusesANonEmptyFolderItDidNotCreateUnlessForced() throws {
        let temp = try TemporaryDirectory()
        let input = try temp.write(["a.txt": "x"], in: "seeds")
        let output = try temp.write(["notes.txt": "mine"], in: "elsewhere")
        #expect(throws: ArchiveError.self) { try SiteWriter(output: output).checkSafety(input: input) }
        try SiteWriter(output: output, force: true).checkSafety(input: input)
    }

    @Test func leavesUnchangedFilesAloneAndRemovesStaleOnes() throws {
        let temp = try TemporaryDirectory()
        let output = temp.url.appendingPathComponent("site")
        let writer = SiteWriter(output: output)
        let first = try writer.write([OutputFile(path: "a/index.html", text: "A"), OutputFile(path: "b/index.html", text: "B")])
        #expect(first.written == 3)
        let aPath = output.appendingPathComponent("a/index.html").path
        let before = try FileManager.default.attributesOfItem(atPath: aPath)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.05)
        let second = try writer.write([OutputFile(path: "a/index.html", text: "A"), OutputFile(path: "c.html", text: "C")])
        #expect(second == SiteWriter.Result(written: 1, unchanged: 2, removed: 1))
        let after = try FileManager.default.attributesOfItem(atPath: aPath)[.modificationDate] as? Date
        #expect(before == after)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("b").path))
    }

    @Test func neverDeletesThroughASymbolicLink() throws {
        let temp = try TemporaryDirectory()
        let outside = try temp.write(["keep.txt": "precious"], in: "outside")
        let output = temp.url.appendingPathComponent("site")
        let writer = SiteWriter(output: output)
        _ = try writer.write([OutputFile(path: "index.html", text: "x")])
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("link"), withDestinationURL: outside)
        _ = try writer.write([OutputFile(path: "index.html", text: "x")])
        #expect(FileManager.default.fileExists(atPath: outside.appendingPathComponent("keep.txt").path))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: output.appendingPathComponent("link").path)) == nil)
    }

    @Test(arguments: ["../x", "/etc/passwd", "a/../../b", "", "a//b", "./a", "a/", "a/..", ".", "a\\b", "a\u{0}b"])
    func rejectsUnsafeRelativePaths(path: String) {
        #expect(!SiteWriter.isSafeRelativePath(path))
    }

    @Test(arguments: ["index.html", "a/b/c.html", ".archive-site", "a/...", "assets/style.css", "places/ma\u{2BF}arrat/index.html"])
    func acceptsOrdinaryRelativePaths(path: String) {
        #expect(SiteWriter.isSafeRelativePath(path))
    }
}
