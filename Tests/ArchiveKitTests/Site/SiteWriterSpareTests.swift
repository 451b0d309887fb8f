@testable import ArchiveKit
import Foundation
import Testing

/// A writer with a spare starts each staging folder from the site it replaced last time. Whatever
/// the spare holds, the site it writes must be the one a writer without a spare writes.
@Suite struct SiteWriterSpareTests {
    /// Every entry below `folder`: a file's bytes, "folder", or "link to …".
    func entries(_ folder: URL) -> [String: String] {
        var found: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            let full = folder.appendingPathComponent(path).path
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: full) {
                found[path] = "link to \(target)"
            } else if (enumerator?.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory {
                found[path] = "folder"
            } else {
                found[path] = String(decoding: FileManager.default.contents(atPath: full) ?? Data(), as: UTF8.self)
            }
        }
        return found
    }

    func inode(_ url: URL) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.systemFileNumber] as? Int
    }

    /// Sites in a row, with files that change, disappear, come back, and turn from file to folder and back.
    let builds: [[String: String]] = [
        ["index.html": "home 1", "a/index.html": "A", "b/index.html": "B", "c": "a file", "d/e/index.html": "E"],
        ["index.html": "home 2", "a/index.html": "A", "c/index.html": "now a folder", "d/e/index.html": "E", "f.html": "F"],
        ["index.html": "home 2", "a/index.html": "A changed", "b/index.html": "B back", "c": "a file again", "f.html": "F"],
        ["index.html": "home 3", "a/index.html": "A changed", "b/index.html": "B back", "c": "a file again"],
        ["index.html": "home 3", "a": "a file now", "b/index.html": "B back"],
    ]

    @Test func writesTheSameSitesAsAWriterWithoutASpare() throws {
        let temp = try TemporaryDirectory()
        var withSpare = SiteWriter(output: temp.url.appendingPathComponent("site"))
        withSpare.spare = temp.url.appendingPathComponent("cache/previous-site")
        let without = SiteWriter(output: temp.url.appendingPathComponent("plain"))
        for (number, files) in builds.enumerated() {
            let outputs = files.keys.sorted().map { OutputFile(path: $0, text: files[$0]!) }
            let kept = inode(withSpare.output.appendingPathComponent("index.html"))
            let result = try withSpare.write(outputs)
            #expect(result == (try without.write(outputs)), "build \(number + 1)")
            #expect(entries(withSpare.output) == entries(without.output), "build \(number + 1)")
            if number > 0, result.unchanged > 1, files["index.html"] == builds[number - 1]["index.html"] {
                #expect(inode(withSpare.output.appendingPathComponent("index.html")) == kept, "an unchanged file keeps its inode")
            }
            #expect(entries(withSpare.spare!)[SiteWriter.markerName] != nil, "the replaced site is kept as the spare")
            if number == 0 {
                // No site was replaced: the spare is the new site in hard links, so the next build starts from it.
                #expect(entries(withSpare.spare!) == entries(withSpare.output))
                for path in files.keys {
                    #expect(inode(withSpare.spare!.appendingPathComponent(path)) == inode(withSpare.output.appendingPathComponent(path)), "\(path)")
                }
            }
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temp.url.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no staging folder is left behind")
    }

    /// Hard links cannot cross file systems: a site on another one than the spare's gets no spare,
    /// and its builds are the same as without one. (Skipped where /dev/shm is not a separate file system.)
    @Test func aSiteOnAnotherFileSystemGetsNoSpare() throws {
        let temp = try TemporaryDirectory()
        let shm = URL(fileURLWithPath: "/dev/shm/archive-spare-test-\(getpid())")
        var shmInfo = stat(), tempInfo = stat()
        guard FileManager.default.createFile(atPath: shm.path, contents: nil) else { return }
        defer { try? FileManager.default.removeItem(at: shm) }
        guard stat(shm.path, &shmInfo) == 0, stat(temp.url.path, &tempInfo) == 0, shmInfo.st_dev != tempInfo.st_dev else { return }
        try FileManager.default.removeItem(at: shm)
        var writer = SiteWriter(output: shm)
        writer.spare = temp.url.appendingPathComponent("cache/previous-site")
        for files in builds.prefix(3) {
            let outputs = files.keys.sorted().map { OutputFile(path: $0, text: files[$0]!) }
            _ = try writer.write(outputs)
            var expected = files
            expected[SiteWriter.markerName] = SiteWriter.markerText
            #expect(entries(shm).filter { $0.value != "folder" } == expected)
            #expect(!FileManager.default.fileExists(atPath: writer.spare!.path), "no spare, and no folders made for one")
        }
    }

    @Test func aSpareIsNeverFollowedOutOfItsFolderNorTrusted() throws {
        let temp = try TemporaryDirectory()
        let outside = try temp.write(["victim.html": "precious"], in: "outside")
        var writer = SiteWriter(output: temp.url.appendingPathComponent("site"))
        writer.spare = temp.url.appendingPathComponent("cache/previous-site")
        let files = [OutputFile(path: "index.html", text: "home"), OutputFile(path: "a/index.html", text: "A"), OutputFile(path: "b/index.html", text: "B")]
        _ = try writer.write(files)
        _ = try writer.write(files)   // now the spare holds the first site
        let spare = writer.spare!
        let fm = FileManager.default
        // A link where a file goes, a link where a folder goes, a file with other bytes, and a stray file.
        try fm.removeItem(at: spare.appendingPathComponent("index.html"))
        try fm.createSymbolicLink(at: spare.appendingPathComponent("index.html"), withDestinationURL: outside.appendingPathComponent("victim.html"))
        try fm.removeItem(at: spare.appendingPathComponent("a"))
        try fm.createSymbolicLink(at: spare.appendingPathComponent("a"), withDestinationURL: outside)
        try fm.removeItem(at: spare.appendingPathComponent("b/index.html"))
        try Data("tampered".utf8).write(to: spare.appendingPathComponent("b/index.html"))
        try Data("stray".utf8).write(to: spare.appendingPathComponent("stray.html"))
        let changed = [OutputFile(path: "index.html", text: "home 2"), OutputFile(path: "a/index.html", text: "A 2"), OutputFile(path: "b/index.html", text: "B")]
        _ = try writer.write(changed)
        #expect(entries(outside) == ["victim.html": "precious"])
        let site = entries(writer.output)
        #expect(site["index.html"] == "home 2" && site["a/index.html"] == "A 2" && site["b/index.html"] == "B")
        #expect(site["stray.html"] == nil)
        #expect(site.values.allSatisfy { !$0.hasPrefix("link to") })
    }
}
