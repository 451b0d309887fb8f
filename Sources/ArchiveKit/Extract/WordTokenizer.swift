/// One word of a text, with what name matching needs to know about it.
public struct Word: Sendable, Hashable {
    /// Where the word sits in the text it was cut from.
    public var range: Range<String.Index>
    /// Folded key (see `NameFolding`); articles ("al", "el", "ez-") are all "al".
    public var key: String
    /// `true` for an Arabic article ("al", "el", or a hyphenated "ez-", "as-", "ash-"…).
    public var isArticle: Bool
    /// Letter case of the word as written, for the case rules of short and capitalised names.
    public var shape: Shape
    /// The word's letters in lowercase, unfolded, to tell an acronym ("SANA") from a word ("Sunni").
    public var lowercased: String

    /// The letter case of a word.
    public enum Shape: Sendable, Hashable {
        case lower, capitalised, allCaps
    }
}

/// Cuts text into words for name matching.
///
/// A word is a run of letters and digits, with apostrophes inside it ("Ma'arrat"); a possessive
/// "'s" is dropped ("Assad's" → "Assad"), as is anything glued after an apostrophe-s
/// ("Baghdadi'sso-called" → "Baghdadi"). Hyphens and periods separate words, so
/// "al-Numan" is two words and "U.S." is "U", "S".
public enum WordTokenizer {
    static let standaloneArticles: Set<String> = ["al", "el"]
    static let hyphenArticles: Set<String> = ["al", "el", "ez", "az", "as", "ash", "ad", "ar", "an", "at", "es", "ed", "en", "et", "ul"]

    /// The words of `text`, in order.
    public static func words(_ text: String) -> [Word] {
        var result: [Word] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard isWordScalar(scalars[index]) else { index = scalars.index(after: index); continue }
            let start = index
            var end = index
            var keyEnd: String.Index? = nil
            while end < scalars.endIndex {
                let s = scalars[end]
                if isWordScalar(s) { end = scalars.index(after: end); continue }
                if isApostrophe(s) {
                    let next = scalars.index(after: end)
                    guard next < scalars.endIndex, isWordScalar(scalars[next]) else { break }
                    if scalars[next] == "s" || scalars[next] == "S" {
                        // Possessive: the name ends here; skip what is glued after it.
                        keyEnd = end
                        var skip = next
                        while skip < scalars.endIndex, isWordScalar(scalars[skip]) { skip = scalars.index(after: skip) }
                        end = skip
                        break
                    }
                    end = next
                    continue
                }
                break
            }
            let nameEnd = keyEnd ?? end
            let word = Substring(text.unicodeScalars[start..<nameEnd])
            let lower = word.lowercasedFast()
            let hyphenAfter = nameEnd < scalars.endIndex && (scalars[nameEnd] == "-" || scalars[nameEnd] == "\u{2010}")
            let isArticle = standaloneArticles.contains(lower) || (hyphenAfter && hyphenArticles.contains(lower))
            result.append(Word(range: start..<nameEnd, key: isArticle ? "al" : NameFolding.key(word), isArticle: isArticle,
                               shape: shape(of: word), lowercased: lower))
            index = end
        }
        return result
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        isLetter(s) || (s.value >= 0x30 && s.value <= 0x39)
    }

    /// `properties.isAlphabetic`, with a fast path for ASCII (most of the text), where a property lookup dominated.
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (0x61...0x7A).contains(s.value | 0x20) : s.properties.isAlphabetic
    }

    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s.value >= 0x41 && s.value <= 0x5A : s.properties.isUppercase
    }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{2018}" || s == "\u{02BC}" || s == "\u{02BF}" || s == "\u{02BE}" || s == "`"
    }

    static func shape(of word: Substring) -> Word.Shape {
        guard let first = word.unicodeScalars.first, isUppercase(first) else { return .lower }
        var letters = 0
        for scalar in word.unicodeScalars where isLetter(scalar) {
            guard isUppercase(scalar) else { return .capitalised }
            letters += 1
        }
        if letters >= 2 { return .allCaps }
        return .capitalised
    }
}
