@testable import ArchiveKit
import Testing

/// Which extractions survive a gazetteer edit: those of articles that never looked up every word
/// of a changed spelling. (`GazetteerEditTests` holds whole rebuilds to clean builds.)
@Suite struct GazetteerChangeTests {
    static let base = Gazetteer(
        actors: [Actor(name: "Syrian Observatory for Human Rights", kind: .ngoMonitor, aliases: ["SOHR", "the Observatory"]),
                 Actor(name: "Russia", kind: .state, aliases: ["Moscow"]),
                 Actor(name: "Turkey", kind: .state)],
        places: [Place(name: "Syria", kind: .country, actor: "Syrian government"),
                 Place(name: "Idlib Governorate", kind: .governorate, parent: "Syria", aliases: ["Idlib province"]),
                 Place(name: "Saraqib", kind: .city, parent: "Idlib Governorate"),
                 Place(name: "Turkey", kind: .country, actor: "Turkey"),
                 Place(name: "Azaz", kind: .town, parent: "Syria")]
    )

    /// What an extraction that looked up these words recorded.
    static func lookedUp(_ text: String) -> LookedUpKeys {
        LookedUpKeys(hashes: WordTokenizer.words(text).map { LookedUpKeys.hash($0.key) })
    }

    static func editing(_ edit: (inout Gazetteer) -> Void) -> GazetteerChange {
        var new = base
        edit(&new)
        return GazetteerChange(from: base, to: new)
    }

    @Test func theSameGazetteerKeepsEverything() {
        let change = GazetteerChange(from: Self.base, to: Self.base)
        #expect(!change.changesEverything && change.spellingCount == 0)
        #expect(change.keeps(Self.lookedUp("The Observatory said Russian jets struck Saraqib")))
    }

    @Test func aNewAliasReExtractsOnlyArticlesThatLookedUpAllItsWords() {
        let change = Self.editing {
            $0.upsert(Actor(name: "Syrian Observatory for Human Rights", kind: .ngoMonitor, aliases: ["SOHR", "the Observatory", "Britain-based war monitor"]))
        }
        #expect(!change.keeps(Self.lookedUp("The Britain-based war monitor said")), "the new alias")
        #expect(!change.keeps(Self.lookedUp("SOHR said")), "an old spelling of the edited entry")
        #expect(change.keeps(Self.lookedUp("Britain said the war would end")), "some of its words only")
        #expect(change.keeps(Self.lookedUp("Russian jets struck Saraqib")))
    }

    @Test func aPlaceMovedElsewhereReExtractsArticlesNamingWhatLiesInIt() {
        let change = Self.editing { $0.upsert(Place(name: "Idlib Governorate", kind: .governorate, parent: nil, aliases: ["Idlib province"])) }
        #expect(!change.keeps(Self.lookedUp("Jets struck Saraqib")), "Saraqib's parent chain changed")
        #expect(!change.keeps(Self.lookedUp("Fighting in Idlib province")))
        #expect(change.keeps(Self.lookedUp("Turkey reopened the crossing at Azaz")))
    }

    @Test func aChangedActorReExtractsArticlesNamingAPlaceThatStandsForIt() {
        let change = Self.editing { $0.upsert(Actor(name: "Turkey", kind: .state, aliases: ["Ankara"])) }
        #expect(!change.keeps(Self.lookedUp("Ankara said")), "the new alias")
        #expect(!change.keeps(Self.lookedUp("Refugees fled to Turkey")), "the place Turkey stands for the actor")
        #expect(change.keeps(Self.lookedUp("Jets struck Saraqib")))
    }

    @Test func aNewAcronymReExtractsArticlesWithThatWordAlone() {
        // "KNMC" becomes an acronym kept in all-capitals headlines, whatever else the article says.
        let change = Self.editing { $0.upsert(Actor(name: "Kafr Nabl Media Centre", kind: .media, aliases: ["KNMC activists"])) }
        #expect(!change.keeps(Self.lookedUp("KNMC REPORTS SHELLING")))
        #expect(change.keeps(Self.lookedUp("Jets struck Saraqib")))
    }

    @Test func entriesInAnotherOrderReExtractEverything() {
        let reordered = Gazetteer(actors: Self.base.actors.reversed(), places: Self.base.places)
        #expect(GazetteerChange(from: Self.base, to: reordered).changesEverything)
        #expect(!GazetteerChange(from: Self.base, to: reordered).keeps(LookedUpKeys()))
    }

    @Test func aSpellingOfArticlesOnlyReExtractsEverything() {
        let change = Self.editing { $0.upsert(Actor(name: "Turkey", kind: .state, aliases: ["al"])) }
        #expect(change.changesEverything)
    }

    @Test func theKeysFindWhatWentIn() throws {
        let keys = Self.lookedUp("Russian jets struck Saraqib and Maarat al-Numan")
        let key = { (word: String) in LookedUpKeys.hash(WordTokenizer.words(word)[0].key) }
        #expect(keys.mayContainAll([key("Saraqib"), key("Numan")]))
        #expect(!keys.mayContainAll([key("Azaz")]))
        #expect(LookedUpKeys().mayContainAll([]) && !LookedUpKeys().mayContainAll([key("Azaz")]))
        // Hashes out of order (a damaged cache entry) are not searched: anything may be there.
        let damaged = try #require(LookedUpKeys(bytes: [9, 0, 0, 0, 1, 0, 0, 0]))
        #expect(damaged.mayContainAll([key("Azaz")]))
        #expect(LookedUpKeys(bytes: [1, 0, 0]) == nil)
        // FNV-1a (0xaf63dc4c8601ec8c for "a") folded: the same in every process (the cache outlives it), unlike `Hasher`.
        #expect(LookedUpKeys.hash("a") == 0xaf63_dc4c ^ 0x8601_ec8c)
    }
}
