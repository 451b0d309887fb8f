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
        let chars = Array(text)
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
                    let sentence = String(chars[start..<end]).trimmingCharacters(in: .whitespacesAndNewlines)
                    if !sentence.isEmpty { result.append(sentence) }
                    start = next
                    i = next
                    continue
                }
            }
            i += 1
        }
        let rest = String(chars[min(start, chars.count)...]).trimmingCharacters(in: .whitespacesAndNewlines)
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
        return abbreviations.contains(word.lowercased())
    }

    /// Cuts `sentence` to at most `limit` characters at a word boundary, adding "…" when cut,
    /// and drops a final period: the form used for derived titles and descriptions.
    public static func headline(from sentence: String, limit: Int = 90) -> String {
        var text = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.count > limit {
            let cut = text.prefix(limit)
            let boundary = cut.lastIndex(of: " ") ?? cut.endIndex
            text = String(cut[..<boundary]).trimmingCharacters(in: CharacterSet(charactersIn: " ,;:–—-"))
            return text + "…"
        }
        while let last = text.last, last == "." || last == " " { text.removeLast() }
        return text
    }
}

import Foundation
