#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-folder operations with plain system calls, for the site's tens of thousands of files:
/// `FileManager` asks for every file's attributes on the way, which cost a rebuild more than
/// the rendering it saved. Symbolic links are never followed: one inside the site is listed
/// (or removed) as a link, never as what it points to.
enum FileTree {
    /// Relative paths of the regular files below `folder`, in no particular order.
    static func regularFiles(in folder: String) -> [String] {
        var paths: [String] = []
        walk(folder, relative: "") { relative, kind in
            if kind == .file { paths.append(relative) }
        }
        return paths
    }

    /// Deletes `folder` and everything below it; what cannot be deleted is left in place.
    static func remove(_ folder: String) {
        var folders: [String] = []
        walk(folder, relative: "") { relative, kind in
            if kind == .folder { folders.append(relative) } else { unlink(folder + "/" + relative) }
        }
        for relative in folders.reversed() { rmdir(folder + "/" + relative) }   // deepest first
        rmdir(folder)
    }

    /// Creates `path` and any missing folder above it, like `mkdir -p`.
    /// - Returns: `nil`, or the system's reason when a folder cannot be created.
    static func makeFolders(_ path: String) -> String? {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return nil }
        guard errno == ENOENT, let slash = path.lastIndex(of: "/"), slash > path.startIndex else { return reason() }
        if let failure = makeFolders(String(path[..<slash])) { return failure }
        return mkdir(path, 0o755) == 0 || errno == EEXIST ? nil : reason()
    }

    private enum Kind { case folder, file, other }

    /// Calls `visit` for everything below `root` + `relative` (a folder before what it holds),
    /// with paths relative to `root`. A link is `.other`, whatever it points to.
    private static func walk(_ root: String, relative: String, _ visit: (String, Kind) -> Void) {
        let path = relative.isEmpty ? root : root + "/" + relative
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            let child = relative.isEmpty ? name : relative + "/" + name
            var kind: Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_REG): kind = .file
            case Int32(DT_UNKNOWN):   // file systems that do not say: ask, without following a link
                var info = stat()
                guard lstat(root + "/" + child, &info) == 0 else { continue }
                kind = info.st_mode & S_IFMT == S_IFDIR ? .folder : info.st_mode & S_IFMT == S_IFREG ? .file : .other
            default: kind = .other
            }
            visit(child, kind)
            if kind == .folder { walk(root, relative: child, visit) }
        }
    }

    private static func reason() -> String {
        String(cString: strerror(errno))
    }
}
