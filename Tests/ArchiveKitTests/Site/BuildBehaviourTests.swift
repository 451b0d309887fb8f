@testable import ArchiveKit
import Foundation
import Testing

/// Whole-site behaviour from small inline inputs: curated articles, bad files, failures.
@Suite struct BuildBehaviourTests {
    @Test func aCuratedMarkdownArticleOverridesExtraction() throws {
        let site = try TestSite([
            "curated.md": """
            ---
            title: Curated title
            date: 2019-05-06
            source: reuters
            places: [Saraqib]
            ---
            # Ignored heading

            Russian jets struck Saraqib and Idlib on *Monday*.
            """,
        ])
        let article = try #require(try site.json("articles").first)
        #expect(article["title"] as? String == "Curated title")
        #expect(article["date"] as? String == "2019-05-06")
        #expect(article["source"] as? String == "Reuters")
        #expect(article["places"] as? [String] == ["Saraqib"])
        #expect(site.text("articles/curated-title/index.html").contains("<em>Monday</em>"))
    }

    @Test func badFilesAreSkippedWithAMessageAndTheRestBuilds() throws {
        let temp = try TemporaryDirectory()
        let input = try temp.write(["good.txt": "A headline\n\nTurkey sent troops to Idlib.\n", "empty.txt": "", "notes.docx": "x"], in: "seeds")
        try Data([0x89, 0x50, 0x00, 0x01]).write(to: input.appendingPathComponent("image.txt"))
        let report = try SiteBuilder(options: BuildOptions(input: input, output: temp.url.appendingPathComponent("site"), templates: TestPaths.templates)).build()
        #expect(report.articles == 1)
        #expect(report.skipped == 3)
        let messages = report.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("empty.txt: warning: skipped: file is empty") })
        #expect(messages.contains { $0.hasPrefix("image.txt: warning: skipped: binary content") })
        #expect(messages.contains { $0.hasPrefix("notes.docx: warning: skipped: unknown file type '.docx'") })
    }

    @Test func strictTurnsWarningsIntoAFailureAndWritesNothing() throws {
        let temp = try TemporaryDirectory()
        let input = try temp.write(["a.txt": "A headline\n\nNo date here.\n"], in: "seeds")
        var options = BuildOptions(input: input, output: temp.url.appendingPathComponent("site"), templates: TestPaths.templates)
        options.strict = true
        #expect(throws: ArchiveError.self) { try SiteBuilder(options: options).build() }
        #expect(!FileManager.default.fileExists(atPath: options.output.path))
    }

    @Test func invalidFrontMatterFailsTheBuildAndLeavesThePreviousSite() throws {
        let temp = try TemporaryDirectory()
        let input = try temp.write(["a.txt": "A headline\n\nRussia struck Idlib.\n"], in: "seeds")
        let options = BuildOptions(input: input, output: temp.url.appendingPathComponent("site"), templates: TestPaths.templates)
        _ = try SiteBuilder(options: options).build()
        let before = try TemporaryDirectory.snapshot(options.output)
        try temp.write(["b.md": "---\ntitle: [unclosed\n---\nBody\n"], in: "seeds")
        #expect {
            _ = try SiteBuilder(options: options).build()
        } throws: { error in
            "\(error)".contains("b.md:3:1: error: invalid front matter")
        }
        #expect(try TemporaryDirectory.snapshot(options.output) == before)
    }

    /// The gazetteer is parsed while the articles are read (from the cache or not): a broken one
    /// still stops the build with its own file and line, and the site stays as it was.
    @Test(arguments: [false, true])
    func anInvalidGazetteerFailsTheBuildAndLeavesThePreviousSite(cached: Bool) throws {
        let temp = try TemporaryDirectory()
        let input = try temp.write(["a.txt": "A headline\n\nRussia struck Idlib.\n", "b.txt": "Another headline\n\nTurkey closed the border.\n"], in: "seeds")
        var options = BuildOptions(input: input, output: temp.url.appendingPathComponent("site"), templates: TestPaths.templates)
        if cached { options.cache = temp.url.appendingPathComponent("cache") }
        _ = try SiteBuilder(options: options).build()
        let before = try TemporaryDirectory.snapshot(options.output)
        try temp.write(["gazetteer.yaml": "places:\n  - name: Kafr Nabl\n    kind: [town\n"], in: "seeds")
        #expect {
            _ = try SiteBuilder(options: options).build()
        } throws: { error in
            guard case let .gazetteer(path, line, _, _) = error as? ArchiveError else { return false }
            return path.hasSuffix("seeds/gazetteer.yaml") && line == 4
        }
        #expect(try TemporaryDirectory.snapshot(options.output) == before)
    }

    @Test func duplicatesAreArchivedOnceAndCollidingTitlesGetDistinctStableSlugs() throws {
        let site = try TestSite([
            "a.txt": "Same story\n\nRussia struck Idlib.\n",
            "b.txt": "Same story\r\n\r\nRussia  struck Idlib.\r\n",
            "c.txt": "Same story\n\nA different body about Aleppo.\n",
        ])
        let articles = try site.json("articles")
        #expect(articles.count == 2)
        let slugs = Set(articles.compactMap { $0["slug"] as? String })
        #expect(slugs.count == 2)
        #expect(slugs.allSatisfy { $0.hasPrefix("same-story-") })
        #expect(site.report.diagnostics.contains { $0.file == "b.txt" && $0.message.contains("same text as a.txt") })
        let again = try TestSite([
            "z.txt": "Same story\n\nA different body about Aleppo.\n",
            "a.txt": "Same story\n\nRussia struck Idlib.\n",
        ])
        #expect(Set(try again.json("articles").compactMap { $0["slug"] as? String }) == slugs)
    }

    @Test func hostileTextIsEscapedEverywhere() throws {
        let evil = "<script>alert('x')</script>"
        let site = try TestSite([
            "evil.txt": "\(evil) headline \u{202E}gnp.exe\n\nBy \(evil)\n\nSource: \(evil)\n\nText with [a link](javascript:alert(1)) and <img src=x onerror=alert(1)>.\n",
        ])
        for path in try TemporaryDirectory.snapshot(site.output).keys where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let text = site.text(path)
            #expect(!text.contains("<script"), "\(path)")
            #expect(!text.contains("<img"), "\(path)")
            #expect(!text.contains("href=\"javascript"), "\(path)")
            #expect(!text.contains("\u{202E}"), "\(path)")
        }
        let article = try #require(try site.json("articles").first)
        #expect(site.text(article["url"] as! String).contains("&lt;script&gt;"))
    }
}
