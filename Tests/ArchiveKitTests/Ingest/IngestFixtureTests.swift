@testable import ArchiveKit
import Foundation
import Testing

/// Both ingest fixture corpora, article by article: `Fixtures/ingest` (realistic and hostile
/// articles, byte-level ones written by its `make_fixtures.py`) and `Fixtures/ingest-blind`
/// (scraped shapes written before the extractor was tuned against them; see its `make_fixtures.py`).
@Suite struct IngestFixtureTests {
    /// Cases extraction still gets wrong, with the reason; each runs inside `withKnownIssue`,
    /// so the gap stays visible in the test output without failing the suite.
    static let knownIssues: [String: String] = [:]

    static let articles = IngestCorpus.allCases.flatMap(\.articles)

    @Test(arguments: IngestCorpus.allCases)
    func eachCorpusHasAtLeastThirtyArticles(_ corpus: IngestCorpus) {
        #expect(corpus.cases.count >= 30, "\(corpus.rawValue)/expected.json is missing or short")
    }

    @Test(arguments: articles)
    func extractsTitleDateSourceBylineAndBody(_ expected: IngestCorpus.Case) throws {
        let article = try expected.corpus.assemble(expected.file)
        let check = {
            for (field, problem) in IngestVerdict(article: article, expected: expected).mismatches {
                Issue.record("\(field): \(problem)")
            }
        }
        if let reason = IngestFixtureTests.knownIssues[expected.testDescription] {
            withKnownIssue(Comment(rawValue: reason)) { check() }
        } else {
            check()
        }
    }

    @Test func knownIssuesNameExistingCases() {
        let names = Set(IngestFixtureTests.articles.map(\.testDescription))
        for name in IngestFixtureTests.knownIssues.keys { #expect(names.contains(name), "\(name) is not a fixture") }
    }

    @Test func filesThatCannotBeArticlesAreSkippedWithAReason() throws {
        let corpus = IngestCorpus.main
        let read = try SeedReader().read(folder: corpus.folder)
        let skipped = Dictionary(read.skipped.map { ($0.file, $0.reason) }, uniquingKeysWith: { a, _ in a })
        for expected in corpus.cases where expected.skip != nil {
            let reason = expected.skip ?? ""
            if reason.hasPrefix("duplicate") || reason.contains("front matter") { continue }
            #expect(skipped[expected.file] != nil, "\(expected.file) should be skipped (\(reason))")
        }
    }

    @Test func duplicatesAndInvalidFrontMatterAreReported() throws {
        let read = try SeedReader().read(folder: IngestCorpus.main.folder)
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

    @Test func everyBlindArticleReadsWithoutSkipping() throws {
        let read = try SeedReader().read(folder: IngestCorpus.blind.folder)
        let articleSkips = read.skipped.filter { $0.file.hasSuffix(".txt") || $0.file.hasSuffix(".md") }
        #expect(articleSkips.isEmpty, "\(articleSkips.map(\.file))")
        #expect(read.articles.count == IngestCorpus.blind.articles.count)
    }
}
