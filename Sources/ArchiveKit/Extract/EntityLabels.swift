import Foundation

/// What a careful human found in one article of an entity development set.
///
/// Names are canonical gazetteer names. The format of the file that holds these labels is
/// documented in `Tests/ArchiveKitTests/Fixtures/entities/README.md`.
public struct EntityLabel: Sendable, Codable, Equatable {
    /// File name below the set's `articles/` folder.
    public var file: String
    /// Who published the article, for the reader of the labels; not scored.
    public var outlet: String?
    /// Where the story happened: the most specific place a reader would name.
    public var primary: String
    /// The Syrian governorates the story happened in; empty for a story outside Syria.
    public var governorates: [String]
    /// Every actor the title and text name (canonical names).
    public var actors: [String]
    /// Every place the title and text name (canonical names).
    public var places: [String]
    /// Labelling decisions worth knowing ("the dateline is not labelled").
    public var notes: String?

    public init(file: String, outlet: String? = nil, primary: String, governorates: [String], actors: [String], places: [String], notes: String? = nil) {
        self.file = file
        self.outlet = outlet
        self.primary = primary
        self.governorates = governorates
        self.actors = actors
        self.places = places
        self.notes = notes
    }
}

/// A labelled development set: a folder with `articles/` and `labels.json`.
public struct EntityDevSet: Sendable {
    /// The folder holding `articles/` and `labels.json`.
    public var folder: URL
    /// The labels, in the order of the file.
    public var labels: [EntityLabel]

    private struct File: Codable {
        var format: Int
        var articles: [EntityLabel]
    }

    /// Reads `labels.json` in `folder`.
    /// - Throws: `ArchiveError.configuration` naming the file and what is wrong with it.
    public init(folder: URL) throws {
        self.folder = folder
        let path = folder.appendingPathComponent("labels.json").path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ArchiveError.configuration(path: path, reason: "cannot be read (a development set is a folder with articles/ and labels.json)")
        }
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            guard file.format == 1 else {
                throw ArchiveError.configuration(path: path, reason: "unknown format \(file.format) (this version reads format 1)")
            }
            labels = file.articles
        } catch let error as DecodingError {
            throw ArchiveError.configuration(path: path, reason: EntityDevSet.describe(error))
        }
    }

    /// Names used in the labels that the gazetteer does not know, as "file: category 'name'".
    public func unknownNames(in gazetteer: Gazetteer) -> [String] {
        var problems: [String] = []
        for label in labels {
            for name in label.actors where gazetteer.actor(named: name) == nil { problems.append("\(label.file): actor '\(name)'") }
            for name in label.places + [label.primary] + label.governorates where gazetteer.place(named: name) == nil {
                problems.append("\(label.file): place '\(name)'")
            }
        }
        return problems
    }

    /// Runs `assembler` on every labelled article, as `archive build` would.
    /// - Throws: `ArchiveError.inputFolder` when an article file is missing or not text.
    public func predictions(using assembler: ArticleAssembler) throws -> [String: EntityPrediction] {
        var result: [String: EntityPrediction] = [:]
        for label in labels {
            let url = folder.appendingPathComponent("articles").appendingPathComponent(label.file)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw ArchiveError.inputFolder(path: url.path, reason: "is listed in labels.json but cannot be read")
            }
            let format: RawArticle.Format = url.pathExtension.lowercasedFast() == "md" ? .markdown : .text
            guard let raw = try? RawArticle(file: label.file, format: format, bytes: [UInt8](data)) else {
                throw ArchiveError.inputFolder(path: url.path, reason: "is binary, not an article")
            }
            let article = try assembler.assemble(raw).0
            result[label.file] = EntityPrediction(actors: article.actors.map(\.entity.name), places: article.places.map(\.entity.name))
        }
        return result
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case let .keyNotFound(key, context): return "missing key '\(key.stringValue)' at \(path(context))"
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "\(context.debugDescription) at \(path(context))"
        @unknown default: return "\(error)"
        }
    }
}

/// What extraction found in one article, each list most salient first.
public struct EntityPrediction: Sendable, Equatable {
    public var actors: [String]
    public var places: [String]

    public init(actors: [String], places: [String]) {
        self.actors = actors
        self.places = places
    }
}
