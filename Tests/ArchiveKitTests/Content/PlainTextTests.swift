@testable import ArchiveKit
import Testing

@Suite struct PlainTextTests {
    static let documents = [
        "# Title\n\nFirst *paragraph* with [a link](https://example.org).\nSame paragraph.\n\n> Quoted.\n\n- item one\n- item two\n",
        "Windows line\r\nends stay in one line.\r\n\r\nSecond?\n\nThird.",
        "\n\n\nLeading blank lines.\n\n\n\nTrailing blank lines.\n\n\n",
        "Lone carriage return\rinside.\n\\*escaped\\* and `code`.\n\n\u{2028}Line separator paragraph.",
        "", "\n", "One line without a break", "Ends with a break\n", "\r\n", "\r\r\n\n",
        "Emoji 👍🏽\nflag 🇸🇾\n\nArabic \u{625}\u{62F}\u{644}\u{628}\n\ne\u{301}\ncombining after a break",
    ]

    /// Lines are found one at a time; the paragraphs must be the ones cutting the whole document
    /// with `split(separator: "\n")` gives, for every limit.
    @Test(arguments: documents)
    func paragraphsFollowTheSplitDefinition(markdown: String) {
        for limit in [1, 2, 3, Int.max] {
            let paragraphs = PlainText.paragraphs(ofMarkdown: markdown, limit: limit).map { Array($0.utf8) }
            #expect(paragraphs == PlainTextTests.definition(markdown, limit: limit).map { Array($0.utf8) }, "limit \(limit)")
        }
    }

    @Test func stopsAtTheLimitAndStripsMarkup() {
        let markdown = "# Head\n\nOne *two* [three](u).\nFour.\n\nFive.\n\nSix."
        #expect(PlainText.paragraphs(ofMarkdown: markdown, limit: 2) == ["Head", "One two three. Four."])
        #expect(PlainText.paragraphs(ofMarkdown: markdown).count == 4)
    }

    /// `paragraphs(ofMarkdown:limit:)` as it was written first: the whole document split into lines.
    static func definition(_ markdown: String, limit: Int) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        func endParagraph() {
            let paragraph = current.joined(separator: " ")
            if !paragraph.isEmpty { paragraphs.append(paragraph) }
            current = []
        }
        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine.trimmingSpaces()
            if line.isEmpty {
                if !current.isEmpty { endParagraph() }
                if paragraphs.count >= limit { return paragraphs }
                continue
            }
            while let first = line.first, "#>".contains(first) { line = String(line.dropFirst()).trimmingSpaces() }
            if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { line = String(line.dropFirst(2)) }
            current.append(PlainText.stripInline(line))
        }
        if !current.isEmpty { endParagraph() }
        return Array(paragraphs.prefix(limit))
    }
}
