@testable import ArchiveKit
import Testing

@Suite struct SentenceSplitterTests {
    @Test func splitsWithoutBreakingAbbreviations() {
        let text = "U.S. Secretary of State Mike Pompeo spoke on Jan. 12. Gen. Hassan left. \"We will return,\" he said."
        #expect(SentenceSplitter.sentences(text) == [
            "U.S. Secretary of State Mike Pompeo spoke on Jan. 12.", "Gen. Hassan left.", "\"We will return,\" he said.",
        ])
    }

    /// The splitter copies each sentence out of the text by position; the definition rebuilds it
    /// from its characters. Both must give the same bytes (compared as UTF-8: `String` equality
    /// would accept another normalisation), including where a character has several scalars.
    @Test(arguments: [
        "Idlib fell.\u{301} Then Saraqib. Then Ma\u{301}arrat al-Nu\u{301}man!",
        "Cafe\u{301}. E\u{301}lan returned? \u{1F1F8}\u{1F1FE} Flags. 1. Numbers.",
        "Line one.\r\nLine two. \"Quoted.\" (Aside.) ‘Single’ done. “Double.” Next.",
        "No boundary.\u{00A0}Here. Gen. Hassan, Mr. Smith and U.S. forces. Jan. 12. A. Smith.",
        "Arabic: \u{625}\u{62F}\u{644}\u{628}. Greek Ω. Emoji 👍🏽. End",
        "   .  ! ?  ", "", "One sentence without a stop",
    ])
    func copiesSentencesByteForByte(text: String) {
        let split = SentenceSplitter.sentences(text).map { Array($0.utf8) }
        #expect(split == SentenceSplitterTests.definition(text).map { Array($0.utf8) })
    }

    /// The splitter's rules over an array of characters, each sentence rebuilt from them.
    static func definition(_ text: String) -> [String] {
        var result: [String] = []
        let chars = Array(text)
        var start = 0, i = 0
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
                if (n.isUppercase || n.isNumber || "\"“‘'(".contains(n)) && !(c == "." && SentenceSplitter.isAbbreviation(chars, before: i)) {
                    let sentence = String(chars[start..<end]).trimmingWhitespace()
                    if !sentence.isEmpty { result.append(sentence) }
                    start = next
                    i = next
                    continue
                }
            }
            i += 1
        }
        let rest = String(chars[min(start, chars.count)...]).trimmingWhitespace()
        if !rest.isEmpty { result.append(rest) }
        return result
    }

    @Test func cutsHeadlinesAtAWordBoundary() {
        let long = "Moscow has allowed the Assad regime to attack Idlib despite a ceasefire as it prefers to back strongmen it can control, not revolutions."
        let title = SentenceSplitter.headline(from: long)
        #expect(title == "Moscow has allowed the Assad regime to attack Idlib despite a ceasefire as it prefers to…")
        #expect(title.count <= 91)
        #expect(SentenceSplitter.headline(from: "A short sentence.") == "A short sentence")
    }

    @Test func aShortSentenceIsQuotedWhole() {
        let sentence = "Russian jets struck Saraqib on Monday."
        let range = sentence.range(of: "Saraqib")!
        #expect(SentenceSplitter.excerpt(of: sentence, around: range) == sentence)
    }

    @Test func aLongSentenceIsCutBetweenWordsAroundTheName() {
        let names = (0..<2_000).map { "Liwa Number\($0)" }
        let sentence = "Fighters of " + names.joined(separator: ", ") + " clashed near Idlib."
        let range = sentence.range(of: "Liwa Number1000,")!
        let excerpt = SentenceSplitter.excerpt(of: sentence, around: sentence.index(range.lowerBound, offsetBy: 0)..<sentence.index(before: range.upperBound))
        #expect(excerpt.hasPrefix("…") && excerpt.hasSuffix("…"))
        #expect(excerpt.contains("Liwa Number1000"))
        #expect(excerpt.count <= 2 * 150 + "Liwa Number1000".count + 2)
        let words = excerpt.dropFirst().dropLast().split(separator: " ")
        #expect(words.allSatisfy { sentence.contains($0) })
        #expect(words.first?.first != ",")
    }

    @Test func theStartOfALongSentenceHasNoLeadingEllipsis() {
        let sentence = "Idlib " + String(repeating: "was shelled again and ", count: 100)
        let excerpt = SentenceSplitter.excerpt(of: sentence, around: sentence.range(of: "Idlib")!)
        #expect(excerpt.hasPrefix("Idlib was shelled") && excerpt.hasSuffix("…"))
    }
}
