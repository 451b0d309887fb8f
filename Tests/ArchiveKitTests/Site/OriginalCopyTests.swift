@testable import ArchiveKit
import Foundation
import Testing

/// Articles do not hold their original bytes during a build: each original is copied from the input
/// folder when its page is written, and only if it still has the digest it was archived with.
@Suite struct OriginalCopyTests {
    @Test func anOriginalIsCopiedOnlyWhileItsDigestIsUnchanged() throws {
        let temp = try TemporaryDirectory()
        let input = try temp.write(["a.txt": "First headline\n\nTurkey closed the border near Azaz.\n"], in: "seeds")
        let path = input.appendingPathComponent("a.txt").path
        let bytes = [UInt8](try #require(FileManager.default.contents(atPath: path)))
        let copy = OutputFile(path: "articles/first-headline/original.txt", copying: path, sha256: ArticleAssembler.sha256(bytes))
        #expect(try copy.loaded().bytes == bytes)
        try temp.write(["a.txt": "First headline\n\nTurkey closed the border near Kilis.\n"], in: "seeds")
        #expect(throws: ArchiveError.self) { try copy.loaded() }
        try FileManager.default.removeItem(atPath: path)
        #expect(throws: ArchiveError.self) { try copy.loaded() }
    }

    @Test func aBuildKeepsNoOriginalInMemoryAndWritesEachOne() throws {
        let temp = try TemporaryDirectory()
        let text = "First headline\n\nPublished: 3 March 2016\n\nTurkey closed the border near Azaz.\n"
        let input = try temp.write(["a.txt": text], in: "seeds")
        let builder = SiteBuilder(options: BuildOptions(input: input, output: temp.url.appendingPathComponent("site"), templates: TestPaths.templates))
        var timings = Timings()
        let loaded = try builder.load(timings: &timings)
        #expect(loaded.library.articles.allSatisfy { $0.original.isEmpty })
        let files = try SiteBuilder.render(loaded.library, templates: TemplateSet(folder: TestPaths.templates))
        #expect(files.first { $0.path.hasSuffix("/original.txt") }?.bytes == Array(text.utf8))
    }
}
