@testable import ArchiveKit
import Testing

@Suite struct SentenceSplitterTests {
    @Test func splitsWithoutBreakingAbbreviations() {
        let text = "U.S. Secretary of State Mike Pompeo spoke on Jan. 12. Gen. Hassan left. \"We will return,\" he said."
        #expect(SentenceSplitter.sentences(text) == [
            "U.S. Secretary of State Mike Pompeo spoke on Jan. 12.", "Gen. Hassan left.", "\"We will return,\" he said.",
        ])
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
