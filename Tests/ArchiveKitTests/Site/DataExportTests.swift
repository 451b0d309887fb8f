@testable import ArchiveKit
import Foundation
import Testing

/// The data files are encoded one record at a time; they must read back as the arrays they hold.
@Suite struct DataExportTests {
    @Test func anEmptyArchiveExportsEmptyArraysLaidOutAsJSONEncoderDoes() throws {
        let files = DataExport.files(for: ArchiveLibrary(articles: [], gazetteer: Gazetteer(), config: ArchiveConfig()))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let empty = Array(try encoder.encode([String]())) + [0x0A]
        #expect(files.map(\.path) == ["data/articles.json", "data/actors.json", "data/places.json"])
        for file in files { #expect(file.bytes == empty, "\(file.path)") }
    }

    @Test func eachRecordIsOneElementOfTheArray() throws {
        let articles = try ["000", "001", "002"].map(SeedArticles.article)
        let library = ArchiveLibrary(articles: articles, gazetteer: SeedArticles.gazetteer, config: ArchiveConfig())
        for file in DataExport.files(for: library) {
            let records = try #require(try JSONSerialization.jsonObject(with: Data(file.bytes)) as? [[String: Any]], "\(file.path)")
            let expected = file.path.hasSuffix("articles.json") ? library.articles.count
                : file.path.hasSuffix("actors.json") ? library.actors.count : library.places.count
            #expect(records.count == expected && expected > 0, "\(file.path)")
        }
    }
}
