@testable import ArchiveKit
import Testing

@Suite struct FrontMatterTests {
    func article(title: String = "Russia strikes Idlib", date: PublicationDate? = PublicationDate(year: 2020, month: 1, day: 27)) -> Article {
        Article(slug: Slug(title), file: "a.txt", original: Array("x".utf8), sha256: "ab", metadata: ArticleMetadata(title: title, date: date, source: "Reuters"),
                body: "Body text.", cleaning: ["removed Source: line (line 9)"],
                actors: [EntityMention(entity: EntityID(.actor, "Russia"), count: 2, spellings: ["Russia"], firstSentence: "", salience: 1)])
    }

    @Test func writesFixedKeysInAFixedOrder() {
        let page = FrontMatter.markdownPage(for: article())
        #expect(page.hasPrefix("---\ntitle: Russia strikes Idlib\ntitle_derived: false\ndate: 2020-01-27\ndate_source: null\nsource: Reuters\n"))
        #expect(page.contains("actors:\n- Russia\n"))
        #expect(page.contains("places: []\n"))
        #expect(page.hasSuffix("---\n\nBody text.\n"))
    }

    @Test(arguments: ["true", "null", "2020-01-01", "12", "Title: with colon", "- dash", "'quoted'", "# hash", "Line\nbreak"])
    func quotesTitlesThatYAMLWouldMisread(title: String) throws {
        let page = FrontMatter.markdownPage(for: article(title: title))
        let fields = try CuratedFields(parsing: page, file: "a.md")
        #expect(fields.title == title)
    }

    @Test func curatedFieldsRoundTrip() throws {
        let fields = try CuratedFields(parsing: FrontMatter.markdownPage(for: article()), file: "a.md")
        #expect(fields.date == .some(PublicationDate(year: 2020, month: 1, day: 27)))
        #expect(fields.source == .some("Reuters"))
        #expect(fields.actors == ["Russia"])
        #expect(fields.body.trimmingCharacters(in: .whitespacesAndNewlines) == "Body text.")
        #expect(fields.unknownKeys.isEmpty)
    }

    @Test func invalidYAMLReportsTheLineAndColumnInTheFile() {
        let text = "---\ntitle: \"Unclosed\ndate: 2020-01-01\n---\nBody\n"
        #expect {
            _ = try CuratedFields(parsing: text, file: "bad.md")
        } throws: { error in
            guard case let .frontMatter(file, line, _, _) = error as? ArchiveError else { return false }
            return file == "bad.md" && (2...4).contains(line) && "\(error)".contains("bad.md:\(line):")
        }
    }

    @Test func aWrongTypeNamesTheKey() {
        #expect {
            _ = try CuratedFields(parsing: "---\ntitle: [a, b]\n---\nBody\n", file: "t.md")
        } throws: { "\($0)".contains("'title' must be text") && "\($0)".contains("t.md:2:") }
    }

    @Test func missingFrontMatterSaysWhatToDo() {
        #expect {
            _ = try CuratedFields(parsing: "Just text\n", file: "t.md")
        } throws: { "\($0)".contains("must start with a '---' line") }
    }
}
