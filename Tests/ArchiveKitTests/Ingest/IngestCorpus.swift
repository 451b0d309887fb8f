@testable import ArchiveKit
import Foundation
import Testing

/// An ingest fixture corpus: a folder of raw articles plus `expected.json`, written by a curator.
///
/// Two corpora exist: `Fixtures/ingest` (written with the extractor) and `Fixtures/ingest-blind`
/// (written before the extractor was tuned against it, in shapes the first one lacks).
enum IngestCorpus: String, CaseIterable, Sendable {
    case main = "ingest"
    case blind = "ingest-blind"

    /// One expected article, in the format of `expected.json`.
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
        /// Which corpus the case belongs to; set after decoding.
        var corpus: IngestCorpus = .main

        enum CodingKeys: String, CodingKey {
            case file, skip, title, title_derived, date, source, byline, body_starts_with, body_ends_with, body_excludes, paragraphs
        }

        var testDescription: String { "\(corpus.rawValue)/\(file)" }
    }

    var folder: URL { TestPaths.fixtures.appendingPathComponent(rawValue) }

    /// Every case of `expected.json`, in file order.
    var cases: [Case] {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("expected.json").path),
              let decoded = try? JSONDecoder().decode([Case].self, from: data) else { return [] }
        return decoded.map { var c = $0; c.corpus = self; return c }
    }

    /// The cases that are articles (not files that must be skipped).
    var articles: [Case] { cases.filter { $0.skip == nil } }

    /// Assembles one fixture file as the build would.
    func assemble(_ file: String) throws -> Article {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path) else {
            throw ArchiveError.inputFolder(path: "\(rawValue)/\(file)", reason: "fixture not found")
        }
        let format: RawArticle.Format = file.hasSuffix(".md") ? .markdown : .text
        return try SeedArticles.assembler.assemble(try RawArticle(file: file, format: format, bytes: [UInt8](data))).0
    }
}

/// What extraction got right and wrong for one expected article, field by field.
struct IngestVerdict: Sendable {
    /// The article's fields, named as in `expected.json`, with a description of each mismatch.
    var mismatches: [(field: String, problem: String)] = []

    static let fields = ["title", "date", "source", "byline", "body"]

    func isRight(_ field: String) -> Bool { !mismatches.contains { $0.field == field } }

    /// Compares an assembled article with the curator's expectation.
    init(article: Article, expected: IngestCorpus.Case) {
        let m = article.metadata
        if m.title != expected.title || m.titleDerived != expected.title_derived {
            mismatches.append(("title", "got \(m.titleDerived ? "derived " : "")'\(m.title)', want '\(expected.title ?? "nil")'"))
        }
        if m.date?.iso != expected.date {
            mismatches.append(("date", "got \(m.date?.iso ?? "nil") (\(m.dateSource ?? "-")), want \(expected.date ?? "nil")"))
        }
        if m.source != expected.source {
            mismatches.append(("source", "got \(m.source ?? "nil") (\(m.sourceEvidence ?? "-")), want \(expected.source ?? "nil")"))
        }
        if m.byline != expected.byline {
            mismatches.append(("byline", "got \(m.byline ?? "nil"), want \(expected.byline ?? "nil")"))
        }
        let paragraphs = PlainText.paragraphs(ofMarkdown: article.body)
        let body = paragraphs.joined(separator: "\n\n")
        if let start = expected.body_starts_with, !body.hasPrefix(start) {
            mismatches.append(("body", "starts with '\(body.prefix(70))'"))
        }
        if let end = expected.body_ends_with, !body.hasSuffix(end) {
            mismatches.append(("body", "ends with '\(body.suffix(70))'"))
        }
        for excluded in expected.body_excludes where body.contains(excluded) {
            mismatches.append(("body", "contains '\(excluded)'"))
        }
        if let count = expected.paragraphs, paragraphs.count != count {
            mismatches.append(("body", "\(paragraphs.count) paragraphs, want \(count)"))
        }
    }
}
