@testable import ArchiveKit
import Foundation
import Testing

/// The repository's own archive, built from `seeds/` into a temporary folder.
@Suite(.serialized) struct SeedArchiveTests {
    static let site: TestSite? = try? TestSite(copying: TestPaths.seeds)

    func site() throws -> TestSite { try #require(SeedArchiveTests.site) }

    func names(_ file: String) throws -> Set<String> {
        Set(try site().json(file).compactMap { $0["name"] as? String })
    }

    static let requiredActors = [
        "Russia", "Bashar al-Assad", "Turkey", "Recep Tayyip Erdogan", "Vladimir Putin", "Sergei Lavrov", "Mike Pompeo", "Iran",
        "Hezbollah", "Islamic State", "Hayat Tahrir al-Sham", "United Nations", "White Helmets", "Syrian Observatory for Human Rights",
        "China", "NATO", "United States", "Suheil al-Hassan", "Abu Bakr al-Baghdadi",
    ]
    static let requiredPlaces = [
        "Idlib Governorate", "Aleppo", "Homs", "Damascus", "Maarat al-Numan", "Hmeymim Air Base", "Latakia Governorate",
        "Raqqa Governorate", "Deir ez-Zor Governorate", "Al-Bab", "Marea", "Kafr Ruma", "Jabal al-Zawiya", "Sochi", "M5 highway",
    ]

    @Test(arguments: requiredActors)
    func findsActor(name: String) throws {
        #expect(try names("actors").contains(name))
        let record = try #require(try site().json("actors").first { $0["name"] as? String == name })
        #expect(try site().exists(record["url"] as! String))
    }

    @Test(arguments: requiredPlaces)
    func findsPlace(name: String) throws {
        #expect(try names("places").contains(name))
    }

    @Test func findsAbuAlDuhur() throws {
        #expect(try names("places").contains { $0.hasPrefix("Abu al-Duhur") })
    }

    @Test(arguments: [
        ("Islamic State", ["Daesh", "ISIS", "Islamic State"]),
        ("Bashar al-Assad", ["Assad", "Bashar al Assad", "Bashar al-Assad"]),
        ("Maarat al-Numan", ["Maaret al Numan", "Maarat al-Numan", "Maaret al-Numan"]),
        ("Hmeymim Air Base", ["Hmeymim Air Base", "Khmeimim Air Base"]),
    ])
    func foldsEverySpellingOntoOnePage(name: String, spellings: [String]) throws {
        let all = try site().json("actors") + site().json("places")
        let record = try #require(all.first { $0["name"] as? String == name })
        let seen = Set(record["spellings"] as? [String] ?? [])
        for spelling in spellings { #expect(seen.contains(spelling), "\(name) should be seen as \(spelling)") }
        let pages = all.filter { ($0["spellings"] as? [String] ?? []).contains { spellings.contains($0) } }
        #expect(pages.count == 1)
    }

    @Test func makesNoPageForWordsThatAreNotEntities() throws {
        let all = try names("actors").union(names("places"))
        for junk in ["Source", "Monday", "Post a Comment", "No", "Getty", "Getty Images", "Tuesday", "December"] {
            #expect(!all.contains(junk))
        }
        #expect(!(try site().exists("actors/source/index.html")))
        #expect(!(try site().exists("places/monday/index.html")))
    }

    @Test func modelsTurkeyAsActorAndAsPlaceByContext() throws {
        let articles = try site().json("articles")
        let trt = try #require(articles.first { ($0["file"] as? String)?.hasPrefix("000") == true })
        // "Turkey backs the opposition" → the actor; "taken shelter in Turkey" → the place.
        #expect((trt["actors"] as? [String])?.contains("Turkey") == true)
        #expect((trt["places"] as? [String])?.contains("Turkey") == true)
        let page = try site().text("actors/turkey/index.html")
        #expect(page.contains("../../places/turkey/index.html"))
    }

    @Test func listsTheMostSalientPlaceFirst() throws {
        let articles = try site().json("articles")
        for prefix in ["002", "003", "004"] {
            let article = try #require(articles.first { ($0["file"] as? String)?.hasPrefix(prefix) == true })
            #expect((article["places"] as? [String])?.first == "Idlib Governorate", "article \(prefix)")
        }
    }

    @Test func writesTheDataFilesWithTheDocumentedFields() throws {
        let articles = try site().json("articles")
        #expect(articles.count == 5)
        for article in articles {
            for key in ["slug", "file", "title", "title_derived", "date", "source", "actors", "places", "url"] {
                #expect(article.keys.contains(key), "articles.json lacks \(key)")
            }
            #expect(try site().exists(article["url"] as! String))
        }
        let dated = articles.filter { !($0["date"] is NSNull) }
        #expect(dated.count == 1)
        #expect(articles.first?["date"] as? String == "2018-01-10")
        for place in try site().json("places") {
            for key in ["name", "slug", "kind", "aliases", "articles", "parent"] { #expect(place.keys.contains(key)) }
        }
        for actor in try site().json("actors") {
            for key in ["name", "slug", "kind", "aliases", "articles"] { #expect(actor.keys.contains(key)) }
        }
    }

    @Test func keepsTheOriginalTextAndMarkdownBesideEachArticle() throws {
        let site = try site()
        for article in try site.json("articles") {
            let folder = (article["url"] as! String).replacingOccurrences(of: "index.html", with: "")
            let original = try #require(FileManager.default.contents(atPath: site.output.appendingPathComponent(folder + "original.txt").path))
            let seed = try #require(FileManager.default.contents(atPath: site.input.appendingPathComponent(article["file"] as! String).path))
            #expect(original == seed)
            let markdown = site.text(folder + "index.md")
            #expect(markdown.hasPrefix("---\ntitle: "))
            #expect(markdown.contains("sha256: \(article["sha256"] as! String)"))
        }
    }

    @Test func placePagesShowTheHierarchyBothWays() throws {
        let site = try site()
        let kafrRuma = try #require(try site.json("places").first { $0["name"] as? String == "Kafr Ruma" })
        let page = site.text(kafrRuma["url"] as! String)
        #expect(page.contains(">Idlib Governorate</a>"))
        #expect(page.contains(">Syria</a>"))
        let idlib = try #require(try site.json("places").first { $0["name"] as? String == "Idlib Governorate" })
        let idlibPage = site.text(idlib["url"] as! String)
        #expect(idlibPage.contains("Places within"))
    }

    @Test func everyArticlePageLinksItsDateSourceEntitiesAndIndexes() throws {
        let site = try site()
        let trt = try #require(try site.json("articles").first { ($0["file"] as? String)?.hasPrefix("000") == true })
        let page = site.text(trt["url"] as! String)
        #expect(page.contains("href=\"../../sources/trt-world/index.html\""))
        #expect(page.contains("href=\"../../actors/index.html\""))
        #expect(page.contains("href=\"../../places/index.html\""))
        for actor in trt["actors"] as! [String] { #expect(page.contains(">\(actor)</a>")) }
        let dated = try #require(try site.json("articles").first { ($0["date"] as? String) != nil })
        #expect(site.text(dated["url"] as! String).contains("href=\"../../timeline/index.html#m2018-01\""))
    }
}
