@testable import ArchiveKit
import Testing

/// `lowercasedFast()` must give exactly what `lowercased()` gives: extraction depends on it.
@Suite struct LowercasingTests {
    @Test(arguments: [
        "", "Russian jets struck SARAQIB", "already lower", "Ma’arrat AL-NU‘MAN", "İDLİB and İstanbul", "ΣΟΦΙΑ", "STRASSE Straße",
        "Erdoğan ERDOĞAN", "إدلب Idlib", "Cafe\u{301} CAFE\u{301}", "Ǆemal ǅ", "🇸🇾 Syria", "ＡＢＣ full width",
    ])
    func matchesTheStandardLibrary(_ text: String) {
        #expect(text.lowercasedFast() == text.lowercased())
        #expect(text.dropFirst().lowercasedFast() == text.dropFirst().lowercased(), "on a Substring")
    }
}
