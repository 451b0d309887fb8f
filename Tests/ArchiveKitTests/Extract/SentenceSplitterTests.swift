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
}
