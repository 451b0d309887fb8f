@testable import ArchiveKit
import Foundation
import Testing

/// The single-line rules of ingest, each pinned by a table; plus a guard that no story
/// paragraph of any fixture or seed would be taken for metadata or boilerplate.
@Suite struct IngestRulesTests {
    static let sources = SourceNames(gazetteer: SeedArticles.gazetteer)
    static let extractor = StructureExtractor(sources: sources)

    @Test(arguments: [
        ("By Jane Smith", "Jane Smith", nil),
        ("By Thomas Reid, Reuters", "Thomas Reid", "Reuters"),
        ("By Tamara Nasr, CNN", "Tamara Nasr", "CNN"),
        ("By Orhan Kaya, Tom Barrow", "Orhan Kaya, Tom Barrow", nil),
        ("By Rosa Whitfield, Middle East Correspondent", "Rosa Whitfield", nil),
        ("By BASSEM HADDAD and ZEYNEP ARSLAN", "Bassem Haddad and Zeynep Arslan", nil),
        ("by Ammar Hassan and Justin Carter", "Ammar Hassan and Justin Carter", nil),
        ("Author Chase Lindqvist (Reuters, AFP)", "Chase Lindqvist", nil),
        ("By Reuters Staff", nil, "Reuters"),
        ("By VOA News", nil, "Voice of America"),
        ("By TOI STAFF and AGENCIES", nil, nil),
        ("DAILY SABAH WITH AGENCIES", nil, nil),
    ] as [(String, String?, String?)])
    func readsBylines(line: String, names: String?, outlet: String?) throws {
        if line.hasPrefix("DAILY") {
            #expect(LineClassifier.byline(line, sources: IngestRulesTests.sources) == nil)
            #expect(LineClassifier.staffCredit(line, sources: IngestRulesTests.sources) == "Daily Sabah")
            return
        }
        let result = try #require(LineClassifier.byline(line, sources: IngestRulesTests.sources))
        #expect(result.names == names)
        #expect(result.outlet == outlet)
    }

    @Test(arguments: ["By the time the convoy reached Aleppo, the snow had turned to slush.", "By Tuesday, the town had fallen.", "by admin"])
    func sentencesStartingWithByAreNotBylines(line: String) {
        #expect(LineClassifier.byline(line, sources: IngestRulesTests.sources)?.names == nil)
    }

    @Test(arguments: [
        ("Nadia Osman", "Nadia Osman"), ("Martin Hale in Beirut", "Martin Hale"), ("Rosa Whitfield, Middle East Correspondent", "Rosa Whitfield"),
        ("Bashar al-Assad", nil), ("Syrian civil war", nil), ("Kurdistan 24", nil), ("The Washington Post", nil), ("Who is fighting?", nil),
    ] as [(String, String?)])
    func recognisesANameStandingAlone(line: String, name: String?) {
        #expect(LineClassifier.personName(line, sources: IngestRulesTests.sources) == name)
    }

    @Test(arguments: [
        ("BEIRUT (AP) — A suspected attack", "AP"), ("(Reuters) - Syrian forces", "Reuters"), ("(CNN)Syrian government forces", "CNN"),
        ("MOSCOW, January 28. /TASS/. Syrian troops", "TASS"), ("Damascus, SANA – President al-Assad", "SANA"), ("Idleb, SANA- Army units", "SANA"),
        ("SOHR: Regime forces", "Syrian Observatory for Human Rights"), ("QAMISHLI, Syria (North Press) – Factions", "North Press"),
        ("BEIRUT, LEBANON (5:30 P.M.) – The Syrian Arab Army", nil), ("Saraqeb, Syria: Syrian regime forces", nil),
        ("Hayat Tahrir al-Sham (HTS) said on Monday", nil), ("Turkish-backed rebels said they had withdrawn", nil),
    ] as [(String, String?)])
    func readsTheAgencyOfADateline(paragraph: String, agency: String?) {
        let found = LineClassifier.datelineAgency(paragraph, sources: IngestRulesTests.sources)
        #expect((found.flatMap { IngestRulesTests.sources.normalise($0) }) == agency.flatMap { IngestRulesTests.sources.normalise($0) })
    }

    @Test(arguments: [
        ("Syria war: Turkey warns of 'heavy price' after soldiers killed - BBC News", "Syria war: Turkey warns of 'heavy price' after soldiers killed", "BBC News"),
        ("Syrian Kurds say strikes killed civilians in Raqqa | World news | The Guardian", "Syrian Kurds say strikes killed civilians in Raqqa", "The Guardian"),
        ("Syrian army liberates Saraqeb — RT World News", "Syrian army liberates Saraqeb", "RT"),
        ("Russia-Turkey talks on Idlib end - Al-Monitor: Independent, trusted coverage of the Middle East", "Russia-Turkey talks on Idlib end", "Al-Monitor"),
        ("Turkey threatens to hit Syrian forces | News | DW | 12.02.2020", "Turkey threatens to hit Syrian forces", "Deutsche Welle"),
        ("Syrian army repels attack in Idlib — Russian military", "Syrian army repels attack in Idlib — Russian military", nil),
        ("SYRIAN ARMY ENTERS MANBIJ AFTER KURDISH FORCES ASK DAMASCUS FOR HELP", "Syrian Army Enters Manbij After Kurdish Forces Ask Damascus for Help", nil),
        ("UN SAYS SDF AND YPG FIGHTERS LEAVE KURDISH-LED AREAS OF M4", "UN Says SDF and YPG Fighters Leave Kurdish-Led Areas of M4", nil),
    ] as [(String, String, String?)])
    func cleansTitles(raw: String, title: String, source: String?) {
        var state = StructureExtractor.State(lines: [])
        #expect(IngestRulesTests.extractor.cleanTitle(raw, &state) == title)
        #expect(state.sources.first?.name == source)
    }

    @Test(arguments: [
        "JANUARY 28, 2020 / 10:12 AM / A YEAR AGO", "Source: Xinhua| 2020-02-08 20:41:52|Editor: huaxia", "Ayse Yildiz |10.02.2020",
        "World | Agence France-Presse | Updated: February 12, 2020 14:30 IST", "Beirut - Asharq Al-Awsat", "Updated: 12:41 GMT", "28 JAN, 14:05",
        "Published date: 12 February 2020 14:30 UTC | Last update: 1 year 11 months ago", "February 12, 2020 at 2:30 pm | Published in: Middle East, News",
        "Wed Feb 12, 2020 02:30PM [Updated: Wed Feb 12, 2020 04:15PM ]", "Posted on January 30, 2020 by Hala Mansour",
    ])
    func recognisesMetadataLines(line: String) {
        #expect(IngestRulesTests.extractor.metadataLine(line, line: 1) != nil)
    }

    @Test(arguments: [
        "FILE - In this Feb. 10, 2020, file photo, vehicles drive near Saraqeb, Syria. (AP Photo/Ghaith Alsayed, File)",
        "FILE PHOTO: Turkish military vehicles drive near Saraqeb, February 10, 2020. REUTERS/Khalil Ashawi/File Photo",
        "Smoke rises over Raqqa. Photograph: Delil Souleiman/AFP/Getty Images", "Image caption Turkish convoys have been moving into Idlib",
        "Turkish vehicles near the Syrian border, on 10 February 2020 [Muhammed Said/Anadolu Agency]", "Photo: Reuters/Rodi Said",
    ])
    func recognisesCaptionLines(line: String) {
        #expect(LineClassifier.isCaptionLine(line))
        #expect(LineClassifier.caption(line) != nil)
    }

    /// Every paragraph that must stay in a story, from both corpora and the seeds.
    static let storyParagraphs: [String] = {
        var paragraphs: [String] = []
        for corpus in IngestCorpus.allCases {
            for expected in corpus.articles {
                if let article = try? corpus.assemble(expected.file) { paragraphs += PlainText.paragraphs(ofMarkdown: article.body) }
            }
        }
        for prefix in ["000", "001", "002", "003", "004"] {
            if let article = try? SeedArticles.article(prefix) { paragraphs += PlainText.paragraphs(ofMarkdown: article.body) }
        }
        return paragraphs
    }()

    @Test func noStoryParagraphLooksLikeMetadataOrBoilerplate() {
        #expect(IngestRulesTests.storyParagraphs.count > 300)
        for paragraph in IngestRulesTests.storyParagraphs {
            let what: String? =
                IngestRulesTests.extractor.metadataLine(paragraph, line: 0) != nil ? "metadata" :
                LineClassifier.isBoilerplate(paragraph) ? "boilerplate" :
                LineClassifier.isCaptionLine(paragraph) ? "caption" :
                LineClassifier.trailingSection(paragraph) != nil ? "end of story" :
                LineClassifier.isContributorCredit(paragraph) ? "credit" :
                LineClassifier.personName(paragraph, sources: IngestRulesTests.sources) != nil ? "name" : nil
            #expect(what == nil, "\(what ?? ""): \(paragraph.prefix(80))")
        }
    }
}
