@testable import ArchiveKit
import Foundation

/// The repository's seed articles, assembled once with the built-in gazetteer.
enum SeedArticles {
    static let gazetteer: Gazetteer = (try? GazetteerLoader.builtIn()) ?? Gazetteer()
    static let assembler = ArticleAssembler(gazetteer: gazetteer)

    /// The assembled article of `seeds/<prefix>…`.
    static func article(_ prefix: String) throws -> Article {
        let names = try FileManager.default.contentsOfDirectory(atPath: TestPaths.seeds.path)
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix) }),
              let data = FileManager.default.contents(atPath: TestPaths.seeds.appendingPathComponent(name).path) else {
            throw ArchiveError.inputFolder(path: prefix, reason: "seed not found")
        }
        return try assembler.assemble(try RawArticle(file: name, format: .text, bytes: [UInt8](data))).0
    }

    /// Plain text of a text article: what a reader sees, as one string.
    static func body(_ article: Article) -> String {
        PlainText.paragraphs(ofMarkdown: article.body).joined(separator: "\n")
    }
}
