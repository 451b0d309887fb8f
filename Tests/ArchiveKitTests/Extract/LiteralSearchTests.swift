@testable import ArchiveKit
import Testing

/// The byte search that replaced Foundation's `contains` in the line classifier.
@Suite struct LiteralSearchTests {
    @Test func findsANeedleAnywhereAndOnlyWhereItIs() {
        let line = "a child in Idlib (photo by omar haj kadour/afp via getty images)"
        #expect(line.containsLiteral("(photo by"))
        #expect(line.containsLiteral("a child"), "at the start")
        #expect(line.containsLiteral("getty images)"), "at the very end")
        #expect(!line.containsLiteral("getty images) "), "one byte past the end")
        #expect(!line.containsLiteral("(photo:"))
        #expect(!"getty".containsLiteral("getty images"), "a needle longer than the text")
        #expect("gggetty".containsLiteral("ggetty"), "a false start before the match")
        #expect("anything".containsLiteral(""))
    }

    @Test func searchesSubstringsAndTextBeyondASCII() {
        let line = "Ma’arrat al-Nu’man: photo: AFP"
        #expect(line.dropFirst(5).containsLiteral("photo:"))
        #expect(!line.dropLast(5).containsLiteral("afp"))
        #expect(line.containsLiteral("Nu’man"))
    }
}
