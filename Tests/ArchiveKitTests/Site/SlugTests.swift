@testable import ArchiveKit
import Testing

@Suite struct SlugTests {
    @Test(arguments: [
        ("Russia Ignores American Demand", "russia-ignores-american-demand"),
        ("Erdoğan's Idlib plan", "erdogans-idlib-plan"),
        ("../../etc/passwd", "etc-passwd"),
        ("/absolute/path", "absolute-path"),
        ("<script>alert(1)</script>", "script-alert-1-script"),
        ("  ", "untitled"),
        ("\u{202E}evil", "evil"),
        ("CON", "con"),
    ])
    func slugsAreSafeAndReadable(text: String, slug: String) {
        #expect(Slug(text).value == slug)
    }

    @Test func slugsAreNeverLongerThanTheLimit() {
        let slug = Slug(String(repeating: "Maarat al-Numan ", count: 700))
        #expect(slug.value.count <= Slug.maxLength)
        #expect(!slug.value.hasSuffix("-"))
    }

    @Test func arabicScriptFallsBackToATransliteration() {
        #expect(Slug("إدلب").value.allSatisfy { $0.isASCII })
        #expect(!Slug("إدلب").value.isEmpty)
    }

    /// A slug is taken as it is (cached articles' slugs are read on every build); that shortcut
    /// must give what slugifying would, and must refuse anything slugifying would change.
    @Test(arguments: ["idlib", "russia-strikes-idlib", "a1-b2", "ma-arrat-al-numan", String(repeating: "a", count: 60),
                      "", "-idlib", "idlib-", "two--hyphens", "Capital", "al_bab", "a.b", "../x", "é", String(repeating: "a", count: 61),
                      "erdogans-idlib-plan-to-keep-the-rebels-away-from-the-turkish-border-posts"])
    func takingASlugAsItIsAgreesWithSlugifyingIt(text: String) {
        let slugified = Slug(slugifying: text, fallback: "untitled")
        #expect(Slug(text) == slugified)
        #expect(Slug.isSlug(text) == (slugified.value == text))
        #expect(Slug(slugified.value) == slugified, "slugifying twice changes nothing")
    }
}
