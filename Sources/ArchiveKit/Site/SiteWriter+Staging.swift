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
        private let lock = NSLock()
        private var expected: Set<String> = []
        private var folders: Set<String> = []
        private var result = Result()
        private var done = false

        init(writer: SiteWriter, target: URL, folder: URL, oldExists: Bool) {
            self.writer = writer
            self.target = target
            self.folder = folder
            self.oldExists = oldExists
        }

        /// Puts `files` into the new site. A path given twice keeps its first file.
        /// - Throws: `ArchiveError.write` naming the file that could not be written.
        public func add(_ files: [OutputFile]) throws {
            for file in files {
                let file = try file.loaded()
                precondition(SiteWriter.isSafeRelativePath(file.path), "unsafe output path \(file.path)")
                let destination = folder.appendingPathComponent(file.path)
                guard try claim(file.path, folder: destination.deletingLastPathComponent().path) else { continue }
                let old = target.appendingPathComponent(file.path)
                if file.reused {
                    guard oldExists, link(old.path, destination.path) == 0 else {
                        throw ArchiveError.write(path: old.path, reason: "the previous build's file disappeared during the build; build again")
                    }
                    count(\.unchanged)
                    continue
                }
                if oldExists, SiteWriter.sameBytes(at: old.path, as: file.bytes), link(old.path, destination.path) == 0 {
                    count(\.unchanged)
                    continue
                }
                if let reason = FileTree.writeFile(destination.path, file.bytes, replacing: false) {
                    throw ArchiveError.write(path: old.path, reason: reason)
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
            if oldExists { result.removed = FileTree.regularFiles(in: target.path).filter { !expected.contains($0) }.count }
            do {
                try writer.swap(folder, into: target, oldExists: oldExists)
            } catch let error as ArchiveError {
                FileTree.remove(folder.path)
                throw error
            } catch {
                FileTree.remove(folder.path)
                throw ArchiveError.write(path: folder.path, reason: error.localizedDescription)
            }
            return result
        }

        /// Deletes the staging folder, leaving the old site as it was.
        public func abandon() {
            lock.lock()
            done = true
            lock.unlock()
            FileTree.remove(folder.path)
        }

        /// Records `path` as part of the new site and makes sure its folder exists; false if it was already added.
        private func claim(_ path: String, folder: String) throws -> Bool {
            lock.lock()
            defer { lock.unlock() }
            guard expected.insert(path).inserted else { return false }
            if folders.insert(folder).inserted, let reason = FileTree.makeFolders(folder) {
                throw ArchiveError.write(path: target.appendingPathComponent(path).path, reason: "cannot create its folder (\(reason))")
            }
            return true
        }

        private func count(_ field: WritableKeyPath<Result, Int>) {
            lock.lock()
            result[keyPath: field] += 1
            lock.unlock()
        }
    }
}
