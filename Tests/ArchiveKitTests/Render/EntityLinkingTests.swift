@testable import ArchiveKit
import Testing

/// Names in an article body become links to their pages, on the cmark tree.
@Suite struct EntityLinkingTests {
    static let idlib = CMark.LinkTarget(spellings: ["Idlib province", "Idlib"], url: "../../places/idlib-governorate/index.html", title: "Idlib Governorate, governorate")
    static let russia = CMark.LinkTarget(spellings: ["Russia", "Moscow"], url: "../../actors/russia/index.html")
    static let assad = CMark.LinkTarget(spellings: ["Assad's forces"], url: "../../actors/syrian-government/index.html")
    static let iran = CMark.LinkTarget(spellings: ["Iran"], url: "../../actors/iran/index.html")

    func link(_ markdown: String, _ targets: [CMark.LinkTarget]) -> String {
        CMark.html(from: markdown, linking: targets)
    }

    @Test func linksOnlyTheFirstMentionOfEachEntity() {
        let html = link("Russia struck Idlib. Russia denied it.\n\nMoscow said Idlib was calm.", [Self.idlib, Self.russia])
        #expect(html == """
            <p><a href="../../actors/russia/index.html">Russia</a> struck <a href="../../places/idlib-governorate/index.html" title="Idlib Governorate, governorate">Idlib</a>. Russia denied it.</p>
            <p>Moscow said Idlib was calm.</p>

            """)
    }

    @Test func neverLinksInsideAHeadingOrAnExistingLink() {
        let html = link("# Russia in Idlib\n\nSee [Russia's statement](https://example.org/russia) on Idlib; Russia agreed.", [Self.idlib, Self.russia])
        #expect(html.contains("<h1>Russia in Idlib</h1>"))
        #expect(html.contains(#"<a href="https://example.org/russia">Russia’s statement</a>"#))
        #expect(html.contains(#"on <a href="../../places/idlib-governorate/index.html" title="Idlib Governorate, governorate">Idlib</a>"#))
        #expect(html.contains(#"<a href="../../actors/russia/index.html">Russia</a> agreed"#))
    }

    @Test func theLongestSpellingWinsAndHidesTheShorterOnesInside() {
        let province = CMark.LinkTarget(spellings: ["Idlib province"], url: "../../places/idlib-governorate/index.html", title: "Idlib Governorate, governorate")
        let idlibCity = CMark.LinkTarget(spellings: ["Idlib"], url: "../../places/idlib/index.html")
        let html = link("Shelling in Idlib province. Later, in Idlib province again, and in Idlib city.", [province, idlibCity])
        #expect(html.contains(#"in <a href="../../places/idlib-governorate/index.html" title="Idlib Governorate, governorate">Idlib province</a>. Later"#))
        #expect(html.contains("in Idlib province again"))
        #expect(html.contains(#"in <a href="../../places/idlib/index.html">Idlib</a> city"#))
    }

    @Test func straightApostrophesInSpellingsMatchTypographicOnesInTheText() {
        let html = link("Assad's forces advanced.", [Self.assad])
        #expect(html == "<p><a href=\"../../actors/syrian-government/index.html\">Assad’s forces</a> advanced.</p>\n")
    }

    @Test(arguments: ["Iranian militias advanced.", "The Irani press.", "MIran said."])
    func matchesOnlyWholeWords(text: String) {
        #expect(!link(text, [Self.iran]).contains("<a "))
    }

    @Test func linksSeveralEntitiesInOneTextNodeAndAcrossEmphasis() {
        let html = link("Iran and *Russia* back Moscow's ally in Idlib.", [Self.iran, Self.russia, Self.idlib])
        #expect(html.hasPrefix(#"<p><a href="../../actors/iran/index.html">Iran</a> and <em><a href="../../actors/russia/index.html">Russia</a></em> back Moscow’s ally in <a"#))
    }

    @Test func escapesTheTitleAndKeepsSafeModeOn() {
        let odd = CMark.LinkTarget(spellings: ["Idlib"], url: "../x/index.html", title: "A \"quoted\" <name>")
        let html = link("Idlib <script>alert(1)</script> <img src=x onerror=alert(1)>", [odd])
        #expect(html.contains(#"title="A &quot;quoted&quot; &lt;name&gt;""#))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
    }

    @Test func withoutTargetsItRendersLikeThePlainFunction() {
        let markdown = "# Title\n\nRussia said \"no\" -- twice.\n"
        #expect(link(markdown, []) == CMark.html(from: markdown))
    }

    @Test func doesNotLinkInsideCode() {
        let html = link("`Russia` is code; Russia is not.", [Self.russia])
        #expect(html == "<p><code>Russia</code> is code; <a href=\"../../actors/russia/index.html\">Russia</a> is not.</p>\n")
    }
}

/// The whole-word matcher behind the linking.
@Suite struct MentionMatcherTests {
    @Test(arguments: [
        ("Russia struck", ["Russia"], 0..<6),
        ("in Maaret al Numan.", ["Maaret al Numan", "Maaret"], 3..<18),
        ("Assad’s forces", ["Assad's forces"], 0..<14),
        ("(Idlib)", ["Idlib"], 1..<6),
    ])
    func findsTheFirstLongestWholeWordMatch(text: String, spellings: [String], range: Range<Int>) {
        let matcher = MentionMatcher(spellings: [spellings])
        #expect(matcher.firstMatch(in: text.unicodeScalars.map(MentionMatcher.fold))?.range == range)
    }

    @Test(arguments: ["Russian jets", "Belarussia", "russia", ""])
    func ignoresPartsOfWordsAndOtherCase(text: String) {
        #expect(MentionMatcher(spellings: [["Russia"]]).firstMatch(in: text.unicodeScalars.map(MentionMatcher.fold)) == nil)
    }

    @Test func neverSplitsALetterFromItsCombiningAccent() {
        let matcher = MentionMatcher(spellings: [["Idlib"]])
        #expect(matcher.firstMatch(in: Array("Idlib\u{0301} town".unicodeScalars)) == nil)
        #expect(matcher.firstMatch(in: Array("Idlib, é".unicodeScalars))?.range == 0..<5)
    }

    @Test func resumesFromAnOffset() {
        let matcher = MentionMatcher(spellings: [["Homs"], ["Hama"]])
        let text = Array("Homs and Hama".unicodeScalars)
        #expect(matcher.firstMatch(in: text, from: 1) == MentionMatcher.Match(target: 1, range: 9..<13))
    }
}
