@testable import ArchiveKit
import Foundation
import Testing

/// Field-by-field score of ingest on both fixture corpora: the curator's scoring command.
///
///     swift test --filter IngestScorecardTests
///
/// prints one line per corpus ("blind: title 36/38 …") and one line per wrong field, and fails
/// when a score drops below the floor recorded here, so a rule change that fixes one shape by
/// breaking others is caught even where a case is marked as a known issue.
@Suite struct IngestScorecardTests {
    /// Lowest acceptable number of right answers per corpus and field (title, date, source, byline, body).
    /// Measured when the blind corpus was written (old extractor): main 31/31 on every field;
    /// blind title 35/49, date 22/49, source 27/49, byline 33/49, body 9/49.
    static let floors: [IngestCorpus: [String: Int]] = [
        .main: ["title": 31, "date": 31, "source": 31, "byline": 31, "body": 31],
        .blind: ["title": 49, "date": 49, "source": 49, "byline": 49, "body": 49],
    ]

    @Test(arguments: IngestCorpus.allCases)
    func scoreStaysAboveTheFloor(_ corpus: IngestCorpus) throws {
        let cases = corpus.articles
        var right: [String: Int] = [:]
        var report: [String] = []
        for expected in cases {
            let verdict = IngestVerdict(article: try corpus.assemble(expected.file), expected: expected)
            for field in IngestVerdict.fields where verdict.isRight(field) { right[field, default: 0] += 1 }
            for (field, problem) in verdict.mismatches { report.append("  \(expected.file) \(field): \(problem)") }
        }
        let scores = IngestVerdict.fields.map { "\($0) \(right[$0, default: 0])/\(cases.count)" }.joined(separator: ", ")
        print("ingest score \(corpus.rawValue): \(scores)\n" + report.joined(separator: "\n"))
        for field in IngestVerdict.fields {
            #expect(right[field, default: 0] >= IngestScorecardTests.floors[corpus]?[field] ?? 0, "\(corpus.rawValue) \(field)")
        }
    }
}
