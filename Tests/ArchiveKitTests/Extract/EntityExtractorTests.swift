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
