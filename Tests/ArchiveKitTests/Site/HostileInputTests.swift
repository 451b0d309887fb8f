@testable import ArchiveKit
import Foundation
import Testing

/// Everything in an article is untrusted: markup, links, control characters, paths, sizes.
@Suite struct HostileInputTests {
    static let payloads = [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "data:text/html,<script>x</script>",
        "'; DROP TABLE--", "\u{202E}txt.exe", "a\u{0000}b\u{0007}c", "{{layout.root}}", "{{{bodyHTML}}}", "</textarea></title>",
    ]

    @Test(arguments: payloads)
    func payloadsInEveryFieldNeverReachAPageUnescaped(payload: String) throws {
        let site = try TestSite([
            "x.md": """
            ---
            title: "T \(payload.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\u{0000}", with: ""))"
            source: "S \(payload.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\u{0000}", with: ""))"
            byline: "B \(payload.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\u{0000}", with: ""))"
            url: "\(payload.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\u{0000}", with: ""))"
            keywords: ["K \(payload.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\u{0000}", with: ""))"]
            date: 2020-01-01
            ---
            Body \(payload) and [link](\(payload)) and ![img](\(payload)).
            """,
            "y.txt": "Headline \(payload)\n\nBy \(payload)\n\nText \(payload) in Idlib.\n\nSource: \(payload)\n",
        ])
        for (path, data) in try TemporaryDirectory.snapshot(site.output) where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<script"), "\(path)")
            #expect(HostileInputTests.eventHandlerTags(in: text) == [], "\(path)")
            #expect(!text.lowercased().contains("href=\"javascript:"), "\(path)")
            #expect(!text.lowercased().contains("src=\"javascript:"), "\(path)")
            #expect(!text.lowercased().contains("href=\"data:"), "\(path)")
            #expect(!text.lowercased().contains("src=\"data:"), "\(path)")
            #expect(!text.contains("\u{202E}"), "\(path)")
            #expect(!text.contains("\u{0007}"), "\(path)")
            #expect(!text.contains("</title></title>"), "\(path)")
        }
    }

    /// Tags carrying an inline event handler (`onerror=`, `onload=`…): text that merely mentions one is fine.
    static func eventHandlerTags(in html: String) -> [String] {
        var tags: [String] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            // Quoted attribute values cannot hide a raw quote (it would be &quot;), so drop them first.
            let tag = rest[open...close].lowercased().replacingOccurrences(of: #""[^"]*""#, with: "\"\"", options: .regularExpression)
            if tag.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) != nil { tags.append(String(tag)) }
            rest = rest[rest.index(after: close)...]
        }
        return tags
    }

    @Test(arguments: ["../../../../tmp/escape", "/etc/passwd", "..", ".", "index", "CON", "a/b/c", "~/x", "\u{202E}x"])
    func frontMatterSlugsCannotLeaveTheOutputFolder(slug: String) throws {
        let site = try TestSite(["x.md": "---\ntitle: T\nslug: \"\(slug)\"\n---\nBody\n"])
        let article = try #require(try site.json("articles").first)
        let written = try #require(article["slug"] as? String)
        #expect(written.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" })
        #expect(site.exists("articles/\(written)/index.html"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/escape"))
    }

    @Test func aSymbolicLinkOutOfTheInputFolderIsNotFollowed() throws {
        let temp = try TemporaryDirectory()
        let secret = try temp.write(["secret.txt": "Secret headline\n\nPrivate text.\n"], in: "private")
        let input = try temp.write(["a.txt": "A headline\n\nRussia struck Idlib.\n"], in: "seeds")
        try FileManager.default.createSymbolicLink(at: input.appendingPathComponent("leak.txt"), withDestinationURL: secret.appendingPathComponent("secret.txt"))
        let report = try SiteBuilder(options: BuildOptions(input: input, output: temp.url.appendingPathComponent("site"), templates: TestPaths.templates)).build()
        #expect(report.articles == 1)
        #expect(report.diagnostics.contains { $0.file == "leak.txt" && $0.message.contains("symbolic link pointing outside") })
    }

    @Test func aSymbolicLinkInsideTheInputFolderIsRead() throws {
        let temp = try TemporaryDirectory()
        let input = try temp.write(["a.txt": "A headline\n\nRussia struck Idlib.\n", "more/b.txt": "Another headline\n\nTurkey closed the border.\n"], in: "seeds")
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("c.txt").path, withDestinationPath: "more/b.txt")
        let report = try SiteBuilder(options: BuildOptions(input: input, output: temp.url.appendingPathComponent("site"), templates: TestPaths.templates)).build()
        #expect(report.skipped == 0)
        #expect(report.diagnostics.contains { $0.file == "more/b.txt" && $0.message.contains("same text as c.txt") }, "the link's text was read: \(report.diagnostics)")
    }

    @Test func hugeNamesAndManyEntitiesStayBounded() throws {
        let longName = String(repeating: "Maarat al-Numan ", count: 700)
        let many = (0..<2000).map { "the village of Qarya\($0)" }.joined(separator: ", ")
        let gazetteerEntries = (0..<2000).map { "  - name: Qarya\($0)\n    kind: village\n    parent: Idlib Governorate\n" }.joined()
        let site = try TestSite([
            "long.txt": "\(longName)\n\n\(longName) was shelled.\n",
            "many.txt": "Many villages\n\nStrikes hit \(many).\n",
            "gazetteer.yaml": "places:\n" + gazetteerEntries,
        ])
        #expect(site.report.articles == 2)
        let many2 = try #require(try site.json("articles").first { $0["file"] as? String == "many.txt" })
        #expect((many2["places"] as? [String])?.count ?? 0 >= 2000)
    }

    /// 10,000 actors named in one sentence: one page each, every name linked in the article once,
    /// and each actor page quotes only the words around its name (it used to quote the whole
    /// 170 KB sentence, which made a 1.7 GB site and took 5 GB of memory).
    @Test func tenThousandActorsInOneArticle() throws {
        let names = (0..<10_000).map { "Liwa Number\($0)" }
        let site = try TestSite([
            "gazetteer.yaml": "actors:\n" + names.map { "  - name: \($0)\n    kind: armed_group\n" }.joined(),
            "many.txt": "Ten thousand brigades\n\nFighters of \(names.joined(separator: ", ")) clashed near Idlib.\n",
        ])
        #expect(site.report.actors == 10_000)
        let article = site.text("articles/ten-thousand-brigades/index.html")
        // Each name is linked once in the text and once in the article's list of actors.
        #expect(article.components(separatedBy: "href=\"../../actors/liwa-number").count - 1 == 20_000)
        let page = site.text("actors/liwa-number5000/index.html")
        #expect(page.contains("Liwa Number5000") && page.utf8.count < 20_000)
    }

    @Test func oversizedFilesAreSkippedWithoutBeingRead() throws {
        let temp = try TemporaryDirectory()
        let input = try temp.write(["a.txt": "A headline\n\nRussia struck Idlib.\n"], in: "seeds")
        let huge = input.appendingPathComponent("huge.txt")
        FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 100 * 1024 * 1024)   // sparse: 100 MB on paper, nothing on disk
        try handle.close()
        let report = try SiteBuilder(options: BuildOptions(input: input, output: temp.url.appendingPathComponent("site"), templates: TestPaths.templates)).build()
        #expect(report.articles == 1)
        #expect(report.diagnostics.contains { $0.file == "huge.txt" && $0.message.contains("over the 5000000-byte limit") })
    }

    @Test func aTenMegabyteLineIsProcessedInBoundedTime() throws {
        let line = String(repeating: "Russian jets struck Saraqib and Idlib again ", count: 240_000)
        let bytes = Array(("Headline\n\n" + line + "\n").utf8)
        #expect(bytes.count > 10_000_000)
        let raw = try RawArticle(file: "long.txt", format: .text, bytes: bytes)
        let (article, _) = try SeedArticles.assembler.assemble(raw)
        #expect(article.places.first?.count ?? 0 >= 240_000)
        #expect(CMark.html(from: article.body).count > 10_000_000)
    }
}
