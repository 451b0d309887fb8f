/// Finds where known spellings of entities occur in a run of text, for linking them in an
/// article body (`CMark.html(from:linking:)`).
///
/// A spelling matches only as whole words: the characters around it must not be letters,
/// digits or combining marks, so "Iran" is not found in "Iranian". Text is compared as Unicode
/// scalars, which is several times faster than comparing `Character`s. Typographic and
/// straight apostrophes count as
/// the same character, because cmark's smart punctuation turns `'` into `’` while the
/// spellings were taken from the plain text. When several spellings start at the same place,
/// the longest wins ("Idlib province" before "Idlib").
struct MentionMatcher: Sendable {
    /// One occurrence: which target and which characters of the searched text.
    struct Match: Equatable, Sendable {
        /// Index into the targets the matcher was made with.
        var target: Int
        /// Scalar offsets into the searched text.
        var range: Range<Int>
    }

    typealias Spelling = (scalars: [Unicode.Scalar], target: Int)
    /// Folded spellings starting with an ASCII scalar, by that scalar's value, longest first.
    private let asciiSpellings: [[Spelling]]
    /// Folded spellings starting with any other scalar, longest first.
    private let otherSpellings: [Unicode.Scalar: [Spelling]]

    /// - Parameter targets: For each target, the spellings that name it. Empty spellings are ignored.
    init(spellings targets: [[String]]) {
        var all: [(spelling: Spelling, text: String)] = []
        for (target, names) in targets.enumerated() {
            for name in Set(names) where !name.isEmpty {
                all.append(((name.unicodeScalars.map(MentionMatcher.fold), target), name))
            }
        }
        // Longest first, so the first spelling found at a position is the longest there; ties
        // in a fixed order so the result never depends on set iteration.
        let ordered = all.sorted {
            $0.spelling.scalars.count != $1.spelling.scalars.count ? $0.spelling.scalars.count > $1.spelling.scalars.count
                : ($0.spelling.target, $0.text) < ($1.spelling.target, $1.text)
        }.map(\.spelling)
        var ascii = [[Spelling]](repeating: [], count: 128)
        var other: [Unicode.Scalar: [Spelling]] = [:]
        for spelling in ordered {
            let first = spelling.scalars[0]
            if first.isASCII { ascii[Int(first.value)].append(spelling) } else { other[first, default: []].append(spelling) }
        }
        asciiSpellings = ascii
        otherSpellings = other
    }

    /// The earliest match at or after `start` in `text` (folded with `fold`), longest at a tie.
    /// - Parameters:
    ///   - text: The characters to search, already folded with `MentionMatcher.fold`.
    ///   - start: Offset where the search begins.
    func firstMatch(in text: [Unicode.Scalar], from start: Int = 0) -> Match? {
        guard start < text.count else { return nil }
        for position in start..<text.count {
            let first = text[position]
            let candidates = first.isASCII ? asciiSpellings[Int(first.value)] : otherSpellings[first] ?? []
            guard !candidates.isEmpty else { continue }
            if position > 0, MentionMatcher.isWordCharacter(text[position - 1]) { continue }
            for spelling in candidates {
                let end = position + spelling.scalars.count
                guard end <= text.count, text[position..<end].elementsEqual(spelling.scalars) else { continue }
                if end < text.count, MentionMatcher.isWordCharacter(text[end]) { continue }
                return Match(target: spelling.target, range: position..<end)
            }
        }
        return nil
    }

    /// Every scalar that may not touch a match on either side: letters, digits and marks (a
    /// combining accent belongs to the letter before it).
    static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return WordTokenizer.isWordScalar(c) }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The scalar as matching sees it: every apostrophe is the straight one.
    static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c {
        case "\u{2019}", "\u{2018}", "\u{02BC}", "`": "'"
        default: c
        }
    }
}
