/// Finds where known spellings of entities occur in a run of text, for linking them in an
/// article body (`CMark.html(from:linking:)`).
///
/// A spelling matches only as whole words: the characters around it must not be letters or
/// digits, so "Iran" is not found in "Iranian". Typographic and straight apostrophes count as
/// the same character, because cmark's smart punctuation turns `'` into `’` while the
/// spellings were taken from the plain text. When several spellings start at the same place,
/// the longest wins ("Idlib province" before "Idlib").
struct MentionMatcher: Sendable {
    /// One occurrence: which target and which characters of the searched text.
    struct Match: Equatable, Sendable {
        /// Index into the targets the matcher was made with.
        var target: Int
        /// Character offsets into the searched text.
        var range: Range<Int>
    }

    /// Folded spellings by their first character, longest first, each with its target.
    private let spellings: [Character: [(characters: [Character], target: Int)]]

    /// - Parameter targets: For each target, the spellings that name it. Empty spellings are ignored.
    init(spellings targets: [[String]]) {
        var all: [(characters: [Character], target: Int)] = []
        for (target, names) in targets.enumerated() {
            for name in Set(names) where !name.isEmpty {
                all.append((name.map(MentionMatcher.fold), target))
            }
        }
        // Longest first, so the first spelling found at a position is the longest there; ties
        // in a fixed order so the result never depends on set iteration.
        let ordered = all.sorted {
            $0.characters.count != $1.characters.count ? $0.characters.count > $1.characters.count
                : ($0.target, String($0.characters)) < ($1.target, String($1.characters))
        }
        spellings = Dictionary(grouping: ordered, by: { $0.characters[0] })
    }

    /// The earliest match at or after `start` in `text` (folded with `fold`), longest at a tie.
    /// - Parameters:
    ///   - text: The characters to search, already folded with `MentionMatcher.fold`.
    ///   - start: Offset where the search begins.
    func firstMatch(in text: [Character], from start: Int = 0) -> Match? {
        guard start < text.count else { return nil }
        for position in start..<text.count {
            guard let candidates = spellings[text[position]] else { continue }
            if position > 0, MentionMatcher.isWordCharacter(text[position - 1]) { continue }
            for spelling in candidates {
                let end = position + spelling.characters.count
                guard end <= text.count, text[position..<end].elementsEqual(spelling.characters) else { continue }
                if end < text.count, MentionMatcher.isWordCharacter(text[end]) { continue }
                return Match(target: spelling.target, range: position..<end)
            }
        }
        return nil
    }

    /// Every character that may not touch a match on either side.
    static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber
    }

    /// The character as matching sees it: every apostrophe is the straight one.
    static func fold(_ c: Character) -> Character {
        switch c {
        case "\u{2019}", "\u{2018}", "\u{02BC}", "`": "'"
        default: c
        }
    }
}
