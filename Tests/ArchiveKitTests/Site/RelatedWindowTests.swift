@testable import ArchiveKit
import Testing

/// Related-article candidates through a common entity are limited to the articles nearest in
/// time, so the cost per article does not grow with the archive.
@Suite struct RelatedWindowTests {
    @Test func aRareEntityOffersAllItsArticles() {
        let articles = Array(stride(from: 0, to: 300, by: 2))   // 150 articles
        #expect(SitePages.window(around: 40, in: articles) == articles[...])
    }

    @Test func aCommonEntityOffersTheNearestArticlesOnBothSides() {
        let articles = Array(0..<10_000)
        let window = SitePages.window(around: 5_000, in: articles)
        #expect(window.count == SitePages.candidateWindow)
        #expect(window.first == 4_900 && window.last == 5_099)
    }

    @Test(arguments: [0, 3, 9_998, 9_999])
    func theWindowStaysFullAtTheEndsOfTheArchive(index: Int) {
        let window = SitePages.window(around: index, in: Array(0..<10_000))
        #expect(window.count == SitePages.candidateWindow)
        #expect(window.contains(index))
    }

    @Test func anArticleMissingFromTheListGetsItsNeighbours() {
        let articles = Array(stride(from: 0, to: 2_000, by: 2))   // even indices only
        let window = SitePages.window(around: 1_001, in: articles)
        #expect(window.contains(1_000) && window.contains(1_002))
    }
}
