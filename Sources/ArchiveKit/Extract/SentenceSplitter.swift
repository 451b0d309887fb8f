/// Splits English news prose into sentences, without being fooled by "U.S.", "Gen." or "Jan. 12".
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "prof", "rep", "sen", "gov", "jr", "sr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "approx", "est",
        "brig", "adm", "cpl", "pvt", "rev", "hon", "pres", "dept", "univ", "inc", "co", "ltd", "corp",
    ]

    /// The sentences of `text`, trimmed, in order.
    public static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        // Characters for the rules, and where each starts in `text`, so that a sentence is copied
        // out of `text` in one piece instead of being rebuilt character by character.
        var chars: [Character] = []
        var bounds: [String.Index] = []
        chars.reserveCapacity(text.utf8.count)
        bounds.reserveCapacity(text.utf8.count + 1)
        var position = text.startIndex
        for character in text {
            bounds.append(position)
            chars.append(character)
            position = text.utf8.index(position, offsetBy: character.utf8.count)
        }
        bounds.append(text.endIndex)
        var start = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "." || c == "!" || c == "?" {
                var end = i + 1
                while end < chars.count, "\"”’')]".contains(chars[end]) { end += 1 }
                guard end < chars.count, chars[end] == " " || chars[end] == "\n" else { i += 1; continue }
                var next = end
                while next < chars.count, chars[next] == " " || chars[next] == "\n" { next += 1 }
                guard next < chars.count else { break }
                let n = chars[next]
                let startsSentence = n.isUppercase || n.isNumber || "\"“‘'(".contains(n)
                if startsSentence && !(c == "." && isAbbreviation(chars, before: i)) {
                    let sentence = text[bounds[start]..<bounds[end]].trimmingWhitespace()
                    if !sentence.isEmpty { result.append(sentence) }
                    start = next
                    i = next
                    continue
                }
            }
            i += 1
        }
        let rest = text[bounds[min(start, chars.count)]...].trimmingWhitespace()
        if !rest.isEmpty { result.append(rest) }
        return result
    }

    /// `true` when the word ending at `index` (a period) is an abbreviation or an initial.
    static func isAbbreviation(_ chars: [Character], before index: Int) -> Bool {
        var j = index - 1
        while j >= 0, chars[j].isLetter || chars[j] == "." { j -= 1 }
        let word = String(chars[(j + 1)..<index])
        if word.count == 1, word.first!.isUppercase { return true }          // initials: "A. Smith", "U.S."
        if word.contains(".") { return true }                                  // "U.S", "a.m"
        return abbreviations.contains(word.lowercasedFast())
    }

    /// Cuts `sentence` to at most `limit` characters at a word boundary, adding "…" when cut,
    /// and drops a final period: the form used for derived titles and descriptions.
    public static func headline(from sentence: String, limit: Int = 90) -> String {
        var text = sentence.trimmingWhitespace()
        if text.count > limit {
            let cut = text.prefix(limit)
            let boundary = cut.lastIndex(of: " ") ?? cut.endIndex
            text = String(cut[..<boundary]).trimmingCharacters(in: CharacterSet(charactersIn: " ,;:–—-"))
            return text + "…"
        }
        while let last = text.last, last == "." || last == " " { text.removeLast() }
        return text
    }

    /// The words of `sentence` within about `context` characters either side of `range`, with
    /// "…" where text was left out: what an entity page quotes, so that one sentence listing
    /// 10,000 names does not end up whole on 10,000 pages. Costs O(`context`), not O(sentence).
    public static func excerpt(of sentence: String, around range: Range<String.Index>, context: Int = 150) -> String {
        guard sentence.utf8.count > 2 * context else { return sentence }
        var from = range.lowerBound, to = range.upperBound
        for _ in 0..<context where from > sentence.startIndex { from = sentence.index(before: from) }
        for _ in 0..<context where to < sentence.endIndex { to = sentence.index(after: to) }
        if from > sentence.startIndex, let space = sentence[from..<range.lowerBound].firstIndex(of: " ") { from = sentence.index(after: space) }
        if to < sentence.endIndex, let space = sentence[range.upperBound..<to].lastIndex(of: " ") { to = space }
        let middle = sentence[from..<to].trimmingCharacters(in: CharacterSet(charactersIn: " ,;:"))
        return (from > sentence.startIndex ? "…" : "") + middle + (to < sentence.endIndex ? "…" : "")
    }
}

import Foundation
