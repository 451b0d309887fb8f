import Foundation

/// A URL- and file-system-safe name: lowercase ASCII letters, digits and single hyphens.
///
/// Slugs name folders in `site/`, so they are the one place where untrusted text becomes a path.
/// Whatever the input, a slug never contains `/`, `.`, `..`, spaces or control characters,
/// is never empty and is at most `maxLength` characters long.
public struct Slug: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: String

    /// Longest slug produced from free text; keeps paths readable and far below file-system limits.
    public static let maxLength = 60

    /// Slugifies free text: folds diacritics ("Erdoğan" → "erdogan"), drops apostrophes,
    /// turns every other run of non-alphanumerics into one hyphen and cuts at a word boundary.
    /// - Parameters:
    ///   - text: Any text, untrusted.
    ///   - fallback: Used when nothing usable is left (for example a title in Arabic script).
    public init(_ text: String, fallback: String = "untitled") {
        if Slug.isSlug(text) {   // already a slug (a cached article's, say): slugifying it would give it back
            self.init(verbatim: text)
        } else {
            self.init(slugifying: text, fallback: fallback)
        }
    }

    /// `init(_:fallback:)` without the shortcut for text that is already a slug.
    init(slugifying text: String, fallback: String) {
        let folded = text.applyingTransform(.toLatin, reverse: false)?
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil) ?? text
        var out = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9":
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            case "A"..."Z":
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            case "'", "\u{2019}", "\u{2018}", "\u{02BF}", "\u{02BE}", "`":
                continue
            default:
                pendingHyphen = true
            }
        }
        if out.count > Slug.maxLength {
            let cut = out.prefix(Slug.maxLength)
            if let lastHyphen = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: lastHyphen) > 20 {
                out = String(cut[..<lastHyphen])
            } else {
                out = String(cut)
            }
        }
        if out.isEmpty { out = Slug(fallback, fallback: "untitled").value }
        self.value = out
    }

    private init(verbatim: String) { self.value = verbatim }

    /// Whether `text` is its own slug: 1 to `maxLength` lowercase ASCII letters, digits and single
    /// hyphens, with no hyphen first or last. Checked on bytes, without the Unicode folding.
    static func isSlug(_ text: String) -> Bool {
        let bytes = text.utf8
        guard !bytes.isEmpty, bytes.count <= maxLength, bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            let letterOrDigit = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            guard letterOrDigit || (byte == UInt8(ascii: "-") && previous != UInt8(ascii: "-")) else { return false }
            previous = byte
        }
        return true
    }

    /// The slug with a suffix appended ("damascus" + "2" → "damascus-2"); the suffix is slugified too.
    public func appending(_ suffix: String) -> Slug {
        Slug(verbatim: value + "-" + Slug(suffix).value)
    }

    public var description: String { value }

    public static func < (lhs: Slug, rhs: Slug) -> Bool { lhs.value < rhs.value }
}
