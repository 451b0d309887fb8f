@testable import ArchiveKit
import Foundation
import Testing

/// The archive sorts its articles by keys taken out of them once; the order must be the one the
/// definition gives when it compares the articles themselves.
@Suite struct ArchiveOrderTests {
    /// The definition, comparing whole articles: newest first, undated last, then title, then slug.
    func definition(_ a: Article, _ b: Article) -> Bool {
        switch (a.metadata.date, b.metadata.date) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.metadata.title != b.metadata.title ? a.metadata.title < b.metadata.title : a.slug < b.slug
        }
    }

    /// Articles with few dates and titles, so that ties on date and on title are common; some undated.
    func articles(_ count: Int) -> [Article] {
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { i in
            let date = next(5) == 0 ? nil : PublicationDate(year: 2019 + next(2), month: 1 + next(2), day: 1 + next(3))
            let title = ["Strikes on Idlib", "Talks in Sochi", "Ḥamāh shelled", "strikes on Idlib"][next(4)]
            return Article(slug: Slug("story \(i)"), file: "\(String(format: "%03d", next(1000)))-\(i).txt", original: [], sha256: "\(i)",
                           metadata: ArticleMetadata(title: title, date: date, source: nil), body: "Text \(i).", actors: [], places: [])
        }
    }

    @Test func theLibraryOrdersArticlesAsTheDefinitionDoes() {
        let input = articles(400)
        let library = ArchiveLibrary(articles: input, gazetteer: Gazetteer(), config: ArchiveConfig())
        #expect(library.articles.map(\.file) == input.sorted(by: definition).map(\.file))
        #expect(library.articles.contains { $0.metadata.date == nil } && library.articles.last?.metadata.date == nil)
    }

    @Test func sortingByKeysIsStable() {
        let input = articles(300)
        let byFile = ArchiveLibrary.sorted(input, by: { String($0.file.prefix(3)) }, <)
        #expect(byFile.map(\.file) == input.sorted { $0.file.prefix(3) < $1.file.prefix(3) }.map(\.file), "equal keys keep their order")
    }
}
