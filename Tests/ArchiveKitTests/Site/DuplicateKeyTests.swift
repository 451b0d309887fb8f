@testable import ArchiveKit
import Testing

/// The duplicate check's key is computed on bytes for speed; it must stay the digest of the text
/// lowercased with each run of white space made one space, as defined scalar by scalar below.
@Suite struct DuplicateKeyTests {
    /// The definition, one Unicode scalar at a time.
    static func definition(_ text: String) -> String {
        var bytes: [UInt8] = []
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { UTF8.encode(lower) { bytes.append($0) } }
        }
        return ArticleAssembler.sha256(bytes)
    }

    static let texts = [
        "", " ", "\n\t ", "Idlib", "  Idlib  \r\n under FIRE\u{0B}\u{0C}again ",
        "Maarat al-Numan\u{00A0}shelled", "line\u{2028}separator\u{2029}paragraph\u{3000}ideographic\u{0085}next",
        "Ma\u{0300}arrat, MAʿARRAT, Maʿarrat", "İstanbul and Σίσυφος ΟΔΟΣ", "معرة النعمان تحت القصف",
        "Émigrés — “quoted” – dash … ellipsis", "flag 🇸🇾 and 👩‍👩‍👧 family", "\u{FEFF}byte order mark", "tab\tand\u{1680}ogham",
    ]

    @Test(arguments: texts)
    func agreesWithTheDefinition(_ text: String) {
        #expect(ArchiveLibrary.duplicateKey(text) == DuplicateKeyTests.definition(text))
    }

    @Test func caseAndSpacingDoNotMatterButLettersDo() {
        #expect(ArchiveLibrary.duplicateKey("Aleppo  IS\nunder siege") == ArchiveLibrary.duplicateKey(" aleppo is under SIEGE "))
        #expect(ArchiveLibrary.duplicateKey("Aleppo is under siege") != ArchiveLibrary.duplicateKey("Aleppo is undersiege"))
    }
}
