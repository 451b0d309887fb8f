@testable import ArchiveKit
import Testing

@Suite struct EntityExtractorTests {
    let extractor = SeedArticles.assembler.entities

    func names(_ text: String) -> (actors: [String], places: [String]) {
        let found = extractor.extract(SentenceSplitter.sentences(text).map { .init($0, part: .body) })
        return (found.actors.map(\.entity.name), found.places.map(\.entity.name))
    }

    @Test(arguments: [
        ("Turkey backs the opposition.", "Turkey", true),
        ("Millions fled to Turkey.", "Turkey", false),
        ("Moscow has allowed the offensive.", "Russia", true),
        ("A summit was held in Moscow.", "Moscow", false),
        ("Damascus said the strikes would go on.", "Syrian government", true),
        ("The regime in Damascus is isolated.", "Damascus", false),
    ])
    func aCountryOrCapitalIsAnActorWhenItActsAndAPlaceWhereThingsHappen(text: String, name: String, isActor: Bool) {
        let found = names(text)
        #expect((isActor ? found.actors : found.places).contains(name), "\(found)")
    }

    @Test func metonymsAndForcesFindTheirState() {
        let found = names("Russian jets and the Kremlin backed Assad's forces, while Iranian militias and Turkish forces moved in.")
        for actor in ["Russia", "Syrian government", "Iran", "Turkey"] { #expect(found.actors.contains(actor), "\(actor)") }
        #expect(!found.actors.contains("Bashar al-Assad"))
    }

    @Test func theTurkishBorderIsAPlace() {
        #expect(names("They walked to the Turkish border.").places.contains("Turkey"))
    }

    @Test func acronymsNeedTheirCapitals() {
        #expect(!names("The mostly Sunni population fled.").actors.contains("SANA"))
        #expect(!names("Give us the facts and let us go.").actors.contains("United States"))
        #expect(names("The US-backed fighters advanced.").actors.contains("United States"))
        #expect(names("Nato allies met.").actors.contains("NATO"))
    }

    @Test func daraaAndDarayaStayApart() {
        #expect(names("Shelling hit Daraa.").places == ["Daraa"])
        #expect(names("Shelling hit Daraya.").places == ["Daraya"])
    }

    @Test func aCityIsNotItsGovernorate() {
        #expect(names("Idlib province was bombed.").places == ["Idlib Governorate"])
        #expect(names("Idlib city was bombed.").places == ["Idlib City"])
        #expect(names("Aleppo was bombed.").places == ["Aleppo"])
    }
}

/// Context rules: datelines and credits, provinces named by their capital, homonyms, names that need a cue.
@Suite struct EntityContextTests {
    let extractor = SeedArticles.assembler.entities

    func names(_ text: String, lead: Bool = false) -> (actors: [String], places: [String]) {
        let found = extractor.extract(SentenceSplitter.sentences(text).enumerated().map { .init($0.element, part: lead && $0.offset == 0 ? .lead : .body) })
        return (found.actors.map(\.entity.name), found.places.map(\.entity.name))
    }

    @Test(arguments: [
        "BEIRUT (Reuters) - Shelling hit Saraqeb.", "DAMASCUS, Syria (AP) — Shelling hit Saraqeb.", "MOSCOW, January 20. /TASS/. Shelling hit Saraqeb.",
        "ERBIL, Kurdistan Region – Shelling hit Saraqeb.", "AMMAN: Shelling hit Saraqeb.", "Lattakia, SANA – Shelling hit Saraqeb.",
    ])
    func aDatelineIsNotPartOfTheStory(lead: String) {
        let found = names(lead, lead: true)
        #expect(found.places == ["Saraqib"], "\(found)")
        #expect(found.actors.isEmpty, "\(found)")
    }

    @Test func creditsAndBasesAreNotPartOfTheStory() {
        let found = names("The UK-based Syrian Observatory counted 12 dead in Ariha. Reporting by Ellen Francis in Beirut; Editing by Alison Williams")
        #expect(found.places == ["Ariha"])
        #expect(found.actors == ["Syrian Observatory for Human Rights"])
    }

    @Test(arguments: [
        ("Shelling hit the northern countryside of Hama.", "Hama Governorate"), ("Shelling hit Hama's countryside.", "Hama Governorate"),
        ("Shelling hit northern Hama.", "Hama Governorate"), ("Shelling hit the province of Homs.", "Homs Governorate"),
        ("Shelling hit the city of Hama.", "Hama"), ("Clashes hit eastern Aleppo.", "Aleppo"), ("Clashes hit southern Damascus.", "Damascus"),
        ("Fighters left for the Damascus countryside.", "Rif Dimashq Governorate"), ("Jets bombed the Latakia mountains.", "Latakia Governorate"),
    ])
    func aProvincialCapitalCanNameItsProvince(text: String, place: String) {
        #expect(names(text).places == [place])
    }

    @Test(arguments: [
        ("Erdogan asked Moscow to stand aside.", "Russia", true), ("Talks between Ankara and Moscow went on.", "Turkey", true),
        ("The road between Damascus and Homs was cut.", "Damascus", false), ("Families fled to the border with Jordan.", "Jordan", false),
        ("Russia's envoy arrived.", "Russia", true), ("Fighting in Syria's Idlib province went on.", "Syria", false),
        ("Drones hit Russia's Hmeimim airbase.", "Russia", true), ("Aid reached the US base at Al-Tanf.", "United States", true),
        ("Rockets fired from Syria hit Hermel.", "Syria", false), ("Assurances from Russia and Iran did not help.", "Iran", true),
        ("Syria and Russia were accused of war crimes.", "Russia", true),
    ])
    func theWordsAroundANameDecideStateOrTerritory(text: String, name: String, isActor: Bool) {
        let found = names(text)
        #expect((isActor ? found.actors : found.places).contains(name), "\(found)")
    }

    @Test func aNationalityDescribingSomeoneIsNotTheState() {
        #expect(!names("The Lebanese militant group Hezbollah sent fighters.").actors.contains("Lebanon"))
        #expect(!names("A French charity runs the clinic.").actors.contains("France"))
        #expect(names("Russian and Syrian warplanes struck.").actors.contains("Russia"))
    }

    @Test func homonymsFollowTheArticlesOtherPlaces() {
        #expect(names("Shelling hit Sinjar in Idlib province.").places.contains("Sinjar (Idlib)"))
        #expect(names("Yazidis returned to Sinjar in northern Iraq.").places.contains("Sinjar"))
        #expect(names("Jets struck Midan in Aleppo.").places.contains("Al-Midan (Aleppo)"))
        #expect(names("Mortars fell on Midan in Damascus.").places.contains("Al-Midan (Damascus)"))
    }

    @Test func aFoldedNameGoesToTheEntrySpelledAsWritten() {
        #expect(names("Drones were launched from Kabani.").places == ["Kabani"])
        #expect(names("Fighters retook Kobani.").places == ["Kobani"])
        #expect(names("Fighters took al-Mayadin.").places == ["Mayadin"])
    }

    @Test func aNameThatIsAlsoACommonWordNeedsACue() {
        #expect(names("Gunmen stormed the villages of al-Shabki, Rami and Tarba.").places == ["Al-Shabki", "Rami", "Tarba"])
        #expect(names("Rami Abdulrahman said so.").places == [])
        #expect(names("Rami said the road was cut.").places == [])
        #expect(names("Families fled into Syrian territory.").places.allSatisfy { $0 != "Souran" })
    }

    @Test func operationsNamedAfterPlacesAreNotThePlaces() {
        #expect(!names("Towns in the Euphrates Shield area were shelled.").places.contains("Euphrates"))
    }

    @Test func theStoryHappenedInTheMostWeightyGovernorate() {
        let found = extractor.extract([
            .init("Syrian troops enter Saraqeb as Turkey sends armour into Idlib", part: .title),
            .init("Syrian forces entered Saraqeb on Thursday, cutting the M5 highway that links Damascus with Aleppo.", part: .lead),
            .init("Turkish President Erdogan spoke in Ankara.", part: .body),
        ])
        #expect(found.places.first?.entity.name == "Saraqib")
        #expect(zip(found.places, found.places.dropFirst()).allSatisfy { $0.salience >= $1.salience })
    }

    @Test func aSummitAbroadComesFirstOnlyWhenItOutweighsSyria() {
        let geneva = extractor.extract([.init("Syria talks open in Geneva", part: .title), .init("Delegates met in Geneva on Monday.", part: .lead)])
        #expect(geneva.places.first?.entity.name == "Geneva")
        let idlib = extractor.extract([.init("Leaders meet in Moscow over Idlib", part: .title),
                                       .init("Shelling of Idlib and Saraqeb went on as leaders met in Moscow.", part: .lead)])
        #expect(idlib.places.first.map { EntityScorer.region(of: $0.entity.name, in: SeedArticles.gazetteer) } == "Idlib Governorate")
    }

    @Test func extractionTimeGrowsLinearlyWithTheText() {
        let sentence = "Russian jets struck Maaret al-Numan and Kafr Ruma in Idlib province, the Syrian Observatory said. "
        let clock = ContinuousClock()
        let short = clock.measure { _ = extractor.extract([.init(String(repeating: sentence, count: 200), part: .body)]) }
        let long = clock.measure { _ = extractor.extract([.init(String(repeating: sentence, count: 1600), part: .body)]) }
        #expect(long < short * 20, "8× the text took \(long) against \(short)")
    }
}
