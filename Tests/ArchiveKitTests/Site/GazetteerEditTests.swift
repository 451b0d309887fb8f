@testable import ArchiveKit
import Foundation
import Testing

/// A gazetteer edit re-extracts only the articles it can change (`GazetteerChange`), and the
/// rebuilt site is byte for byte the one a clean build makes.
@Suite struct GazetteerEditTests {
    /// Builds `input` into `site` with a cache, checks the result against a clean build, and returns the report.
    static func rebuild(_ temp: TemporaryDirectory, _ input: URL, after change: String) throws -> BuildReport {
        let site = temp.url.appendingPathComponent("site")
        var options = BuildOptions(input: input, output: site, templates: TestPaths.templates)
        options.cache = temp.url.appendingPathComponent("cache")
        let report = try SiteBuilder(options: options).build()
        let clean = temp.url.appendingPathComponent("clean")
        try? FileManager.default.removeItem(at: clean)
        _ = try SiteBuilder(options: BuildOptions(input: input, output: clean, templates: TestPaths.templates)).build()
        #expect(try TemporaryDirectory.snapshot(site) == TemporaryDirectory.snapshot(clean), "after: \(change)")
        return report
    }

    @Test func anEditReExtractsOnlyTheArticlesThatLookedUpWhatChanged() throws {
        let temp = try TemporaryDirectory()
        let input = try temp.write([
            "a.txt": "Border reopens\n\nPublished: 3 March 2016\n\nTurkey reopened the border crossing near Azaz on Monday.\n",
            "b.txt": "Strikes on Saraqib\n\nPublished: 5 April 2017\n\nRussian jets struck Saraqib and Binnish overnight.\n",
            "c.txt": "Media centre reports shelling\n\nPublished: 1 May 2018\n\nThe KNMC said shelling hit the market.\n",
            "d.txt": "Aid convoy arrives\n\nPublished: 2 June 2018\n\nA convoy of the World Food Programme reached Idlib.\n",
        ], in: "seeds")
        #expect(try Self.rebuild(temp, input, after: "the first build").extractions == ExtractionCounts(cached: 0, kept: 0, made: 4))

        let centre = "actors:\n  - name: Kafr Nabl Media Centre\n    kind: media\n    aliases: [KNMC]\n"
        try temp.write(["gazetteer.yaml": centre], in: "seeds")
        #expect(try Self.rebuild(temp, input, after: "adding an actor").extractions == ExtractionCounts(cached: 3, kept: 3, made: 1),
                "only c.txt names it")

        let saraqib = "places:\n  - name: Saraqib\n    kind: town\n    parent: Idlib District\n"
        try temp.write(["gazetteer.yaml": centre + saraqib], in: "seeds")
        #expect(try Self.rebuild(temp, input, after: "changing the kind of a place").extractions == ExtractionCounts(cached: 3, kept: 3, made: 1),
                "only b.txt names Saraqib")

        let idlib = "  - name: Idlib Governorate\n    kind: governorate\n    parent: Syria\n    aliases: [Idlib, Idlib governorate, Idlib province, province of Idlib, Idlib countryside, Idleb province]\n"
        try temp.write(["gazetteer.yaml": centre + saraqib + idlib], in: "seeds")
        #expect(try Self.rebuild(temp, input, after: "changing the aliases of a governorate").extractions == ExtractionCounts(cached: 2, kept: 2, made: 2),
                "d.txt names Idlib, b.txt a town in it")

        #expect(try Self.rebuild(temp, input, after: "building again").extractions.made == 0)
    }

    /// Edits of entries the seed articles name, each held to a clean build.
    @Test func editsOfEntriesTheSeedsNameGiveTheCleanBuildsSite() throws {
        let temp = try TemporaryDirectory()
        let input = temp.url.appendingPathComponent("seeds")
        try FileManager.default.copyItem(at: TestPaths.seeds, to: input)
        _ = try Self.rebuild(temp, input, after: "the first build")
        let edits = [
            ("an alias no article uses", "actors:\n  - name: Hayat Tahrir al-Sham\n    kind: armed_group\n    aliases: [HTS, Tahrir al-Sham, Jabhat Tahrir]\n"),
            ("a governorate cut loose from Syria", "places:\n  - name: Idlib Governorate\n    kind: governorate\n    aliases: [Idlib, Idlib province]\n"),
            ("an actor turned into a person", "actors:\n  - name: Turkey\n    kind: person\n    aliases: [Ankara]\n"),
            ("a new place with a common word for a name", "places:\n  - name: Market\n    kind: town\n    parent: Syria\n    aliases: [market]\n"),
            ("a village moved on the map", "places:\n  - name: Kafr Ruma\n    kind: village\n    parent: Maarat al-Numan District\n    lat: 35.70\n    lon: 36.60\n    aliases: [Kafr Rouma, Kafrouma]\n"),
            ("a village moved to another district", "places:\n  - name: Kafr Ruma\n    kind: village\n    parent: Ariha District\n    lat: 35.63\n    lon: 36.60\n    aliases: [Kafr Rouma, Kafrouma]\n"),
            ("a person's role and affiliation", "actors:\n  - name: Mike Pompeo\n    kind: person\n    aliases: [Pompeo]\n    affiliation: Russia\n    role: Envoy\n"),
            ("back to the built-in gazetteer", "# Nothing of our own.\n"),
        ]
        var kept = 0, reused = 0
        for (change, text) in edits {
            try temp.write(["gazetteer.yaml": text], in: "seeds")
            let report = try Self.rebuild(temp, input, after: change)
            kept += report.extractions.kept
            reused += report.reused
        }
        #expect(kept > 0, "some edits leave some articles alone")
        #expect(reused > 0, "and some pages")
    }
}
