/// Turns the bytes of a collected article into text, whatever encoding the scraper saved.
///
/// Order of decisions: a byte-order mark wins (UTF-8, UTF-16 LE/BE); otherwise valid UTF-8 is
/// UTF-8; a NUL byte means the file is binary; anything else is read sequence by sequence:
/// well-formed UTF-8 sequences as UTF-8 and every other byte as Windows-1252 (a superset of
/// the printable Latin-1 range), so a paragraph pasted from a Windows editor into a UTF-8
/// file comes out right, and so does a file that is all Windows-1252 or Latin-1. Afterwards double-encoded UTF-8 ("â€™") is
/// repaired where the bytes prove it, and line endings become `\n`.
public enum TextDecoding {
    /// The result of decoding: the text plus what had to be done to get it.
    public struct Decoded: Sendable, Equatable {
        public var text: String
        /// Human-readable notes for the article's `cleaning` list ("decoded as Windows-1252").
        public var notes: [String]
    }

    /// Why bytes could not be read as an article.
    public enum Failure: Error, Equatable, Sendable {
        case binary(offset: Int)
        case invalidUTF16
    }

    /// Decodes bytes into text with `\n` line endings.
    /// - Parameter bytes: The file's bytes, untrusted.
    /// - Throws: `Failure.binary` when the bytes contain NUL outside UTF-16.
    public static func decode(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        var notes: [String] = []
        var text: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            notes.append("removed UTF-8 byte-order mark")
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            text = try decodeUTF16(Array(bytes.dropFirst(2)), littleEndian: bytes[0] == 0xFF)
            notes.append("decoded as UTF-16 \(bytes[0] == 0xFF ? "LE" : "BE")")
        } else if let nul = bytes.firstIndex(of: 0) {
            throw .binary(offset: nul)
        } else if let utf8 = String(validating: bytes, as: UTF8.self) {
            text = utf8
        } else {
            let mixed = decodeMixed(bytes)
            text = mixed.text
            if mixed.utf8Sequences > 0 {
                notes.append("decoded as UTF-8 with \(mixed.legacyBytes) byte\(mixed.legacyBytes == 1 ? "" : "s") read as Windows-1252")
            } else {
                notes.append("decoded as Windows-1252")
            }
        }
        let (repaired, fixes) = repairMojibake(text)
        if fixes > 0 {
            text = repaired
            notes.append("repaired \(fixes) double-encoded character\(fixes == 1 ? "" : "s")")
        }
        let (normalised, endings) = normaliseLineEndings(text)
        if let endings { notes.append("normalised \(endings) line endings") }
        let (clean, removed) = removeControlCharacters(normalised)
        if removed > 0 { notes.append("removed \(removed) control or direction-override character\(removed == 1 ? "" : "s")") }
        return Decoded(text: clean, notes: notes)
    }

    // MARK: - Encodings

    static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) throws(Failure) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252 bytes 0x80–0x9F; `nil` marks the five undefined positions, kept as C1 code points.
    static let windows1252High: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    /// Decodes well-formed UTF-8 sequences as UTF-8 and every other byte as Windows-1252.
    static func decodeMixed(_ bytes: [UInt8]) -> (text: String, utf8Sequences: Int, legacyBytes: Int) {
        var scalars = String.UnicodeScalarView()
        var utf8Sequences = 0, legacyBytes = 0
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
                i += 1
                continue
            }
            let length = (0xC2...0xDF).contains(byte) ? 2 : (0xE0...0xEF).contains(byte) ? 3 : (0xF0...0xF4).contains(byte) ? 4 : 0
            if length > 0, i + length <= bytes.count, let sequence = String(validating: bytes[i..<(i + length)], as: UTF8.self) {
                scalars.append(contentsOf: sequence.unicodeScalars)
                utf8Sequences += 1
                i += length
                continue
            }
            if (0x80...0x9F).contains(byte), let mapped = windows1252High[Int(byte) - 0x80] {
                scalars.append(Unicode.Scalar(mapped)!)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
            legacyBytes += 1
            i += 1
        }
        return (String(scalars), utf8Sequences, legacyBytes)
    }

    /// The byte a character has in Windows-1252 (C1 code points map to themselves), or `nil`.
    static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        if v < 0x80 || (0xA0...0xFF).contains(v) || (0x80...0x9F).contains(v) { return UInt8(v) }
        if let i = windows1252High.firstIndex(of: v) { return UInt8(0x80 + i) }
        return nil
    }

    // MARK: - Mojibake

    /// Repairs runs of characters that are UTF-8 bytes misread as Windows-1252 ("â€™" → "’").
    ///
    /// A run is replaced only when every character maps back to a byte and the bytes form valid
    /// UTF-8 with at least one multi-byte character, which ordinary text ("Müller", "Ça va")
    /// never does. A lost final 0x9D (the undefined byte of "”") is restored.
    static func repairMojibake(_ text: String) -> (String, Int) {
        guard text.unicodeScalars.contains(where: { $0.value == 0xC3 || $0.value == 0xE2 || $0.value == 0xC2 || $0.value == 0xD8 || $0.value == 0xD9 })
        else { return (text, 0) }
        var out = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        var fixes = 0
        func flush() {
            defer { run.removeAll() }
            guard run.count >= 2 else { out.append(contentsOf: run); return }
            let bytes = run.compactMap(windows1252Byte)
            if bytes.count == run.count {
                if let fixed = String(validating: bytes, as: UTF8.self), fixed.unicodeScalars.count < run.count {
                    out.append(contentsOf: fixed.unicodeScalars); fixes += fixed.unicodeScalars.count; return
                }
                if bytes.last == 0x80, bytes.count >= 2, let fixed = String(validating: bytes + [0x9D], as: UTF8.self) {
                    out.append(contentsOf: fixed.unicodeScalars); fixes += fixed.unicodeScalars.count; return
                }
            }
            out.append(contentsOf: run)
        }
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x80 { run.append(scalar) } else { flush(); out.append(scalar) }
        }
        flush()
        return (String(out), fixes)
    }

    // MARK: - Lines and control characters

    static func normaliseLineEndings(_ text: String) -> (String, String?) {
        guard text.contains("\r") else { return (text, nil) }
        // "\r\n" is a single Character in Swift, so look at scalars.
        let scalars = text.unicodeScalars
        var out = String.UnicodeScalarView()
        var sawCRLF = false, sawCR = false
        var previousCR = false
        for s in scalars {
            if s == "\r" { out.append("\n"); previousCR = true; continue }
            if s == "\n" && previousCR { sawCRLF = true; previousCR = false; continue }
            if previousCR { sawCR = true }
            previousCR = false
            out.append(s)
        }
        if previousCR { sawCR = true }
        let kind = sawCRLF && sawCR ? "CRLF and CR" : sawCRLF ? "CRLF" : "CR"
        return (String(out), kind)
    }

    /// Removes C0/C1 controls (except tab and newline), stray byte-order marks and the
    /// bidirectional overrides that can make text display in a misleading order.
    static func removeControlCharacters(_ text: String) -> (String, Int) {
        // The usual case, nothing to remove, without copying the text scalar by scalar.
        guard text.unicodeScalars.contains(where: isUnwantedControl) else { return (text, 0) }
        var removed = 0
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isUnwantedControl(s) { removed += 1 } else { out.append(s) }
        }
        return removed == 0 ? (text, 0) : (String(out), removed)
    }

    /// `true` for characters that never belong in archived text: C0/C1 controls other than tab and
    /// newline, byte-order marks, and bidirectional embeddings, overrides and isolates.
    public static func isUnwantedControl(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0xFEFF, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
