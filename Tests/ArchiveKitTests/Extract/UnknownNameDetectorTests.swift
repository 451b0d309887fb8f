@testable import ArchiveKit
import Testing

@Suite struct UnknownNameDetectorTests {
    let detector = UnknownNameDetector(index: SeedArticles.assembler.entities.index)

    func found(_ sentence: String) -> [String] {
        detector.candidates(in: [(file: "a.txt", sentences: [sentence])]).map { "\($0.category.rawValue):\($0.name):\($0.kind)" }
    }

    @Test(arguments: [
        ("Shelling hit the village of Qarqour on Monday.", "place:Qarqour:village"),
        ("Fighters entered the town of Tell Hadya at dawn.", "place:Tell Hadya:town"),
        ("Aid reached Al-Kafat camp near the border.", "place:Al-Kafat:camp"),
        ("\"We will hold,\" said spokesman Abu Omar al-Halabi.", "actor:Abu Omar al-Halabi:person"),
        ("Brigadier General Jamil Saleh led the attack.", "actor:Jamil Saleh:person"),
        ("\"We held,\" said Yasser Abdul Rahim, a commander of the rebels.", "actor:Yasser Abdul Rahim:person"),
        ("Fighters of the Sultan Suleiman Shah Brigade advanced.", "actor:Sultan Suleiman Shah Brigade:armed_group"),
    ])
    func cuesProposeNames(sentence: String, expected: String) {
        #expect(found(sentence).contains(expected), "\(found(sentence))")
    }

    @Test func villagesInAListAreAllProposed() {
        let names = found("Jets struck the villages of Qarqour, Ziyadiyah and Bsanqul.")
        for name in ["Qarqour", "Ziyadiyah", "Bsanqul"] { #expect(names.contains("place:\(name):village"), "\(names)") }
    }

    @Test func namesTheGazetteerKnowsAreNotProposed() {
        #expect(found("Shelling hit the town of Saraqeb and Idlib province.") == [])
        #expect(found("General Suheil al-Hassan visited the front.") == [])
    }

    @Test func candidatesAreCountedAndSortedByCountThenName() {
        let documents = [
            (file: "b.txt", sentences: ["Shelling hit the village of Qarqour.", "The village of Bsanqul was spared."]),
            (file: "a.txt", sentences: ["Shelling hit the village of Qarqour again."]),
        ]
        let candidates = detector.candidates(in: documents)
        #expect(candidates.map(\.name) == ["Qarqour", "Bsanqul"])
        #expect(candidates[0].count == 2 && candidates[0].files == ["a.txt", "b.txt"])
        #expect(candidates[0].context == "Shelling hit the village of Qarqour.")
    }

    @Test func theStubIsGazetteerYAML() throws {
        let candidates = detector.candidates(in: [(file: "a.txt", sentences: [
            "Shelling hit the village of Qarqour in Idlib province.", "\"We held,\" said spokesman Abu Omar al-Halabi of Ahrar al-Sham.",
        ])])
        let stub = UnknownNameDetector.yamlStub(candidates)
        #expect(stub.contains("parent: Idlib Governorate"))
        #expect(stub.contains("affiliation: Ahrar al-Sham"))
        let parsed = try GazetteerLoader.parse(stub.replacingOccurrences(of: "lat: null", with: "lat: 35.6").replacingOccurrences(of: "lon: null", with: "lon: 36.4"), path: "stub.yaml")
        #expect(parsed.place(named: "Qarqour")?.kind == .village)
        #expect(parsed.actor(named: "Abu Omar al-Halabi")?.kind == .person)
    }
}
