@testable import ArchiveKit
import Foundation
import Testing

/// A build into an existing site must give exactly the bytes of a clean build, whatever happened before.
@Suite struct IncrementalBuildTests {
    @Test func aRebuildWithNothingChangedStopsAfterTheFingerprint() throws {
        let temp = try TemporaryDirectory()
        let input = try temp.write(["a.txt": "First headline\n\nTurkey closed the border near Azaz.\n"], in: "seeds")
        let site = temp.url.appendingPathComponent("site")
        func build(baseURL: String? = nil) throws -> BuildReport {
            var options = BuildOptions(input: input, output: site, templates: TestPaths.templates)
            options.cache = temp.url.appendingPathComponent("cache")
            options.baseURL = baseURL
            return try SiteBuilder(options: options).build()
        }
        let first = try build()
        let again = try build()
        #expect(again.timings.stages.map(\.name) == ["fingerprint"])
        #expect(again.written == 0 && again.unchanged == first.files && again.articles == 1)
        #expect(again.diagnostics == first.diagnostics, "the warnings of the last build are reported again")
        let page = site.appendingPathComponent("articles/first-headline/index.html")
        try FileManager.default.removeItem(at: page)
        let repaired = try build()
        #expect(repaired.timings.stages.contains { $0.name == "render" } && repaired.written == 1)
        #expect(FileManager.default.fileExists(atPath: page.path))
        try temp.write(["a.txt": "First headline\n\nTurkey closed the border near Kilis.\n"], in: "seeds")
        #expect(try build().timings.stages.contains { $0.name == "render" }, "an edited article is rebuilt")
        #expect(try build(baseURL: "https://example.org/").timings.stages.contains { $0.name == "render" }, "a new option is rebuilt")
        #expect(try build(baseURL: "https://example.org/").timings.stages.map(\.name) == ["fingerprint"])
    }

    @Test func rebuildingAfterEditsMatchesACleanBuild() throws {
        let temp = try TemporaryDirectory()
        let input = try temp.write([
            "a.txt": "First headline\n\nPublished: 3 March 2016\n\nTurkey closed the border near Azaz.\n",
            "b.txt": "Second headline\n\nPublished: 5 April 2017\n\nRussian jets struck Saraqib.\n",
            "archive.yaml": "title: Test archive\nbase_url: https://example.org/archive/\n",   // so the sitemap is built too
        ], in: "seeds")
        let templates = temp.url.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: TestPaths.templates, to: templates)
        let site = temp.url.appendingPathComponent("site")
        var step = 0
        var reports: [BuildReport] = []
        func buildAndCompare(_ change: String) throws {
            step += 1
            var options = BuildOptions(input: input, output: site, templates: templates)
            options.cache = temp.url.appendingPathComponent("cache")
            let report = try SiteBuilder(options: options).build()
            reports.append(report)
            let clean = temp.url.appendingPathComponent("clean-\(step)")
            _ = try SiteBuilder(options: BuildOptions(input: input, output: clean, templates: templates)).build()
            #expect(try TemporaryDirectory.snapshot(site) == TemporaryDirectory.snapshot(clean), "after: \(change)")
        }
        try buildAndCompare("first build")
        try buildAndCompare("building again without changes")
        #expect(reports.last?.written == 0, "a no-op rebuild writes nothing")
        let article = site.appendingPathComponent("articles/second-headline/index.html").path
        let stampBefore = fileStamp(article)
        try temp.write(["a.txt": "First headline\n\nPublished: 3 March 2016\n\nTurkey closed the border near Azaz.\n\nA new last paragraph.\n"], in: "seeds")
        try buildAndCompare("adding a paragraph to one article")
        #expect(fileStamp(article) == stampBefore, "an unchanged article's page is not rewritten")
        try Data("tampered".utf8).write(to: URL(fileURLWithPath: article))
        try buildAndCompare("a page edited by hand in the output")
        try temp.write(["a.txt": "First headline, edited\n\nPublished: 3 March 2016\n\nTurkey closed the border near Kilis.\n"], in: "seeds")
        try buildAndCompare("editing an article")
        try temp.write(["c.txt": "Third headline\n\nPublished: 1 May 2018\n\nThe White Helmets said Idlib was hit.\n"], in: "seeds")
        try buildAndCompare("adding an article")
        try FileManager.default.removeItem(at: input.appendingPathComponent("b.txt"))
        try buildAndCompare("deleting an article")
        let list = templates.appendingPathComponent("partials/article-list.mustache")
        try Data((String(decoding: try Data(contentsOf: list), as: UTF8.self) + "<!-- changed -->\n").utf8).write(to: list)
        try buildAndCompare("changing a template")
        try temp.write(["gazetteer.yaml": "places:\n  - name: Kilis Border Gate\n    kind: border_crossing\n    parent: Turkey\n    aliases: [Kilis]\n"], in: "seeds")
        try buildAndCompare("changing the gazetteer")
        try temp.write(["gazetteer.yaml": "places:\n  - name: Kilis Border Gate\n    kind: town\n    parent: Turkey\n    aliases: [Kilis]\n"], in: "seeds")
        try buildAndCompare("changing only what the gazetteer says of a place")
        try temp.write(["c.txt": "Third headline\n\nPublished: 1 May 2018\n\nA new first paragraph.\n\nThe White Helmets said Idlib was hit.\n"], in: "seeds")
        try buildAndCompare("changing the first paragraph of an article")
    }

    /// An edit re-renders the pages that show what changed, and takes every other page from the previous site.
    @Test func anEditRendersOnlyThePagesThatShowIt() throws {
        let temp = try TemporaryDirectory()
        let body = "Turkey closed the border near Azaz."
        let input = try temp.write([
            "a.txt": "First headline\n\nPublished: 3 March 2016\n\n\(body)\n",
            "b.txt": "Second headline\n\nPublished: 5 April 2017\n\nRussian jets struck Saraqib.\n",
            "c.txt": "Third headline\n\nPublished: 1 May 2018\n\nRussian jets struck Saraqib again.\n",
        ], in: "seeds")
        let site = temp.url.appendingPathComponent("site")
        func build() throws -> BuildReport {
            var options = BuildOptions(input: input, output: site, templates: TestPaths.templates)
            options.cache = temp.url.appendingPathComponent("cache")
            return try SiteBuilder(options: options).build()
        }
        let first = try build()
        #expect(first.reused == 0)
        // Assets are always copied again.
        let assets = try TemporaryDirectory.snapshot(site).keys.filter { $0.hasPrefix("assets/") }
        try temp.write(["a.txt": "First headline\n\nPublished: 3 March 2016\n\n\(body)\n\nA later paragraph.\n"], in: "seeds")
        let bodyEdit = try build()
        // The article's page, Markdown and original; data/articles.json (its digest); the feed and home page (they
        // summarise the newest articles, and this one is among them). Not the timeline, indexes or other data files.
        #expect(bodyEdit.reused == bodyEdit.files - 3 - 1 - 2 - assets.count, "only the pages showing the article's text are rendered")
        try temp.write(["a.txt": "First headline, corrected\n\nPublished: 3 March 2016\n\n\(body)\n\nA later paragraph.\n"], in: "seeds")
        let titleEdit = try build()
        #expect(titleEdit.reused < bodyEdit.reused, "a new title is shown on the pages of Turkey and Azaz and next to other articles")
        let untouched = ["actors/russia/index.html", "places/saraqib/index.html"]
        #expect(untouched.allSatisfy { FileManager.default.fileExists(atPath: site.appendingPathComponent($0).path) })
        #expect(titleEdit.reused >= untouched.count, "the pages of Russia and Saraqib are not rendered again")
    }
}
