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
    /// Relative paths of the regular files below `folder`, in no particular order, packed into one
    /// buffer, each followed by a NUL byte (which no file name holds): the 330,000 paths of a
    /// 100,000-article site take 22 MB, about half of what they take as `String`s.
    static func packedRegularFiles(in folder: String) -> [UInt8] {
        var packed: [UInt8] = []
        walk(folder, relative: "") { relative, kind in
            guard kind == .file else { return }
            packed += relative.utf8
            packed.append(0)
        }
        return packed
    }

    /// Relative paths of everything below `folder` that is not a folder (files, and links whatever
    /// they point to), leaving out hidden entries (a name starting with ".") and what hidden folders hold.
    static func visibleEntries(in folder: String) -> [String] {
        var paths: [String] = []
        walk(folder, relative: "", skippingHidden: true) { relative, kind in
            if kind != .folder { paths.append(relative) }
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

    /// The names of the entries of `folder` itself (hidden ones too), in no particular order.
    static func names(in folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Everything below `folder` by kind, as relative paths; folders come before what they hold.
    static func entries(in folder: String) -> (files: [String], folders: [String], others: [String]) {
        var files: [String] = [], folders: [String] = [], others: [String] = []
        walk(folder, relative: "") { relative, kind in
            switch kind {
            case .file: files.append(relative)
            case .folder: folders.append(relative)
            case .other: others.append(relative)
            }
        }
        return (files, folders, others)
    }

    /// Removes whatever is at `path`: a folder with everything in it, or a file or link (never what a link points to).
    static func removeEntry(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFDIR { remove(path) } else { unlink(path) }
    }

    /// `true` when both paths name the same file (one inode, reached through two hard links).
    static func sameFile(_ first: String, _ second: String) -> Bool {
        var a = stat(), b = stat()
        return lstat(first, &a) == 0 && lstat(second, &b) == 0 && a.st_ino == b.st_ino && a.st_dev == b.st_dev
    }

    /// Writes `bytes` to a file with plain system calls, never through a symbolic link.
    /// (`FileManager.createFile` writes a temporary file and renames it, which the staging
    /// folder makes unnecessary and which doubled the cost of writing.)
    /// - Parameter replacing: Overwrite an existing file; otherwise an existing file is an error.
    /// - Returns: `nil`, or the reason the file could not be written.
    static func writeFile(_ path: String, _ bytes: [UInt8], replacing: Bool) -> String? {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | (replacing ? O_TRUNC : O_EXCL)
        let descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else { return "cannot create the file (\(reason()))" }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return "cannot write the file (\(reason()))" }
            offset += count
        }
        return nil
    }

    /// Writes `bytes` over an existing file's bytes from `offset` on, never through a symbolic link.
    /// - Returns: `true` when all of them were written.
    static func overwrite(_ path: String, at offset: Int, with bytes: [UInt8]) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress! + done, $0.count - done, off_t(offset + done)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            done += count
        }
        return true
    }

    /// The bytes of the regular file at `path`, never through a symbolic link, or `nil` when it
    /// cannot be read whole.
    static func readFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(info.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + offset, size - offset) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }   // shorter than it said, or unreadable
            offset += count
        }
        return bytes
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
    private static func walk(_ root: String, relative: String, skippingHidden: Bool = false, _ visit: (String, Kind) -> Void) {
        let path = relative.isEmpty ? root : root + "/" + relative
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." || (skippingHidden && name.hasPrefix(".")) { continue }
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
            if kind == .folder { walk(root, relative: child, skippingHidden: skippingHidden, visit) }
        }
    }

    private static func reason() -> String {
        String(cString: strerror(errno))
    }
}
