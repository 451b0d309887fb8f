@testable import ArchiveKit
import Foundation
import Testing

/// The fingerprint a no-op rebuild trusts: it must change with anything a build would change or
/// repair in the site, and only then.
@Suite struct FolderFingerprintTests {
    /// A site-like tree: a few top-level files, and more article folders than the fingerprint
    /// digests one by one, so both of its paths (one core, all cores) are covered.
    func makeTree() throws -> (TemporaryDirectory, URL) {
        let temp = try TemporaryDirectory()
        var files = ["index.html": "home", "assets/site.css": "body {}"]
        for number in 0..<100 { files["articles/article-\(number)/index.html"] = "article \(number)" }
        return (temp, try temp.write(files, in: "site"))
    }

    @Test func isTheSameForAnUntouchedTreeAndForItsFilesRead() throws {
        let (temp, site) = try makeTree()
        defer { withExtendedLifetime(temp) {} }
        let first = FolderFingerprint.of(site.path)
        #expect(try Data(contentsOf: site.appendingPathComponent("articles/article-70/index.html")) == Data("article 70".utf8))
        #expect(FolderFingerprint.of(site.path) == first)
        #expect(first.count == 64 && first.allSatisfy(\.isHexDigit))
    }

    /// Each change is made on a fresh tree, so each is tested alone.
    @Test(arguments: ["edit in place", "same size, new time", "new file deep down", "removed file",
                      "renamed folder", "empty folder", "link", "link retargeted", "changed link target"])
    func changesWith(_ change: String) throws {
        let (temp, site) = try makeTree()
        let manager = FileManager.default
        let page = site.appendingPathComponent("articles/article-70/index.html")
        let outside = temp.url.appendingPathComponent("outside.txt")
        try Data("outside".utf8).write(to: outside)
        let link = site.appendingPathComponent("articles/article-80/link")
        if change.hasPrefix("link ") || change == "changed link target" {
            try manager.createSymbolicLink(at: link, withDestinationURL: outside)
        }
        let before = FolderFingerprint.of(site.path)
        switch change {
        case "edit in place":
            let handle = try FileHandle(forWritingTo: page)
            try handle.write(contentsOf: Data("ARTICLE".utf8))
            try handle.close()
        case "same size, new time":
            try manager.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: page.path)
        case "new file deep down":
            try Data("stray".utf8).write(to: site.appendingPathComponent("articles/article-99/stray.html"))
        case "removed file":
            try manager.removeItem(at: page)
        case "renamed folder":
            try manager.moveItem(at: site.appendingPathComponent("articles/article-5"),
                                 to: site.appendingPathComponent("articles/article-5b"))
        case "empty folder":
            try manager.createDirectory(at: site.appendingPathComponent("articles/article-3/empty"), withIntermediateDirectories: false)
        case "link":
            try manager.createSymbolicLink(at: site.appendingPathComponent("stray-link"), withDestinationURL: outside)
        case "link retargeted":
            try manager.removeItem(at: link)
            try manager.createSymbolicLink(at: link, withDestinationURL: temp.url.appendingPathComponent("elsewhere.txt"))
        case "changed link target":
            try manager.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: outside.path)
        default:
            Issue.record("unknown change \(change)")
        }
        #expect(FolderFingerprint.of(site.path) != before, "\(change) must change the fingerprint")
    }

    @Test func ofAMissingFolderDiffersFromAnEmptyOne() throws {
        let temp = try TemporaryDirectory()
        let empty = temp.url.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: false)
        #expect(FolderFingerprint.of(empty.path) != FolderFingerprint.of(temp.url.appendingPathComponent("missing").path))
    }
}
