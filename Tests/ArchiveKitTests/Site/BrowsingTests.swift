@testable import ArchiveKit
import Foundation
import Testing

/// What makes the site worth browsing: linked names, related articles, newer/older links,
/// charts, maps and the place tree. Built from small inline archives.
@Suite(.serialized) struct BrowsingTests {
    /// Five dated articles: two about Maarat al-Numan and Hayat Tahrir al-Sham, one sharing only
    /// Russia and Idlib with them, one about Turkey and Damascus only, one about Iran and Russia.
    static let files = [
        "a.txt": "Rebels hold Maarat al-Numan\n\nPublished: 3 March 2018\n\nHayat Tahrir al-Sham fighters held Maarat al-Numan as Russia bombed Idlib. Russia denied it.\n",
        "b.txt": "Maarat al-Numan falls\n\nPublished: 28 January 2020\n\nSyrian forces entered Maarat al-Numan after Hayat Tahrir al-Sham withdrew; Russia backed the push in Idlib.\n",
        "c.txt": "Strikes near Idlib\n\nPublished: 5 February 2020\n\nRussia struck villages in Idlib, rescuers said.\n",
        "d.txt": "Turkey talks\n\nPublished: 9 April 2019\n\nTurkey sent a delegation to Damascus.\n",
        "e.txt": "Envoys meet\n\nPublished: 1 June 2017\n\nIran and Russia sent envoys to Geneva.\n",
    ]
    static let site: TestSite? = try? TestSite(files)

    func site() throws -> TestSite { try #require(BrowsingTests.site) }

    func page(_ title: String) throws -> String {
        let site = try site()
        let article = try #require(try site.json("articles").first { $0["title"] as? String == title })
        return site.text(article["url"] as! String)
    }

    /// The HTML of one `<section>` of a page, found by its heading id.
    func section(_ id: String, of html: String) -> String {
        guard let start = html.range(of: "id=\"\(id)\"") else { return "" }
        let rest = html[start.upperBound...]
        return String(rest[..<(rest.range(of: "</section>")?.lowerBound ?? rest.endIndex)])
    }

    @Test func theBodyLinksTheFirstMentionOfEachEntity() throws {
        let html = try page("Rebels hold Maarat al-Numan")
        let body = html[html.range(of: "<div class=\"article-body\">")!.upperBound...].prefix(while: { _ in true })
        let text = String(body[..<body.range(of: "</div>")!.lowerBound])
        #expect(text.contains(#">Hayat Tahrir al-Sham</a> fighters"#))
        #expect(text.contains(#"href="../../places/maarat-al-numan/index.html""#))
        #expect(text.components(separatedBy: #"href="../../actors/russia/index.html""#).count - 1 == 1)
        #expect(text.contains("Russia denied it."))
    }

    @Test func aSpellingNamingTwoEntitiesStaysUnlinked() throws {
        let site = try TestSite(["t.txt": "Border talks\n\nTurkey backs the rebels in Idlib. Thousands fled to Turkey last week.\n"])
        let article = try #require(try site.json("articles").first)
        #expect((article["actors"] as? [String])?.contains("Turkey") == true)
        #expect((article["places"] as? [String])?.contains("Turkey") == true)
        let html = site.text(article["url"] as! String)
        let rest = html[html.range(of: "<div class=\"article-body\">")!.upperBound...]
        let body = String(rest[..<rest.range(of: "</div>")!.lowerBound])
        #expect(!body.contains("turkey/index.html"))
        #expect(body.contains("href=\"../../places/idlib"))
    }

    @Test func anUndatedRelatedArticleNeverBorrowsThePagesDateOrSource() throws {
        let site = try TestSite([
            "a.txt": "Dated story\n\nPublished: 3 March 2018\n\nShelling hit Maarat al-Numan.\n\nSource: Reuters\n",
            "b.txt": "Undated story\n\nFamilies left Maarat al-Numan.\n",
        ])
        let dated = try #require(try site.json("articles").first { $0["title"] as? String == "Dated story" })
        let related = section("related-heading", of: site.text(dated["url"] as! String))
        #expect(related.contains("Undated story"))
        #expect(related.contains(#"<span class="article-meta">Undated</span>"#))
        #expect(!related.contains("3 March 2018") && !related.contains("Reuters"))
    }

    @Test func relatedArticlesPreferRareSharedEntitiesAndSayWhy() throws {
        let related = section("related-heading", of: try page("Rebels hold Maarat al-Numan"))
        let falls = try #require(related.range(of: "Maarat al-Numan falls"))
        let strikes = try #require(related.range(of: "Strikes near Idlib"))
        #expect(falls.lowerBound < strikes.lowerBound)
        #expect(related.contains("Also about Hayat Tahrir al-Sham, Maarat al-Numan") || related.contains("Also about Maarat al-Numan, Hayat Tahrir al-Sham"))
        #expect(!related.contains("Turkey talks"))
    }

    @Test func articlesLinkTheNextNewerAndOlderDatedArticle() throws {
        let html = try page("Turkey talks")
        let pager = try #require(html.range(of: "<nav class=\"pager\"").map { String(html[$0.lowerBound...].prefix(900)) })
        #expect(pager.contains("← Older</span> <span class=\"pager-title\">Rebels hold Maarat al-Numan"))
        #expect(pager.contains("Newer →</span> <span class=\"pager-title\">Maarat al-Numan falls"))
        let newest = try page("Strikes near Idlib")
        #expect(newest.contains("← Older") && !newest.contains("Newer →"))
    }

    @Test func theTimelineAndHomePageShowTheMonthlyChart() throws {
        let site = try site()
        for path in ["timeline/index.html", "index.html"] {
            let html = site.text(path)
            #expect(html.contains(#"<svg class="chart" role="img""#), "\(path)")
            #expect(html.contains("Articles per month, June 2017 to February 2020"), "\(path)")
        }
        #expect(site.text("timeline/index.html").contains(##"<a href="#m2020-01" title="January 2020: 1">Jan</a>"##))
    }

    @Test func entityPagesShowFirstAndLastMentionAndTheirOwnChart() throws {
        let html = try site().text("actors/russia/index.html")
        #expect(html.contains("First named on <strong>1 June 2017</strong>, last on <strong>5 February 2020</strong>"))
        #expect(html.contains("Articles naming Russia per month, June 2017 to February 2020"))
    }

    @Test func thePlaceIndexHasAMapAndATreeFromCountryDown() throws {
        let html = try site().text("places/index.html")
        #expect(html.contains(#"<svg class="map map-overview" role="img""#))
        #expect(html.contains("<title>Maarat al-Numan: 2 articles</title>"))
        let syria = section("in-syria", of: html)
        let governorate = try #require(syria.range(of: ">Idlib Governorate</a>"))
        let town = try #require(syria.range(of: ">Maarat al-Numan</a>"))
        #expect(governorate.lowerBound < town.lowerBound)
        #expect(syria.contains(#"<ul class="tree">"#))
        #expect(html.contains(#"data-name="Maarat al-Numan" data-count="2""#))
        #expect(!html.contains("<script"))
        // All 14 governorates are outlined, none shaded on the overview.
        #expect(html.components(separatedBy: #"<path class="map-governorate" fill-rule="evenodd""#).count - 1 == 14)
        #expect(html.contains("<title>Deir ez-Zor Governorate</title>") && !html.contains("map-governorate-here"))
    }

    @Test func indexesArePreRenderedInASecondOrderByNumberOfArticles() throws {
        let html = try site().text("actors/index.html")
        #expect(html.contains(##"<a href="#by-count">by number of articles</a>"##))
        let byCount = try #require(html.range(of: #"<div class="order" id="by-count">"#))
        let byName = try #require(html.range(of: #"<div class="order" id="by-name">"#))
        #expect(byCount.lowerBound < byName.lowerBound)
        // Russia (4 articles) before Iran (1) by count; the other way round by name.
        let countPart = html[byCount.upperBound..<byName.lowerBound], namePart = html[byName.upperBound...]
        #expect(countPart.range(of: ">Russia<")!.lowerBound < countPart.range(of: ">Iran<")!.lowerBound)
        #expect(namePart.range(of: ">Iran<")!.lowerBound < namePart.range(of: ">Russia<")!.lowerBound)
        #expect(countPart.contains(#"id="count-armed_group""#) && namePart.contains(#"id="armed_group""#))
    }

    @Test(arguments: [("Bashar al-Assad", "Bashar Jaafari"), ("Médecins Sans Frontières", "Mercy Corps"), ("United Nations", "UNRWA"),
                      ("Khan al-Assal", "Khan Tuman"), ("Al-Bab", "al-Bab")])
    func indexNameOrderIgnoresCaseAndAccents(first: String, second: String) {
        #expect(SitePages.alphabetical(first, second))
        #expect(!SitePages.alphabetical(second, first))
    }

    @Test func placePagesShowTheirLocationOnAMap() throws {
        let html = try site().text("places/maarat-al-numan/index.html")
        #expect(html.contains(#"<svg class="map map-detail" role="img""#))
        #expect(html.contains(#"class="map-here""#))
        #expect(html.contains("Where Maarat al-Numan is"))
        // The governorate the town lies in is shaded, and only that one.
        #expect(html.components(separatedBy: "map-governorate-here").count - 1 == 1)
        #expect(html.contains(#"<path class="map-governorate map-governorate-here" fill-rule="evenodd" d="M"#))
        let shaded = try #require(html.range(of: "map-governorate-here"))
        let end = try #require(html[shaded.upperBound...].range(of: "</path>"))
        #expect(html[shaded.upperBound..<end.lowerBound].hasSuffix("<title>Idlib Governorate</title>"))
    }

    @Test func everyInlineSVGIsALabelledImage() throws {
        let site = try site()
        let pages = try FileManager.default.subpathsOfDirectory(atPath: site.output.path).filter { $0.hasSuffix(".html") }
        var svgs = 0
        for path in pages {
            let html = site.text(path)
            for piece in html.components(separatedBy: "<svg").dropFirst() {
                svgs += 1
                let tag = piece.prefix { $0 != ">" }
                #expect(tag.contains(#"role="img""#), "\(path)")
                #expect(piece.drop { $0 != ">" }.dropFirst().hasPrefix("<title"), "\(path)")
            }
        }
        #expect(svgs > 5)
    }
}
