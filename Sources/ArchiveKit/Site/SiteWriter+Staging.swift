import Foundation

extension SiteWriter {
    /// A new site being assembled in a staging folder, file by file, from any number of threads.
    ///
    /// Files can be added as soon as they are rendered, so a build never holds the whole site in
    /// memory. Nothing is visible in the output folder until `commit()`.
    public final class Staging: @unchecked Sendable {
        private let writer: SiteWriter
        private let target: URL
        private let folder: URL
        private let oldExists: Bool
        private let root: String
        private let targetRoot: String
        private let lock = NSLock()
        private var expected: Set<String> = []
        private var folders: Set<String> = []
        /// Files the staging folder held before the build (it started as the spare), and its folders.
        private var leftovers: Set<String>
        private let leftoverFolders: [String]
        private let leftoverFolderSet: Set<String>
        private var result = Result()
        private var done = false
        /// The files of the site being replaced, listed while the new one is rendered (for `Result.removed`),
        /// packed (`FileTree.packedRegularFiles(in:)`): they are held through the whole render.
        private let oldFiles: BackgroundWork<[UInt8]>?

        init(writer: SiteWriter, target: URL, folder: URL, oldExists: Bool, leftovers: Leftovers? = nil) {
            self.writer = writer
            self.target = target
            self.folder = folder
            self.oldExists = oldExists
            self.root = folder.path
            self.targetRoot = target.path
            self.leftovers = leftovers?.files ?? []
            self.leftoverFolders = leftovers?.folders ?? []
            self.leftoverFolderSet = Set(leftoverFolders)
            let targetRoot = target.path
            // The old site does not change until `commit()`, so it is listed beside the render
            // instead of after it (a walk of every folder: 10 ms at 1,000 articles, 1 s at 100,000).
            self.oldFiles = oldExists ? BackgroundWork { FileTree.packedRegularFiles(in: targetRoot) } : nil
        }

        /// What is already at a file's place in the staging folder.
        private enum Slot { case empty, file, folder }

        /// Puts `files` into the new site. A path given twice keeps its first file.
        /// - Throws: `ArchiveError.write` naming the file that could not be written.
        public func add(_ files: [OutputFile]) throws {
            for file in files {
                let file = try file.loaded()
                precondition(SiteWriter.isSafeRelativePath(file.path), "unsafe output path \(file.path)")
                let destination = root + "/" + file.path
                guard let slot = try claim(file.path) else { continue }
                let old = targetRoot + "/" + file.path
                // Unchanged: a hard link to the old file, which the staging folder may already hold.
                let unchanged = file.reused || (oldExists && SiteWriter.sameBytes(at: old, as: file.bytes))
                if unchanged, slot == .file, FileTree.sameFile(old, destination) {
                    count(\.unchanged)
                    continue
                }
                if slot != .empty { FileTree.removeEntry(destination) }
                if unchanged {
                    if oldExists, link(old, destination) == 0 {
                        count(\.unchanged)
                        continue
                    }
                    if file.reused {
                        throw ArchiveError.write(path: old, reason: "the previous build's file disappeared during the build; build again")
                    }
                }
                if let reason = FileTree.writeFile(destination, file.bytes, replacing: false) {
                    throw ArchiveError.write(path: old, reason: reason)
                }
                count(\.written)
            }
        }

        /// Replaces the old site with the new one in one step and reports what changed.
        public func commit() throws -> Result {
            lock.lock()
            defer { lock.unlock() }
            precondition(!done, "a staging folder is committed once")
            done = true
            if let oldFiles {
                result.removed = oldFiles.value.split(separator: 0).count { !expected.contains(String(decoding: $0, as: UTF8.self)) }
            }
            // What the spare held that the new site does not: its files, then its emptied folders, deepest first.
            for path in leftovers where !expected.contains(path) { unlink(root + "/" + path) }
            for path in leftoverFolders.reversed() where !folders.contains(root + "/" + path) { rmdir(root + "/" + path) }
            let replaced: String?
            do {
                replaced = try writer.swap(folder, into: target, oldExists: oldExists)
            } catch let error as ArchiveError {
                FileTree.remove(folder.path)
                throw error
            } catch {
                FileTree.remove(folder.path)
                throw ArchiveError.write(path: folder.path, reason: error.localizedDescription)
            }
            if let replaced { writer.keepAsSpare(replaced) } else { writer.makeSpare(of: targetRoot, files: Array(expected)) }
            return result
        }

        /// Deletes the staging folder, leaving the old site as it was.
        public func abandon() {
            lock.lock()
            done = true
            lock.unlock()
            FileTree.remove(folder.path)
        }

        /// Records `path` as part of the new site and makes sure its folder exists.
        /// - Returns: What the staging folder already holds at `path`, or `nil` if it was already added.
        private func claim(_ path: String) throws -> Slot? {
            lock.lock()
            defer { lock.unlock() }
            guard expected.insert(path).inserted else { return nil }
            var slot = Slot.empty
            if !leftovers.isEmpty || !leftoverFolderSet.isEmpty {
                // A file left where one of this file's folders goes (`a` for `a/b/c.html`) makes way.
                var prefix = Substring(path)
                while let slash = prefix.utf8.lastIndex(of: UInt8(ascii: "/")) {
                    prefix = prefix[..<slash]
                    if leftovers.remove(String(prefix)) != nil { unlink(root + "/" + prefix) }
                }
                slot = leftovers.contains(path) ? .file : leftoverFolderSet.contains(path) ? .folder : .empty
            }
            let parent = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { root + "/" + path[..<$0] } ?? root
            if folders.insert(parent).inserted, let reason = FileTree.makeFolders(parent) {
                throw ArchiveError.write(path: targetRoot + "/" + path, reason: "cannot create its folder (\(reason))")
            }
            return slot
        }

        private func count(_ field: WritableKeyPath<Result, Int>) {
            lock.lock()
            result[keyPath: field] += 1
            lock.unlock()
        }
    }
}
