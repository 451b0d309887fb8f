/// The pages of a site in groups that change together, each with the key it was rendered from.
///
/// An article's group (its page, Markdown file and original) depends on the article and on the
/// archive graph; the global group (home, indexes, entity, source and timeline pages, data files)
/// depends on the graph only. When a group's key is the one the previous build recorded, its
/// files are taken from the previous site instead of being rendered again.
struct PageGroup: Codable, Sendable, Equatable {
    var key: String
    var paths: [String]
    /// Size, modification time and inode of each file as written, parallel to `paths`: a file
    /// changed by hand (or by `git checkout`) since then is rendered again, never trusted.
    var stamps: [String] = []
}

/// `size-mtime-inode` of a file, or `nil` when it does not exist; one `stat` call.
func fileStamp(_ path: String) -> String? {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)-\(info.st_ino)"
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ArchiveLibrary {
    /// Digest of everything a page other than an article's own may show: every article's
    /// metadata, entities with their first-mention sentences, and the start of its body.
    func graphDigest(templates: String) -> String {
        var parts: [String] = [BuildCache.toolDigest, templates, config.title, config.description, config.baseURL ?? "", config.language]
        parts.reserveCapacity(articles.count * 12 + 8)
        for a in articles {
            let m = a.metadata
            parts += [a.slug.value, a.file, m.title, m.titleDerived ? "1" : "0", m.date?.iso ?? "", m.source ?? "", m.byline ?? "",
                      m.keywords.joined(separator: "\u{1E}"), String(a.body.prefix(400))]
            for mention in a.actors + a.places {
                parts.append("\(mention.entity)\u{1E}\(mention.count)\u{1E}\(mention.firstSentence)\u{1E}\(mention.spellings.joined(separator: "\u{1E}"))")
            }
        }
        return BuildCache.key(parts)
    }
}
