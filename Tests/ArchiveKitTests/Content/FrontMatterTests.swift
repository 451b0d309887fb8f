@testable import ArchiveKit
import Testing
import Yams

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

    /// The shortcut past Yams's type patterns must write every string as Yams's own
    /// representation does: plain where Yams writes it plain, quoted where it quotes.
    @Test func scalarShortcutAgreesWithYams() throws {
        let words = ["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
                     "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~", "", "<<", "="]
        let endings = ["", "\n", "\r\n", "\u{2028}", " ", "x", " of the Syrian war"]
        var samples = words.flatMap { word in endings.map { word + $0 } }
        samples += ["12", "-12", "+0x1F", "0o17", "1_000", "3.5e10", ".inf", "-.Inf", ".nan", "1:30", "190:20:30.15",
                    "2020-01-01", "2020-1-1 10:00:00", "2020-01-01T10:00:00.5Z", "2020-01-01 10:00:00 +03:00",
                    "2020 was a hard year in Idlib", "12 killed in strikes on Idlib", ".hidden file name here",
                    "Yesterday in Idlib", "Nobody was hurt", "Offensive on Saraqib", "Turkey", "Tal Abyad",
                    "Hay'at Tahrir al-Sham", "Title: with colon", "- dash and more words", "# hash and more words",
                    "'quoted' and more words", "Idlib\n", "قصف على إدلب", "Syrian Democratic Forces",
                    "Idlib", "Assad", "Aleppo", "Nob", "onion", "ONE", "yes\u{85}", "no\u{0B}", "null\u{2029}", "OFF\u{0C}"]
        for sample in samples {
            let ours = try Yams.serialize(node: .scalar(FrontMatter.scalar(sample)), width: -1, allowUnicode: true)
            let yams = try Yams.serialize(node: .scalar(sample.represented()), width: -1, allowUnicode: true)
            #expect(ours == yams, "\(sample.debugDescription)")
        }
        #expect(FrontMatter.scalar("FALSE").style == .singleQuoted && FrontMatter.scalar("12").style == .singleQuoted)
        #expect(FrontMatter.scalar("Offensive on Saraqib").style == .any)
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
