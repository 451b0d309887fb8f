/// The pages of a site in groups that change together, each with the key it was rendered from.
///
/// Groups are an article's files (page, Markdown, original), an actor's or place's pages, a source's
/// pages, and the global pages (home, indexes, timeline, feeds, data files). When a group's key
/// (`PageKeys`) is the one the previous build recorded, its files are taken from the previous site
/// instead of being rendered again.
struct PageGroup: Sendable, Equatable {
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
    return fileStamp(info)
}

/// The stamp of a regular file from its `stat`: size, modification time and inode.
func fileStamp(_ info: stat) -> String {
    "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)-\(info.st_ino)"
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ArchiveLibrary {
    /// Digest of every article as the pages may show it. An article's bytes decide all that
    /// extraction makes of it (with the tool and the gazetteer, which `PageKeys.site` holds);
    /// its address depends on the other articles, so it is added.
    func graphDigest() -> String {
        var parts: [String] = []
        parts.reserveCapacity(articles.count * 3)
        for a in articles { parts += [a.sha256, a.file, a.slug.value] }
        return BuildCache.key(parts)
    }
}
