@testable import ArchiveKit
import Foundation
import Testing

/// The ingest fixture corpus: realistic and hostile articles with their expected metadata
/// (`Fixtures/ingest/expected.json`; byte-level fixtures are written by `make_fixtures.py`).
@Suite struct IngestFixtureTests {
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        var file: String
        var skip: String?
        var title: String?
        var title_derived: Bool
        var date: String?
        var source: String?
        var byline: String?
        var body_starts_with: String?
        var body_ends_with: String?
        var body_excludes: [String]
        var paragraphs: Int?
        var testDescription: String { file }
    }

    static let folder = TestPaths.fixtures.appendingPathComponent("ingest")
    static let cases: [Case] = {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("expected.json").path) else { return [] }
        return (try? JSONDecoder().decode([Case].self, from: data)) ?? []
    }()
    static let articles = cases.filter { $0.skip == nil }
    static let skipped = cases.filter { $0.skip != nil }

    static func assemble(_ file: String) throws -> Article {
        let data = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(file).path))
        let format: RawArticle.Format = file.hasSuffix(".md") ? .markdown : .text
        return try SeedArticles.assembler.assemble(try RawArticle(file: file, format: format, bytes: [UInt8](data))).0
    }

    @Test func theCorpusHasAtLeastThirtyArticles() {
        #expect(IngestFixtureTests.cases.count >= 30)
    }

    @Test(arguments: articles)
    func extractsTitleDateSourceAndBody(_ expected: Case) throws {
        let article = try IngestFixtureTests.assemble(expected.file)
        let m = article.metadata
        #expect(m.title == expected.title, "title")
        #expect(m.titleDerived == expected.title_derived, "title_derived")
        #expect(m.date?.iso == expected.date, "date")
        #expect(m.source == expected.source, "source")
        #expect(m.byline == expected.byline, "byline")
        let paragraphs = expected.file.hasSuffix(".md") ? PlainText.paragraphs(ofMarkdown: article.body) : PlainText.paragraphs(ofMarkdown: article.body)
        let body = paragraphs.joined(separator: "\n\n")
        if let start = expected.body_starts_with { #expect(body.hasPrefix(start), "body starts with: \(body.prefix(60))") }
        if let end = expected.body_ends_with { #expect(body.hasSuffix(end), "body ends with: \(body.suffix(60))") }
        for excluded in expected.body_excludes { #expect(!body.contains(excluded), "body contains \(excluded)") }
        if let count = expected.paragraphs { #expect(paragraphs.count == count, "paragraphs") }
    }

    @Test func filesThatCannotBeArticlesAreSkippedWithAReason() throws {
        let read = try SeedReader().read(folder: IngestFixtureTests.folder)
        let skipped = Dictionary(read.skipped.map { ($0.file, $0.reason) }, uniquingKeysWith: { a, _ in a })
        for expected in IngestFixtureTests.skipped {
            let reason = expected.skip ?? ""
            if reason.hasPrefix("duplicate") || reason.contains("front matter") { continue }
            #expect(skipped[expected.file] != nil, "\(expected.file) should be skipped (\(reason))")
        }
    }

    @Test func duplicatesAndInvalidFrontMatterAreReported() throws {
        let read = try SeedReader().read(folder: IngestFixtureTests.folder)
        var articles: [Article] = []
        var frontMatterErrors: [String] = []
        for raw in read.articles {
            do { articles.append(try SeedArticles.assembler.assemble(raw).0) } catch { frontMatterErrors.append("\(error)") }
        }
        #expect(frontMatterErrors.count == 1)
        #expect(frontMatterErrors.first?.hasPrefix("28_front_matter_invalid.md:3:7: invalid front matter") == true)
        let library = ArchiveLibrary(articles: articles, gazetteer: SeedArticles.gazetteer, config: ArchiveConfig())
        #expect(library.diagnostics.contains { $0.file == "24_duplicate_whitespace_crlf_copy.txt" && $0.message.contains("same text as 23_duplicate_original.txt") })
        let collisions = library.articles.filter { $0.file.hasPrefix("25_") || $0.file.hasPrefix("26_") }.map(\.slug)
        #expect(Set(collisions).count == 2)
    }
}
