@testable import ArchiveKit
import Testing

/// What the build does to shrink the articles it holds must not change them as values.
@Suite struct SharedTextTests {
    /// Longer than 15 bytes, so each string has storage of its own (shorter ones live inline).
    static let name = "Hayat Tahrir al-Sham", spelling = "Hayat Tahrir al-Sham (HTS)"
    static let sentence = "Hayat Tahrir al-Sham said the town of Maarat al-Numan was shelled overnight."

    /// Builds each string afresh, as extraction does, so that equal text starts in separate storage.
    func article(_ number: Int) -> Article {
        func fresh(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }
        let mention = EntityMention(entity: EntityID(.actor, fresh(SharedTextTests.name)), count: 2,
                                    spellings: [fresh(SharedTextTests.spelling), fresh(SharedTextTests.name)],
                                    firstSentence: fresh(SharedTextTests.sentence), salience: 1)
        let place = EntityMention(entity: EntityID(.place, fresh("Maarat al-Numan District")), count: 1, spellings: [fresh("Maarat al-Numan")],
                                  firstSentence: fresh(SharedTextTests.sentence), salience: 0.5)
        var body = "First paragraph of article \(number)."
        for _ in 0..<50 { body += " More text." }
        return Article(slug: Slug("story \(number)"), file: "\(number).txt", original: [], sha256: "\(number)",
                       metadata: ArticleMetadata(title: "Story \(number)"), body: body, actors: [mention], places: [place])
    }

    /// Whether two strings use the same storage.
    func sameStorage(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { first in b.withUTF8 { $0.baseAddress == first.baseAddress } }
    }

    @Test func sharedNamesKeepEachArticleEqualAndOneCopyOfEachName() {
        let names = SharedNames()
        var first = article(1), second = article(2)
        let (before1, before2) = (first, second)
        #expect(!sameStorage(first.actors[0].entity.name, second.actors[0].entity.name))
        names.share(in: &first)
        names.share(in: &second)
        #expect(first == before1 && second == before2)
        #expect(sameStorage(first.actors[0].entity.name, second.actors[0].entity.name))
        #expect(sameStorage(first.places[0].entity.name, second.places[0].entity.name))
        #expect(sameStorage(first.actors[0].spellings[0], second.actors[0].spellings[0]))
        // The name, as a spelling, is the same copy as the name of the entity.
        #expect(sameStorage(second.actors[0].spellings[1], first.actors[0].entity.name))
        first.actors[0].spellings.withUnsafeBufferPointer { one in
            second.actors[0].spellings.withUnsafeBufferPointer { two in #expect(one.baseAddress == two.baseAddress) }
        }
    }

    @Test func compactTextKeepsTheArticleEqualAndSharesRepeatedSentences() {
        var compacted = article(1)
        let before = compacted
        #expect(!sameStorage(compacted.actors[0].firstSentence, compacted.places[0].firstSentence))
        compacted.compactText()
        #expect(compacted == before)
        #expect(sameStorage(compacted.actors[0].firstSentence, compacted.places[0].firstSentence))
        #expect(!sameStorage(compacted.body, before.body))
    }

    /// Texts equal only up to Unicode normalisation are different bytes, and each keeps its own.
    @Test func textsEqualOnlyUpToNormalisationAreNotShared() {
        let composed = "Ma\u{E9}arrat al-Numan district", decomposed = "Mae\u{301}arrat al-Numan district"
        func article(_ text: String) -> Article {
            let mention = EntityMention(entity: EntityID(.place, text), count: 1, spellings: [text], firstSentence: "In \(text).", salience: 1)
            return Article(slug: Slug("a"), file: "a.txt", original: [], sha256: "0", metadata: ArticleMetadata(title: "A"), body: "Body.",
                           actors: [EntityMention(entity: EntityID(.actor, "Russia"), count: 1, spellings: ["Russia"], firstSentence: "In \(composed).", salience: 1)],
                           places: [mention])
        }
        let names = SharedNames()
        var first = article(composed), second = article(decomposed)
        names.share(in: &first)
        names.share(in: &second)
        second.compactText()
        #expect(Array(first.places[0].entity.name.utf8) == Array(composed.utf8))
        #expect(Array(second.places[0].entity.name.utf8) == Array(decomposed.utf8))
        #expect(Array(second.places[0].spellings[0].utf8) == Array(decomposed.utf8))
        #expect(Array(second.places[0].firstSentence.utf8) == Array("In \(decomposed).".utf8))
        #expect(Array(second.actors[0].firstSentence.utf8) == Array("In \(composed).".utf8))
    }
}
