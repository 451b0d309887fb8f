import Foundation
import Mustache

/// The Mustache templates of a site, loaded at run time from a folder (`Templates/` by default),
/// so the site can be restyled without recompiling.
public struct TemplateSet: Sendable {
    /// Templates every template folder must provide.
    public static let required = ["base", "home", "article", "entity", "index", "list", "timeline", "404", "feed", "sitemap"]

    let library: MustacheLibrary
    /// The folder the templates came from.
    public let folder: URL

    /// Loads every `*.mustache` file below `folder`.
    /// - Throws: `ArchiveError.templates` naming the file, line and column of a syntax error, or a missing template.
    public init(folder: URL) throws {
        self.folder = folder
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ArchiveError.templates(path: folder.path, reason: "template folder not found (pass one with --templates)")
        }
        library = try TemplateSet.load(folder)
        for name in TemplateSet.required where library.getTemplate(named: name) == nil {
            throw ArchiveError.templates(path: folder.appendingPathComponent("\(name).mustache").path, reason: "required template is missing")
        }
    }

    /// Renders a view model with a named template.
    public func render(_ model: Any, with name: String) -> String {
        library.render(model, withTemplate: name) ?? ""
    }
}

extension TemplateSet {
    /// Reads every `*.mustache` file below `folder`, named by relative path without extension
    /// (`partials/nav`). Synchronous: loading only reads a handful of small files.
    static func load(_ folder: URL) throws -> MustacheLibrary {
        HTMLEscaping.register()
        var library = MustacheLibrary()
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return library }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".mustache") { files.append(path) }
        }
        for path in files.sorted() {
            let url = folder.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw ArchiveError.templates(path: url.path, reason: "cannot be read as UTF-8 text")
            }
            do {
                try library.register(HTMLEscaping.pragma + text, named: String(path.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber - HTMLEscaping.pragmaLines
                throw ArchiveError.templates(path: "\(url.path):\(line):\(error.context.columnNumber)",
                                             reason: "template syntax error (\(error.error)) in: \(error.context.line.trimmingSpaces())")
            }
        }
        return library
    }
}
