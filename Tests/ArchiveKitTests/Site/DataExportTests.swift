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

    struct Sample: Encodable {
        var name: String
        var tags: [String]
        var count: Int
    }

    /// Slices of records are encoded on all cores and joined: at any count, and across slice
    /// boundaries, the bytes are those of `JSONEncoder` encoding the whole array.
    @Test(arguments: [0, 1, 2, DataExport.recordsPerSlice - 1, DataExport.recordsPerSlice, DataExport.recordsPerSlice + 1, 1_300])
    func slicesJoinAsTheWholeArrayEncodes(count: Int) throws {
        let samples = (0..<count).map { Sample(name: "Record \($0) \"quoted\" / é", tags: $0 % 3 == 0 ? [] : ["a", "\($0)"], count: $0) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let whole = Array(try encoder.encode(samples)) + [0x0A]
        #expect(DataExport.encode(count: count) { samples[$0] } == whole)
    }
}
