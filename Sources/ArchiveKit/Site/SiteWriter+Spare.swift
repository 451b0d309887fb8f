import Foundation

/// The previous site, kept after a build as the starting point of the next staging folder.
///
/// A staging folder that starts empty must receive a hard link for every unchanged file, and the
/// replaced site must then be deleted file by file: at 10,000 articles that was 95,000 folder
/// operations for a rebuild that changed a few dozen files. Instead, the replaced site is moved
/// into the cache folder (`spare`), and the next build moves it back as its staging folder.
/// Its unchanged files are already hard links to the live ones (same inode), so only the files
/// that changed in either of the last two builds are replaced, and the exchange stays atomic.
///
/// The spare is never trusted: a file is kept only when it is the live file's own inode; anything
/// else is replaced, and whatever is neither a file nor a folder is removed before the build adds
/// anything, so no write can follow a link out of the staging folder.
extension SiteWriter {
    /// What a staging folder made from the spare holds before the build adds anything.
    struct Leftovers {
        /// Relative paths of its files.
        var files: Set<String>
        /// Relative paths of its folders, each before what it holds.
        var folders: [String]
    }

    /// Moves the spare into place as the staging folder and lists what it holds.
    /// - Returns: `nil` when there is no usable spare (none, not a site, or on another file
    ///   system); the staging folder then does not exist yet.
    func adoptSpare(as staging: String) -> Leftovers? {
        guard let spare = spare?.path else { return nil }
        var info = stat(), marker = stat()
        guard lstat(spare, &info) == 0 else { return nil }
        guard info.st_mode & S_IFMT == S_IFDIR, lstat(spare + "/" + SiteWriter.markerName, &marker) == 0,
              marker.st_mode & S_IFMT == S_IFREG, rename(spare, staging) == 0 else {
            FileTree.removeEntry(spare)
            return nil
        }
        let entries = FileTree.entries(in: staging)
        for other in entries.others { unlink(staging + "/" + other) }
        return Leftovers(files: Set(entries.files), folders: entries.folders)
    }

    /// Keeps `replaced` (the site a build has just replaced) as the next build's spare; without a
    /// spare location, or when it cannot be moved there, deletes it.
    func keepAsSpare(_ replaced: String) {
        guard let spare = spare?.path else {
            FileTree.remove(replaced)
            return
        }
        FileTree.removeEntry(spare)   // normally gone already: it became this build's staging folder
        let parent = (spare as NSString).deletingLastPathComponent
        guard FileTree.makeFolders(parent) == nil, rename(replaced, spare) == 0 else {
            FileTree.remove(replaced)
            return
        }
    }

    /// After a build that replaced no site, makes the spare a copy of the new `site` in hard links
    /// (`files` are its relative paths), so that the next build starts from it as it would after
    /// any other build. Without it, that first rebuild made every folder and linked every file of the
    /// site again: 12 of the 56 s of a one-article rebuild at 100,000 articles.
    ///
    /// Best effort: when a folder or link cannot be made, the spare is deleted. The marker file is
    /// linked last, so a copy cut short is never taken for a spare.
    func makeSpare(of site: String, files: [String]) {
        guard let spare = spare?.path else { return }
        FileTree.removeEntry(spare)
        guard FileTree.makeFolders(spare) == nil else { return }
        // Hard links stay on one file system: a cache elsewhere gets no spare, before any folder is made.
        var siteInfo = stat(), spareInfo = stat()
        guard stat(site, &siteInfo) == 0, stat(spare, &spareInfo) == 0, siteInfo.st_dev == spareInfo.st_dev else {
            FileTree.removeEntry(spare)
            return
        }
        var folders: Set<String> = []
        for file in files {
            var path = Substring(file)
            while let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) {
                path = path[..<slash]
                guard folders.insert(String(path)).inserted else { break }
            }
        }
        // Depth by depth, so each folder's parent exists; the folders of one depth, and the files, on all cores.
        let byDepth = Dictionary(grouping: folders) { $0.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 } }
        var made = true
        for depth in byDepth.keys.sorted() where made {
            made = byDepth[depth]!.parallelMap { mkdir(spare + "/" + $0, 0o755) == 0 }.allSatisfy { $0 }
        }
        let linked = made && files.filter { $0 != SiteWriter.markerName }.parallelMap { link(site + "/" + $0, spare + "/" + $0) == 0 }.allSatisfy { $0 }
        guard linked, link(site + "/" + SiteWriter.markerName, spare + "/" + SiteWriter.markerName) == 0 else {
            FileTree.remove(spare)
            return
        }
    }

    /// Deletes the spare: kept only while the site it came from is there.
    func discardSpare() {
        if let spare { FileTree.removeEntry(spare.path) }
    }
}
