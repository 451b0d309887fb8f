@testable import ArchiveKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite struct SiteIntegrityTests {
    func render(_ seeds: URL) throws -> [OutputFile] {
        var timings = Timings()
        let builder = SiteBuilder(options: BuildOptions(input: seeds, output: URL(fileURLWithPath: "/nonexistent"), templates: TestPaths.templates))
        let loaded = try builder.load(timings: &timings)
        return try SiteBuilder.render(loaded.library, templates: TemplateSet(folder: TestPaths.templates))
    }

    @Test func everyInternalLinkOfTheSeedSiteResolves() throws {
        let files = try render(TestPaths.seeds)
        #expect(LinkChecker.brokenLinks(in: files) == [])
        #expect(files.contains { $0.path == "404.html" })
        #expect(files.contains { $0.path == "feed.xml" })
    }

    @Test func linksAreRelativeSoTheSiteWorksFromAnyFolder() throws {
        for file in try render(TestPaths.seeds) where file.path.hasSuffix(".html") && file.path != "404.html" {
            let html = String(decoding: file.bytes, as: UTF8.self)
            for target in LinkChecker.attributeValues("href", in: html) + LinkChecker.attributeValues("src", in: html) {
                #expect(!target.hasPrefix("/"), "\(file.path) links to absolute path \(target)")
            }
        }
    }

    @Test func twoBuildsOfTheSameInputAreByteIdentical() throws {
        let first = try TestSite(copying: TestPaths.seeds)
        let second = try TestSite(copying: TestPaths.seeds)
        let a = try TemporaryDirectory.snapshot(first.output)
        let b = try TemporaryDirectory.snapshot(second.output)
        #expect(a.count > 20)
        #expect(a == b)
    }

    @Test func theLinkCheckerFindsBrokenLinksAndAnchors() {
        let files = [
            OutputFile(path: "index.html", text: #"<a href="a/index.html">x</a><a href="a/index.html#here">y</a><a href="missing.html">z</a><a href="a/index.html#nowhere">w</a>"#),
            OutputFile(path: "a/index.html", text: #"<h2 id="here">h</h2><a href="../index.html">home</a>"#),
        ]
        #expect(LinkChecker.brokenLinks(in: files).map(\.target) == ["missing.html", "a/index.html#nowhere"])
    }

    @Test func sitemapAndCanonicalLinksAppearOnlyWithABaseURL() throws {
        let without = try TestSite(["a.txt": "Headline here\n\nRussia struck Idlib on Monday, rescuers said.\n"])
        #expect(!without.exists("sitemap.xml"))
        #expect(!without.text("index.html").contains("rel=\"canonical\""))
        let with = try TestSite(["a.txt": "Headline here\n\nRussia struck Idlib on Monday, rescuers said.\n"]) { $0.baseURL = "https://example.org/idlib" }
        #expect(with.text("sitemap.xml").contains("<loc>https://example.org/idlib/articles/headline-here/index.html</loc>"))
        #expect(with.text("index.html").contains("<link rel=\"canonical\" href=\"https://example.org/idlib/\">"))
        #expect(with.text("robots.txt").contains("Sitemap: https://example.org/idlib/sitemap.xml"))
    }

    @Test func aSitemapOverTheLimitBecomesAnIndexOfParts() throws {
        var options = BuildOptions(input: TestPaths.seeds, output: URL(fileURLWithPath: "/nonexistent"), templates: TestPaths.templates)
        options.baseURL = "https://example.org/idlib"
        var timings = Timings()
        let library = try SiteBuilder(options: options).load(timings: &timings).library
        let templates = try TemplateSet(folder: TestPaths.templates)
        let paths = try SiteBuilder.render(library, templates: templates).map(\.path)
        let pages = SitePages(library: library, templates: templates)
        func locations(_ file: OutputFile) -> [String] {
            String(decoding: file.bytes, as: UTF8.self).components(separatedBy: "<loc>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        }
        let whole = pages.sitemap(pages: paths)
        #expect(whole.map(\.path) == ["sitemap.xml"])
        let everyPage = locations(whole[0])
        #expect(everyPage.count > 25)
        let split = pages.sitemap(pages: paths, limit: 10)
        let parts = Array(split.dropFirst())
        #expect(split.first?.path == "sitemap.xml")
        #expect(parts.map(\.path) == (1...(everyPage.count + 9) / 10).map { "sitemap-\($0).xml" })
        #expect(parts.allSatisfy { locations($0).count <= 10 })
        #expect(parts.flatMap(locations) == everyPage, "the parts list every page once, in order")
        let index = String(decoding: split[0].bytes, as: UTF8.self)
        #expect(index.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        #expect(locations(split[0]) == parts.map { "https://example.org/idlib/" + $0.path })
        for file in split { #expect(XMLParser(data: Data(file.bytes)).parse(), "\(file.path) is well-formed XML") }
        #expect(SiteCheck.orphans(in: split).isEmpty, "the parts need no inbound link")
        #expect(!SitePages.isSitemapPart("sitemap-.xml") && !SitePages.isSitemapPart("articles/sitemap-1.xml") && SitePages.isSitemapPart("sitemap-12.xml"))
    }

    @Test func theFeedIsWellFormedAtomWithTheNewestDatedArticles() throws {
        let site = try TestSite([
            "a.txt": "Older story\n\nPublished: 3 March 2016\n\nTurkey closed the border.\n",
            "b.txt": "Newer story\n\nPublished: 5 April 2017\n\nRussia struck Idlib.\n",
            "c.txt": "Undated story\n\nNothing dates this one.\n",
        ])
        let feed = site.text("feed.xml")
        let parser = XMLParser(data: Data(feed.utf8))
        #expect(parser.parse(), "feed.xml is not well-formed XML")
        #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
        let newer = try #require(feed.range(of: "Newer story"))
        let older = try #require(feed.range(of: "Older story"))
        #expect(newer.lowerBound < older.lowerBound)
        #expect(!feed.contains("Undated story"))
        #expect(feed.contains("<updated>2017-04-05T00:00:00Z</updated>"))
    }
}
