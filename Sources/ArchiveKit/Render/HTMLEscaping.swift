import Mustache

/// HTML escaping of every `{{value}}` in the templates, on bytes.
///
/// swift-mustache escapes `<`, `>`, `&`, `"` and `'` by walking the `Character`s of each value,
/// which took about 6 % of a clean build. This escapes the same five characters by scanning
/// UTF-8 bytes, and returns a value with none of them (most values) without copying it.
/// Unlike the walk over `Character`s, it also escapes a `<` that a combining mark follows.
struct HTMLEscaping: MustacheContentType {
    /// Put before every template: makes `HTML` (ours) the content type of the whole template.
    /// It stands alone on its line, so Mustache drops the line and the output is unchanged.
    static let pragma = "{{% CONTENT_TYPE: HTML }}\n"
    /// Lines `pragma` adds before the template's own first line, for error messages.
    static let pragmaLines = 1

    /// Registers this escaping as Mustache's `HTML` content type (idempotent).
    static func register() {
        MustacheContentTypes.register(HTMLEscaping(), named: "HTML")
    }

    func escapeText(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }

    /// `text` with `<`, `>`, `&`, `"` and `'` replaced by entities, as swift-mustache writes them.
    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: needsEscaping) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
