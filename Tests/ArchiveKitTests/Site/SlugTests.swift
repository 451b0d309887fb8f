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
}
