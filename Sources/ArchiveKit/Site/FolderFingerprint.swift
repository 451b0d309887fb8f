import Crypto

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A digest of everything below a folder as `stat` sees it: every entry's name, kind, size,
/// modification time and inode, and where each symbolic link points. Any file written, added,
/// removed or renamed changes it; reading files does not.
///
/// Built as a tree of digests, one per folder, with each entry looked up relative to its open
/// folder (no path is resolved twice), and the folders of a large folder (`articles/` holds one per
/// article) on all cores. At 100,000 articles the site has 330,000 entries, and this is what a
/// no-op rebuild spends most of its time on.
enum FolderFingerprint {
    /// A folder with at least this many subfolders digests them in parallel.
    private static let parallelFrom = 64

    /// The digest of a folder that cannot be opened: its own, so it differs from an empty folder's.
    private static let unreadable = SHA256.hash(data: Array("unreadable".utf8))

    /// Hex digest of the tree below `path` (a link at `path` itself is followed).
    static func of(_ path: String) -> String {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return ArticleAssembler.hex(unreadable) }
        defer { close(descriptor) }
        return ArticleAssembler.hex(digest(folder: descriptor, parallel: !Parallelism.serial))
    }

    /// One entry of a folder, as `lstat` sees it.
    private struct Entry: Sendable {
        /// The name's bytes and a terminating NUL, for the system calls (and to end the name in the digest).
        var name: [UInt8]
        var info: stat
        var isFolder: Bool { info.st_mode & S_IFMT == S_IFDIR }
        var isLink: Bool { info.st_mode & S_IFMT == S_IFLNK }
    }

    private static func digest(folder: Int32, parallel: Bool) -> SHA256.Digest {
        let entries = list(folder)
        let subfolders = entries.indices.filter { entries[$0].isFolder }
        let childDigests: [SHA256.Digest]
        if parallel && subfolders.count >= parallelFrom {
            childDigests = subfolders.parallelMap { index in digest(of: entries[index].name, in: folder, parallel: false) }
        } else {
            childDigests = subfolders.map { index in digest(of: entries[index].name, in: folder, parallel: parallel) }
        }
        var hash = SHA256()
        var next = 0
        for entry in entries {
            hash.update(data: entry.name)
            let fields = (Int64(entry.info.st_mode), Int64(entry.info.st_size), Int64(entry.info.st_mtim.tv_sec),
                          Int64(entry.info.st_mtim.tv_nsec), Int64(entry.info.st_ino))
            withUnsafeBytes(of: fields) { hash.update(bufferPointer: $0) }
            if entry.isFolder {
                childDigests[next].withUnsafeBytes { hash.update(bufferPointer: $0) }
                next += 1
            } else if entry.isLink {
                hash.update(data: linkTarget(entry.name, in: folder))
            }
        }
        return hash.finalize()
    }

    /// Digest of the subfolder `name` of the open `folder`, never through a link.
    private static func digest(of name: [UInt8], in folder: Int32, parallel: Bool) -> SHA256.Digest {
        let child = name.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { openat(folder, $0.baseAddress!, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) }
        }
        guard child >= 0 else { return unreadable }
        defer { close(child) }
        return digest(folder: child, parallel: parallel)
    }

    /// The entries of an open folder, sorted by name bytes.
    private static func list(_ folder: Int32) -> [Entry] {
        let copy = dup(folder)
        guard copy >= 0, let directory = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            return []
        }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            var name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            var info = stat()
            name.append(0)
            let found = name.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { fstatat(folder, $0.baseAddress!, &info, AT_SYMLINK_NOFOLLOW) }
            }
            guard found == 0 else { continue }   // removed while listed
            entries.append(Entry(name: name, info: info))
        }
        return entries.sorted { $0.name.lexicographicallyPrecedes($1.name) }
    }

    /// Where the link `name` points, and the size, time and inode of what it points to when that
    /// is a regular file (so a site link to a changed file is noticed).
    private static func linkTarget(_ name: [UInt8], in folder: Int32) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        var info = stat()
        let (length, found) = name.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { name in
                (buffer.withUnsafeMutableBufferPointer { out in
                    out.withMemoryRebound(to: CChar.self) { readlinkat(folder, name.baseAddress!, $0.baseAddress!, $0.count - 1) }
                 },
                 fstatat(folder, name.baseAddress!, &info, 0))
            }
        }
        var part = Array(buffer.prefix(max(0, length)))
        if found == 0 && info.st_mode & S_IFMT == S_IFREG {
            part += [0x1E] + Array(fileStamp(info).utf8)
        }
        return part
    }
}
