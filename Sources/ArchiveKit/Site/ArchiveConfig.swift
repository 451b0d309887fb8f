import Foundation
import Yams

/// Settings of one archive: read from `archive.yaml` in the input folder, overridden by options.
public struct ArchiveConfig: Sendable, Hashable {
    /// Shown in the header of every page and in the feed.
    public var title: String
    /// One or two sentences on what the archive covers, shown on the home page.
    public var description: String
    /// Absolute URL the site will be published at ("https://example.org/idlib/"), or `nil`.
    /// Without it the site has no sitemap and the feed uses relative links.
    public var baseURL: String?
    /// The `lang` attribute of every page.
    public var language: String

    public init(title: String = "ConflictArchive", description: String = "An archive of news articles, cross-linked by actor and place.",
                baseURL: String? = nil, language: String = "en") {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
    }

    /// The configuration in `folder/archive.yaml`, or the defaults when there is none.
    /// - Throws: `ArchiveError.configuration` when the file is not valid YAML or has wrong types.
    public static func load(inputFolder folder: URL) throws -> ArchiveConfig {
        let url = folder.appendingPathComponent("archive.yaml")
        guard let data = FileManager.default.contents(atPath: url.path) else { return ArchiveConfig() }
        let node: Node?
        do {
            node = try Yams.compose(yaml: String(decoding: data, as: UTF8.self))
        } catch let error as YamlError {
            let (line, column, reason) = YAMLErrors.locate(error)
            throw ArchiveError.configuration(path: "\(url.path):\(line ?? 1):\(column ?? 1)", reason: "invalid YAML: \(reason)")
        }
        var config = ArchiveConfig()
        guard let map = node?.mapping else { return config }
        for (key, value) in map {
            guard let name = key.string else { continue }
            guard let text = value.string else {
                throw ArchiveError.configuration(path: url.path, reason: "'\(name)' must be text")
            }
            switch name {
            case "title": config.title = text
            case "description": config.description = text
            case "base_url": config.baseURL = text.isEmpty ? nil : text
            case "language": config.language = text
            default:
                throw ArchiveError.configuration(path: url.path, reason: "unknown setting '\(name)' (known: title, description, base_url, language)")
            }
        }
        try config.validate(path: url.path)
        return config
    }

    /// Checks the base URL is an absolute http(s) URL, and normalises it to end with "/".
    public mutating func validate(path: String) throws {
        if var base = baseURL {
            guard let url = URL(string: base), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
                throw ArchiveError.configuration(path: path, reason: "base URL '\(base)' must be an absolute http:// or https:// URL")
            }
            if !base.hasSuffix("/") { base += "/" }
            baseURL = base
        }
        guard language.allSatisfy({ $0.isLetter || $0 == "-" }), !language.isEmpty else {
            throw ArchiveError.configuration(path: path, reason: "language '\(language)' must be a language tag such as 'en' or 'en-GB'")
        }
    }
}
