import Foundation

/// Small helpers shared by the inline SVG drawings (charts and maps).
///
/// The SVG is written by this module, not by an article, and is inserted into pages unescaped
/// (`{{{ }}}`); so every piece of text that goes into it (names, titles) passes `escape`.
enum SVGMarkup {
    /// Text made safe for element content and double-quoted attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// A number with at most `decimals` decimals and no trailing zeros ("12.5", "3"), the same on every machine.
    static func number(_ value: Double, decimals: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format: "%.\(decimals)f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// "1 article", "3 articles".
    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
