import ArgumentParser
import ArchiveKit
import Foundation

extension Archive {
    /// `archive entities`: measure entity extraction on a labelled set, or list names the gazetteer lacks.
    struct Entities: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score actor and place extraction, or list names the gazetteer does not know.",
            discussion: """
            --score DIR runs extraction on DIR/articles/ and compares it with DIR/labels.json (format:
            Tests/ArchiveKitTests/Fixtures/entities/README.md): precision, recall and F1 for actors and
            places, primary place in the right governorate, governorate among the places, and each
            article's misses.
            --unknown reads the articles of --input and lists names that cues ("the village of X",
            "spokesman X") point at but the gazetteer lacks, with counts, a sentence, and YAML to paste
            into gazetteer.yaml.
            """
        )

        @Option(help: ArgumentHelp("Development set to score: a folder with articles/ and labels.json.", valueName: "dir"))
        var score: String?

        @Flag(help: "List candidate names the gazetteer does not know, from the articles of --input.")
        var unknown = false

        @Option(name: .shortAndLong, help: ArgumentHelp("Folder of articles; its gazetteer.yaml extends the built-in gazetteer.", valueName: "dir"))
        var input: String = "seeds"

        @Flag(help: "With --score, list every article, also those without errors.")
        var verbose = false

        @Option(help: ArgumentHelp("With --unknown, show only candidates seen at least this many times.", valueName: "n"))
        var minimumCount: Int = 1

        @Option(help: ArgumentHelp("Show every actor and place found in this article file, with spellings, salience and first sentence.", valueName: "file"))
        var explain: String?

        func validate() throws {
            if [score != nil, unknown, explain != nil].filter({ $0 }).count != 1 { throw ValidationError("pass one of --score DIR, --unknown or --explain FILE") }
            if minimumCount < 1 { throw ValidationError("--minimum-count must be at least 1") }
        }

        func run() throws {
            let console = Console(quiet: false)
            if let score {
                try console.reportingErrors { try scoreDevSet(URL(fileURLWithPath: score)) }
            } else if let explain {
                try console.reportingErrors { try explainArticle(explain) }
            } else {
                try console.reportingErrors { try listUnknownNames() }
            }
        }

        private func scoreDevSet(_ folder: URL) throws {
            let gazetteer = try GazetteerLoader.forArchive(inputFolder: folder).gazetteer
            let devSet = try EntityDevSet(folder: folder)
            for problem in devSet.unknownNames(in: gazetteer) { Console.standardError("warning: labels.json: \(problem) is not in the gazetteer") }
            let predictions = try devSet.predictions(using: ArticleAssembler(gazetteer: gazetteer))
            let result = EntityScorer.score(labels: devSet.labels, predictions: predictions, gazetteer: gazetteer)
            print(EntityScoreReport.text(result, articles: devSet.labels.count, verbose: verbose))
        }

        private func explainArticle(_ path: String) throws {
            let gazetteer = try GazetteerLoader.forArchive(inputFolder: URL(fileURLWithPath: input)).gazetteer
            guard let data = FileManager.default.contents(atPath: path), let raw = try? RawArticle(file: path, format: .text, bytes: [UInt8](data)) else {
                throw ArchiveError.inputFolder(path: path, reason: "cannot be read as a text article")
            }
            let article = try ArticleAssembler(gazetteer: gazetteer).assemble(raw).0
            for mention in article.actors + article.places {
                print("\(mention.entity)  ×\(mention.count)  salience \(mention.salience)  as \(mention.spellings.joined(separator: " | "))")
                print("    \"\(mention.firstSentence)\"")
            }
        }

        private func listUnknownNames() throws {
            let folder = URL(fileURLWithPath: input)
            let gazetteer = try GazetteerLoader.forArchive(inputFolder: folder).gazetteer
            let assembler = ArticleAssembler(gazetteer: gazetteer)
            let read = try SeedReader().read(folder: folder)
            var articles: [Article] = []
            for raw in read.articles {
                if let article = try? assembler.assemble(raw).0 { articles.append(article) }
            }
            let candidates = UnknownNameDetector(index: EntityIndex(gazetteer: gazetteer)).candidates(in: articles)
                .filter { $0.count >= minimumCount }
            print("\(candidates.count) name\(candidates.count == 1 ? "" : "s") the gazetteer does not know, in \(articles.count) article\(articles.count == 1 ? "" : "s") of \(input)")
            for candidate in candidates {
                print("")
                print("\(candidate.count)×  \(candidate.name)  (\(candidate.category.rawValue), \(candidate.kind); cue '\(candidate.cue)')")
                print("    in: \(candidate.files.joined(separator: ", "))")
                print("    \"\(candidate.context)\"")
            }
            if !candidates.isEmpty {
                print("")
                print("# Paste into \(folder.appendingPathComponent("gazetteer.yaml").path), check and complete:")
                print(UnknownNameDetector.yamlStub(candidates))
            }
        }
    }
}
