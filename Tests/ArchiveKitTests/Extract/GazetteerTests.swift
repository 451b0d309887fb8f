@testable import ArchiveKit
import Testing

@Suite struct GazetteerTests {
    let gazetteer = SeedArticles.gazetteer

    @Test func theBuiltInGazetteerIsLargeAndConsistent() {
        #expect(gazetteer.places.count >= 600)
        #expect(gazetteer.actors.count >= 420)
        for place in gazetteer.places {
            if let parent = place.parent { #expect(gazetteer.place(named: parent) != nil, "\(place.name) → \(parent)") }
            if let actor = place.actor { #expect(gazetteer.actor(named: actor) != nil, "\(place.name) stands for \(actor)") }
        }
        for actor in gazetteer.actors {
            if let group = actor.affiliation { #expect(gazetteer.actor(named: group) != nil, "\(actor.name) → \(group)") }
        }
        let governorates = gazetteer.places.filter { $0.kind == .governorate && $0.parent == "Syria" }
        #expect(governorates.count == 14)
    }

    /// Every spelling listed for an entry finds that entry, and no other entry of the same category:
    /// folding rules and aliases must never make two entries collide. The exception is a real homonym, a
    /// spelling two places both list (Midan in Aleppo and in Damascus): it finds one of them, and the
    /// article's other places decide which (`EntityExtractorTests.homonymsFollowTheArticlesOtherPlaces`).
    @Test func everyAliasFindsItsOwnEntry() {
        let extractor = EntityExtractor(index: EntityIndex(gazetteer: gazetteer))
        var listedBy: [String: Set<String>] = [:]
        for place in gazetteer.places {
            for alias in [place.name] + place.aliases {
                listedBy[homonymKey(alias), default: []].insert(place.name)
            }
        }
        var collisions: [String] = []
        for place in gazetteer.places {
            for alias in [place.name] + place.aliases.map({ $0.hasPrefix("~") ? String($0.dropFirst()) : $0 }) {
                let found = extractor.extract([.init("Fighting in \(alias) continued.", part: .body)]).places.map(\.entity.name)
                let homonyms = listedBy[homonymKey(alias)] ?? []
                guard let first = found.first, first == place.name || homonyms.count > 1 && homonyms.contains(first) else {
                    collisions.append("\(alias) → \(found) instead of \(place.name)")
                    continue
                }
            }
        }
        for actor in gazetteer.actors {
            for alias in [actor.name] + actor.aliases {
                let found = extractor.extract([.init("\(alias) said on Monday.", part: .body)])
                let names = (found.actors + found.places).map(\.entity.name)
                if !names.contains(actor.name) { collisions.append("\(alias) → \(names) instead of \(actor.name)") }
            }
        }
        #expect(collisions == [])
    }

    /// Folded key of a spelling without its articles, the way two entries can list the same name.
    func homonymKey(_ alias: String) -> String {
        WordTokenizer.words(alias.hasPrefix("~") ? String(alias.dropFirst()) : alias).filter { !$0.isArticle }.map(\.key).joined(separator: " ")
    }

    @Test func aLocalGazetteerExtendsAndOverridesTheBuiltIn() throws {
        let local = try GazetteerLoader.parse("""
        places:
          - name: Kafr Nubl Hill
            kind: mountain
            parent: Idlib Governorate
            lat: 35.6
            lon: 36.5
            aliases: [Kafr Nubl heights]
        actors:
          - name: Russia
            kind: state
            aliases: [the Russians]
        """, path: "gazetteer.yaml")
        let merged = gazetteer.merging(local)
        #expect(merged.place(named: "Kafr Nubl Hill")?.parent == "Idlib Governorate")
        #expect(merged.actor(named: "Russia")?.aliases == ["the Russians"])
        #expect(merged.actors.count == gazetteer.actors.count)
    }

    @Test func invalidGazetteerEntriesNameTheLine() {
        #expect {
            _ = try GazetteerLoader.parse("places:\n  - name: X\n    kind: planet\n", path: "g.yaml")
        } throws: { "\($0)".contains("g.yaml:2:") && "\($0)".contains("unknown kind 'planet'") }
    }
}
