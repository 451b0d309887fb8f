@testable import ArchiveKit
import Foundation
import Testing

@Suite struct SiteDiffTests {
    func render(_ input: URL) throws -> [OutputFile] {
        var timings = Timings()
        let builder = SiteBuilder(options: BuildOptions(input: input, output: URL(fileURLWithPath: "/nonexistent"), templates: TestPaths.templates))
        return try SiteBuilder.render(try builder.load(timings: &timings).library, templates: TemplateSet(folder: TestPaths.templates))
    }

    @Test func anUnchangedArchiveHasNoDifferences() throws {
        let site = try TestSite(copying: TestPaths.seeds)
        let diff = SiteDiff(old: SiteSnapshot.read(folder: site.output), new: try render(site.input))
        #expect(diff.isEmpty)
        #expect(diff.summary == "no changes: the site is identical")
    }

    /// The review use case: add one alias to the archive's gazetteer and see which articles gain which entity.
    @Test func addingAGazetteerAliasShowsWhichArticlesGainTheEntity() throws {
        let site = try TestSite(copying: TestPaths.seeds)
        try Data("""
        actors:
          - name: Spetsnaz
            kind: armed_group
            affiliation: Russia
            aliases: [Spetznatz, Russian special forces]
        """.utf8).write(to: site.input.appendingPathComponent("gazetteer.yaml"))
        let diff = SiteDiff(old: SiteSnapshot.read(folder: site.output), new: try render(site.input))
        let gains = try #require(diff.entities.first { $0.name == "Spetsnaz" })
        #expect(gains.gained == ["A few months ago Bashar al Assad had his back against the Mediterranean"])
        #expect(gains.lost.isEmpty)
        let article = try #require(diff.articles.first { $0.file.hasPrefix("001") })
        #expect(article.change == .changed)
        #expect(article.details.contains("actors: +Spetsnaz"))
        #expect(diff.pages.contains { $0.path == "actors/spetsnaz/index.html" && $0.change == .added })
        let markdown = diff.report(.markdown)
        #expect(markdown.contains("- actor **Spetsnaz**: gains *A few months ago Bashar al Assad had his back against the Mediterranean*"))
        #expect(markdown.contains("### Pages: actors"))
    }

    @Test func aRetitledArticleShowsItsMetadataDelta() throws {
        let site = try TestSite(["a.txt": "Old headline\n\nPublished: 3 March 2016\n\nTurkey closed the border near Azaz.\n"])
        try Data("New headline\n\nPublished: 4 March 2016\n\nTurkey closed the border near Azaz and Kilis.\n".utf8).write(to: site.input.appendingPathComponent("a.txt"))
        let diff = SiteDiff(old: SiteSnapshot.read(folder: site.output), new: try render(site.input))
        let delta = try #require(diff.articles.first)
        #expect(delta.details.contains("title: Old headline → New headline"))
        #expect(delta.details.contains("date: 2016-03-03 → 2016-03-04"))
        #expect(delta.details.contains { $0.hasPrefix("places: +Kilis") })
        #expect(diff.pages.contains { $0.path == "articles/old-headline/index.html" && $0.change == .removed })
        #expect(diff.pages.contains { $0.path == "articles/new-headline/index.html" && $0.change == .added })
    }
}

@Suite struct SiteCheckTests {
    @Test func theRepositoryArchiveHasNoErrors() throws {
        let site = try TestSite(copying: TestPaths.seeds)
        var timings = Timings()
        let loaded = try SiteBuilder(options: BuildOptions(input: site.input, output: site.output, templates: TestPaths.templates)).load(timings: &timings)
        let files = try SiteBuilder.render(loaded.library, templates: TemplateSet(folder: TestPaths.templates))
        let findings = SiteCheck.findings(loaded: loaded, files: files, output: site.output)
        #expect(findings.filter { $0.severity == .error } == [])
        #expect(SiteCheck.orphans(in: files) == [])
    }

    @Test func aStaleSiteAndOrphansAreReported() throws {
        let site = try TestSite(["a.txt": "A headline\n\nPublished: 3 March 2016\n\nRussia struck Idlib.\n"])
        try Data("tampered".utf8).write(to: site.output.appendingPathComponent("index.html"))
        try Data("extra".utf8).write(to: site.output.appendingPathComponent("extra.html"))
        let files = [OutputFile(path: "index.html", text: "<a href=\"a.html\">a</a>"), OutputFile(path: "a.html", text: "x"), OutputFile(path: "lonely.html", text: "y")]
        let stale = SiteCheck.staleness(of: site.output, against: files).map(\.description)
        #expect(stale.contains { $0.hasSuffix("index.html: error: out of date (run archive build and commit the site)") })
        #expect(stale.contains { $0.contains("extra.html: error: no longer produced by the build") })
        #expect(SiteCheck.orphans(in: files) == ["lonely.html"])
    }
}
