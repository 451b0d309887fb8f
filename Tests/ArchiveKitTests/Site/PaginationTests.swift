@testable import ArchiveKit
import Foundation
import Testing

/// Long article lists are split into pages of `SitePages.articlesPerPage`, linked both ways.
@Suite struct PaginationTests {
    @Test(arguments: [(0, 1), (1, 1), (100, 1), (101, 2), (250, 3)])
    func pageCount(items: Int, pages: Int) {
        let split = SitePages.pages(of: items, first: "actors/x/index.html")
        #expect(split.count == pages)
        #expect(split.map(\.items.count).reduce(0, +) == items)
        #expect(split[0].path == "actors/x/index.html")
        #expect((split.count == 1) == (split[0].pagination == nil))
    }

    @Test func laterPagesLinkBackAndForwardRelatively() {
        let split = SitePages.pages(of: 450, first: "actors/x/index.html")
        #expect(split.map(\.path) == ["actors/x/index.html"] + (2...5).map { "actors/x/page/\($0)/index.html" })
        let third = split[2].pagination
        #expect(third?.previousURL == "../../../../actors/x/page/2/index.html")
        #expect(third?.nextURL == "../../../../actors/x/page/4/index.html")
        #expect(third?.firstURL == "../../../../actors/x/index.html")
        #expect(third?.lastURL == "../../../../actors/x/page/5/index.html")
        #expect(split[0].pagination?.previousURL == nil && split[4].pagination?.nextURL == nil)
        #expect(split[4].items == 400..<450)
    }

    static let articleCount = 230

    /// 230 dated articles that all name Hayat Tahrir al-Sham and come from one outlet.
    static func articles() -> [String: String] {
        var files: [String: String] = [:]
        for n in 0..<articleCount {
            let day = n % 28 + 1, month = n / 28 % 12 + 1
            files[String(format: "a%03d.txt", n)] = """
                Clashes near Saraqib, report \(n)

                Enab Baladi
                \(day) \(DateFormatter().monthSymbols[month - 1]) 2019

                Hayat Tahrir al-Sham fighters clashed with government forces near Saraqib in Idlib province, according to report number \(n).
                """
        }
        return files
    }

    @Test func anActorNamedInManyArticlesGetsLinkedPagesWithEveryArticleOnce() throws {
        let site = try TestSite(PaginationTests.articles())
        let first = site.text("actors/hayat-tahrir-al-sham/index.html")
        let pages = [first] + (2...3).map { site.text("actors/hayat-tahrir-al-sham/page/\($0)/index.html") }
        #expect(!site.exists("actors/hayat-tahrir-al-sham/page/4/index.html"))
        let counts = pages.map { $0.components(separatedBy: "<a class=\"article-title").count - 1 }
        #expect(counts == [100, 100, 30])
        let links = pages.flatMap { LinkChecker.attributeValues("href", in: $0).filter { $0.contains("articles/") && !$0.hasSuffix("articles/index.html") } }
        #expect(Set(links.map { $0.replacingOccurrences(of: "../", with: "") }).count == PaginationTests.articleCount)
        #expect(first.contains("rel=\"next\" ") || first.contains("href=\"../../actors/hayat-tahrir-al-sham/page/2/index.html\" rel=\"next\""))
        #expect(pages[2].contains("href=\"../../../../actors/hayat-tahrir-al-sham/page/2/index.html\" rel=\"prev\""))
        #expect(first.contains("Articles 1–100 of 230, page 1 of 3"))
        #expect(pages[1].contains("<title>Hayat Tahrir al-Sham, page 2 of 3"))
        #expect(first.contains("Spellings") && !pages[1].contains("Spellings"))
        #expect(pages[1].contains("Articles naming it (230), 101–200</h2>"))
        #expect(pages[1].contains(#"› <a href="../../../../actors/hayat-tahrir-al-sham/index.html">Hayat Tahrir al-Sham</a></p>"#))
        let source = site.text("sources/enab-baladi/page/3/index.html")
        #expect(source.contains("Articles 201–230 of 230, page 3 of 3"))
    }

    @Test func everyPageOfEveryListIsLinkedAndNoLinkIsBroken() throws {
        let folder = try TemporaryDirectory()
        let input = try folder.write(PaginationTests.articles(), in: "seeds")
        var timings = Timings()
        let builder = SiteBuilder(options: BuildOptions(input: input, output: folder.url.appendingPathComponent("site"), templates: TestPaths.templates))
        let files = try SiteBuilder.render(try builder.load(timings: &timings).library, templates: TemplateSet(folder: TestPaths.templates))
        #expect(files.contains { $0.path == "places/idlib-governorate/page/3/index.html" })
        #expect(LinkChecker.brokenLinks(in: files) == [])
        #expect(SiteCheck.orphans(in: files) == [])
    }
}
