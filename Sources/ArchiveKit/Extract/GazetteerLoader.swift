import Foundation
import Yams

/// Reads a gazetteer from YAML (format: the header of `Resources/gazetteer.yaml`).
public enum GazetteerLoader {
    /// The gazetteer that ships with the tool.
    /// - Throws: `ArchiveError.gazetteer` if the resource is missing or invalid (a packaging bug).
    public static func builtIn() throws -> Gazetteer {
        try parse(try builtInText(), path: "gazetteer.yaml (built in)")
    }

    /// The built-in gazetteer plus the archive's own `gazetteer.yaml` in `folder`, if there is one.
    public static func forArchive(inputFolder folder: URL) throws -> (gazetteer: Gazetteer, sources: [String: String]) {
        let texts = try texts(inputFolder: folder)
        return (try gazetteer(from: texts, inputFolder: folder), texts)
    }

    /// What `forArchive(inputFolder:)` reads, without parsing it: the built-in gazetteer's text
    /// (`"built-in"`) and the archive's own `gazetteer.yaml` (`"local"`), if there is one.
    public static func texts(inputFolder folder: URL) throws -> [String: String] {
        var texts = ["built-in": try builtInText()]
        if let data = FileManager.default.contents(atPath: folder.appendingPathComponent("gazetteer.yaml").path) {
            texts["local"] = String(decoding: data, as: UTF8.self)
        }
        return texts
    }

    /// The gazetteer of the texts `texts(inputFolder:)` read from `folder`: the built-in one with the
    /// archive's own merged into it.
    public static func gazetteer(from texts: [String: String], inputFolder folder: URL) throws -> Gazetteer {
        var gazetteer = try parse(texts["built-in"] ?? "", path: "gazetteer.yaml (built in)")
        if let local = texts["local"] {
            gazetteer = gazetteer.merging(try parse(local, path: folder.appendingPathComponent("gazetteer.yaml").path))
        }
        return gazetteer
    }

    /// The text of the gazetteer that ships with the tool.
    /// - Throws: `ArchiveError.gazetteer` if the resource is missing (a packaging bug).
    static func builtInText() throws -> String {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "yaml"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ArchiveError.gazetteer(path: "gazetteer.yaml (built in)", line: nil, column: nil, reason: "resource missing from the build")
        }
        return text
    }

    /// Parses gazetteer YAML.
    /// - Parameters:
    ///   - text: The YAML text.
    ///   - path: Used in error messages.
    /// - Throws: `ArchiveError.gazetteer` with line and column for YAML syntax errors and
    ///   unknown kinds, and for references to entries that do not exist.
    public static func parse(_ text: String, path: String) throws -> Gazetteer {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            let (line, column, reason) = YAMLErrors.locate(error)
            throw ArchiveError.gazetteer(path: path, line: line, column: column, reason: reason)
        }
        guard let root = node?.mapping else {
            if node == nil || node?.scalar != nil { return Gazetteer() }
            throw ArchiveError.gazetteer(path: path, line: 1, column: 1, reason: "expected a mapping with 'actors:' and 'places:'")
        }
        var gazetteer = Gazetteer()
        for entry in root["places"]?.sequence ?? [] {
            gazetteer.upsert(try place(from: entry, path: path))
        }
        for entry in root["actors"]?.sequence ?? [] {
            gazetteer.upsert(try actor(from: entry, path: path))
        }
        return gazetteer
    }

    private static func fail(_ node: Node, _ path: String, _ reason: String) -> ArchiveError {
        ArchiveError.gazetteer(path: path, line: node.mark.map { $0.line }, column: node.mark.map { $0.column }, reason: reason)
    }

    private static func string(_ node: Node, _ key: String) -> String? {
        guard let value = node.mapping?[key], value.scalar != nil else { return nil }
        let text = value.string ?? ""
        return text.isEmpty || text == "null" || text == "~" ? nil : text
    }

    private static func aliases(_ node: Node) -> [String] {
        (node.mapping?["aliases"]?.sequence ?? []).compactMap { $0.string }.filter { !$0.isEmpty }
    }

    private static func place(from node: Node, path: String) throws -> Place {
        guard let name = string(node, "name") else { throw fail(node, path, "a place without 'name'") }
        guard let kindText = string(node, "kind"), let kind = PlaceKind(rawValue: kindText) else {
            throw fail(node, path, "place '\(name)' has unknown kind '\(string(node, "kind") ?? "")' (one of: \(PlaceKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        var coordinate: Coordinate?
        if let lat = string(node, "lat").flatMap(Double.init), let lon = string(node, "lon").flatMap(Double.init) {
            guard (-90...90).contains(lat), (-180...180).contains(lon) else { throw fail(node, path, "place '\(name)' has coordinates out of range") }
            coordinate = Coordinate(latitude: lat, longitude: lon)
        }
        return Place(name: name, kind: kind, parent: string(node, "parent"), aliases: aliases(node), coordinate: coordinate, actor: string(node, "actor"))
    }

    private static func actor(from node: Node, path: String) throws -> Actor {
        guard let name = string(node, "name") else { throw fail(node, path, "an actor without 'name'") }
        guard let kindText = string(node, "kind"), let kind = ActorKind(rawValue: kindText) else {
            throw fail(node, path, "actor '\(name)' has unknown kind '\(string(node, "kind") ?? "")' (one of: \(ActorKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return Actor(name: name, kind: kind, aliases: aliases(node), affiliation: string(node, "affiliation"), role: string(node, "role"))
    }
}

/// Turns Yams errors into a line, a column and a readable reason.
enum YAMLErrors {
    static func locate(_ error: YamlError) -> (line: Int?, column: Int?, reason: String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let reason = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return (mark.line, mark.column, reason)
        case let .duplicatedKeysInMapping(duplicates, context):
            return (context.mark.line, context.mark.column, "duplicated keys \(duplicates.joined(separator: ", "))")
        default:
            return (nil, nil, "\(error)")
        }
    }
}
