@testable import ArchiveKit
import Testing

@Suite struct TextDecodingTests {
    @Test func readsUTF8WithAndWithoutBOM() throws {
        #expect(try TextDecoding.decode(Array("Idlib’s".utf8)).text == "Idlib’s")
        let withBOM = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Idlib".utf8))
        #expect(withBOM.text == "Idlib")
        #expect(withBOM.notes == ["removed UTF-8 byte-order mark"])
    }

    @Test func readsUTF16WithBOM() throws {
        let le: [UInt8] = [0xFF, 0xFE] + "Ma‘arrat\r\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + "Ma‘arrat".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoding.decode(le).text == "Ma‘arrat\n")
        #expect(try TextDecoding.decode(be).text == "Ma‘arrat")
    }

    @Test func readsWindows1252WhenNotUTF8() throws {
        // 0x93/0x94 curly quotes, 0x97 em dash, 0xE9 é.
        let decoded = try TextDecoding.decode([0x93, 0x48, 0x69, 0x94, 0x20, 0x97, 0x20, 0x63, 0x61, 0x66, 0xE9])
        #expect(decoded.text == "“Hi” — café")
        #expect(decoded.notes.contains("decoded as Windows-1252"))
    }

    @Test func readsWindows1252BytesInsideAnOtherwiseUTF8File() throws {
        // UTF-8 "Hélène’s" then a pasted Windows-1252 “quote” (0x93/0x94) and en dash 0x96.
        let bytes = Array("Hélène’s ".utf8) + [0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20] + Array("Jürgen".utf8)
        let decoded = try TextDecoding.decode(bytes)
        #expect(decoded.text == "Hélène’s “Hi” – Jürgen")
        #expect(decoded.notes == ["decoded as UTF-8 with 3 bytes read as Windows-1252"])
    }

    @Test(arguments: [
        ("Assadâ€™s forces", "Assad’s forces"),
        ("â€œceasefireâ€\u{9D} talks", "“ceasefire” talks"),
        ("Ã©vacuation â€“ Idlib", "évacuation – Idlib"),
        ("Müller and Ça va", "Müller and Ça va"),
    ])
    func repairsMojibakeOnlyWhenTheBytesProveIt(input: String, expected: String) throws {
        #expect(try TextDecoding.decode(Array(input.utf8)).text == expected)
    }

    @Test func normalisesLineEndings() throws {
        #expect(try TextDecoding.decode(Array("a\r\nb\rc\n".utf8)).text == "a\nb\nc\n")
    }

    @Test func rejectsBinaryContent() {
        #expect(throws: TextDecoding.Failure.binary(offset: 4)) { try TextDecoding.decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]) }
    }

    @Test func removesDirectionOverridesAndControls() throws {
        let decoded = try TextDecoding.decode(Array("evil\u{202E}txt.exe\u{0007}".utf8))
        #expect(decoded.text == "eviltxt.exe")
    }
}
