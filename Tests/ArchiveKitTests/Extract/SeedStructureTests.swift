@testable import ArchiveKit
import Testing

/// The seed articles named in issue #2 must come out right.
@Suite struct SeedStructureTests {
    @Test func seed003TakesTheFirstLineAsTitleAndMovesKeywordsAndCaptionOut() throws {
        let article = try SeedArticles.article("003")
        #expect(article.metadata.title == "Russia Ignores American Demand to Stop 'Unjustifiable Attacks' in Syria's Idlib")
        #expect(!article.metadata.titleDerived)
        #expect(article.metadata.keywords == ["Syria", "Idlib", "offensive", "Mike Pompeo", "Sergei Lavrov"])
        #expect(article.metadata.caption?.hasPrefix("Smoke billows following reported bombardment") == true)
        #expect(article.metadata.credit == "OMAR HAJ KADOUR/AFP via Getty Images/Getty")
        let body = SeedArticles.body(article)
        #expect(!body.contains("Smoke billows"))
        #expect(!body.contains("Getty"))
        #expect(!body.contains("offensive, Mike Pompeo"))
        #expect(body.hasPrefix("Russia's foreign minister backed"))
        // The caption's "January 27, 2020" is not the publication date.
        #expect(article.metadata.date == nil)
    }

    @Test func seed004TakesTheTitleFromTheMarkdownLinkLine() throws {
        let article = try SeedArticles.article("004")
        #expect(article.metadata.title == "Russia Breaks the Ceasefire and Resumes Air Strikes in Idlib")
        #expect(article.metadata.url == nil)
        #expect(!article.body.contains("(#)"))
        #expect(!FrontMatter.markdownPage(for: article).contains("(#)"))
    }

    @Test func seed002ReadsTheGluedDateMarker() throws {
        let article = try SeedArticles.article("002")
        #expect(article.metadata.date?.iso == "2018-01-10")
        #expect(article.metadata.dateSource?.contains("date marker") == true)
        #expect(!article.body.contains("date 2018"))
        #expect(article.body.hasPrefix("The battle for Idlib"))
    }

    @Test func seed000ReadsTheSourceLine() throws {
        let article = try SeedArticles.article("000")
        #expect(article.metadata.source == "TRT World")
        #expect(!article.body.contains("Source:"))
        #expect(article.body.hasSuffix("other NATO allies."))
    }

    @Test func seed001DropsTheBlogFooterAndKeepsOneParagraphPerLine() throws {
        let article = try SeedArticles.article("001")
        let body = SeedArticles.body(article)
        #expect(!body.contains("No comments"))
        #expect(!body.contains("Post a Comment"))
        #expect(body.hasSuffix("looks increasingly cursed."))
        #expect(PlainText.paragraphs(ofMarkdown: article.body).count == 16)
    }

    @Test(arguments: [
        ("000", "Moscow has allowed the Assad regime to attack Idlib despite a ceasefire as it prefers to…"),
        ("001", "A few months ago Bashar al Assad had his back against the Mediterranean"),
        ("002", "The battle for Idlib – the last remaining rebel-held province in Syria – has begun"),
    ])
    func articlesWithoutHeadlineGetATitleFromTheirFirstSentence(prefix: String, title: String) throws {
        let article = try SeedArticles.article(prefix)
        #expect(article.metadata.title == title)
        #expect(article.metadata.titleDerived)
    }

    @Test func theOriginalBytesAndTheirHashAreKept() throws {
        let article = try SeedArticles.article("000")
        #expect(article.sha256 == ArticleAssembler.sha256(article.original))
        #expect(article.sha256.count == 64)
        #expect(String(decoding: article.original, as: UTF8.self).hasSuffix("Source: TRT World"))
    }
}
