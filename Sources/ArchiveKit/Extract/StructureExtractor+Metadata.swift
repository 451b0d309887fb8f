import Foundation

extension StructureExtractor {
    /// What a metadata line, or one piece of it, says.
    struct Findings {
        /// How much a piece tells: `weak` pieces (a section name, a town, a person's name) only
        /// count beside a `strong` one (a date, a source, a byline); `filler` pieces (a time,
        /// "a year ago", "3 min read") are metadata but carry nothing the article needs.
        enum Strength: Int, Comparable {
            case weak, filler, strong
            static func < (a: Strength, b: Strength) -> Bool { a.rawValue < b.rawValue }
        }

        var dates: [DateCandidate] = []
        var sources: [SourceCandidate] = []
        var byline: String?
        /// A bare person's name: the byline when a date stands beside it.
        var name: String?
        var strength: Strength

        mutating func merge(_ other: Findings) {
            dates += other.dates
            sources += other.sources
            byline = byline ?? other.byline
            name = name ?? other.name
            strength = max(strength, other.strength)
        }
    }

    /// Labels of date lines, longest first within each meaning, with their rank (lower wins):
    /// publication beats a bare date line (3), which beats an update (4).
    static let dateLabels: [(label: String, rank: Int)] = [
        ("date of publication", 1), ("originally published on", 1), ("originally published", 1), ("first published on", 1),
        ("first published", 1), ("published on", 1), ("published at", 1), ("published date", 1), ("published time", 1),
        ("publication date", 1), ("date published", 1), ("publish date", 1), ("published", 1), ("posted on", 1), ("posted at", 1),
        ("posted", 1), ("issued on", 1), ("dated", 1), ("date", 1), ("sent", 1),
        ("last updated at", 4), ("last updated on", 4), ("last updated", 4), ("last update", 4), ("last modified on", 4),
        ("last modified", 4), ("modified on", 4), ("modified", 4), ("updated on", 4), ("updated at", 4), ("updated", 4),
        ("edited time", 4), ("edited on", 4), ("edited", 4),
    ]

    /// Reads a line made only of metadata: a date, a "Published:" or "By" line, a "Source:" line,
    /// an outlet's name, or several of them joined by bars, bullets, slashes or dashes
    /// ("Source: Xinhua| 2020-02-08 20:41:52|Editor: huaxia", "Ayse Yildiz |10.02.2020",
    /// "Beirut - Asharq Al-Awsat"). `nil` when any part of the line is prose.
    func metadataLine(_ text: String, line n: Int) -> Findings? {
        guard text.count <= 160 else { return nil }
        let pieces = StructureExtractor.pieces(of: text)
        if pieces.count >= 2 {
            var all = Findings(strength: .weak)
            var complete = true
            for piece in pieces {
                guard let found = metadataPiece(piece, line: n) else { complete = false; break }
                all.merge(found)
            }
            if complete, all.strength >= .filler {
                if let name = all.name, all.byline == nil {
                    // A bare name counts only beside a date ("Ayse Yildiz |10.02.2020").
                    guard !all.dates.isEmpty else { return nil }
                    all.byline = name
                }
                return all
            }
        }
        guard let whole = metadataPiece(text, line: n), whole.strength >= .filler else { return nil }
        return whole
    }

    /// Splits a line at bars, bullets, square brackets and spaced slashes or dashes.
    static func pieces(of text: String) -> [String] {
        let marked = text.replacing(pattern: #"\s*[|•·\[\]]\s*|\s+(/|-{1,2}|–|—)\s+"#, with: "\u{1F}")
        return marked.split(separator: "\u{1F}").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// What one piece of a metadata line is, or `nil` for prose.
    func metadataPiece(_ text: String, line n: Int) -> Findings? {
        let lower = text.lowercasedFast()
        if let date = DateParser.parse(text) {
            return Findings(dates: [DateCandidate(date: date, rank: 3, evidence: "date line, line \(n)")], strength: .strong)
        }
        if let labelled = labelledDate(text, line: n) { return labelled }
        if lower.hasPrefix("posted by ") {
            var names = String(text.dropFirst(10))
            for separator in [" at ", " on ", " | ", " - ", " in "] {
                if let r = names.range(of: separator) { names = String(names[..<r.lowerBound]) }
            }
            guard let (byline, _) = LineClassifier.byline("By " + names, sources: sources), let byline else { return Findings(strength: .filler) }
            return Findings(byline: byline, strength: .strong)
        }
        if let (names, outlet) = LineClassifier.byline(text, sources: sources) {
            var found = Findings(byline: names, strength: .strong)
            if let outlet { found.sources = [SourceCandidate(name: outlet, rank: SourceRank.byline, evidence: "byline, line \(n)")] }
            return found
        }
        if let value = LineClassifier.sourceLine(text), let name = sources.normalise(value) {
            return Findings(sources: [SourceCandidate(name: name, rank: SourceRank.sourceLine, evidence: "Source: line, line \(n)")], strength: .strong)
        }
        if let name = LineClassifier.staffCredit(text, sources: sources) {
            return Findings(sources: [SourceCandidate(name: name, rank: SourceRank.masthead, evidence: "outlet credit line, line \(n)")], strength: .strong)
        }
        if StructureExtractor.isFiller(text) { return Findings(strength: .filler) }
        if LineClassifier.isPlaceWord(text) || LineClassifier.isDetachedDateline(text) { return Findings(strength: .weak) }
        if let name = LineClassifier.personName(text, sources: sources) { return Findings(name: name, strength: .weak) }
        return nil
    }

    /// A time, a date without a year, an age ("a year ago"), a reading time, a category list
    /// ("Published in: Middle East, News") or a desk editor:
    /// metadata that carries nothing the article keeps.
    static func isFiller(_ text: String) -> Bool {
        let lower = text.lowercasedFast()
        if DateParser.isTimeOnly(text) || DateParser.isDateWithoutYear(text) { return true }
        if lower.matches(pattern: #"^(updated |last updated:? |last update:? )?(a|an|one|\d+) (year|month|week|day|hour|minute|min)s?( (and )?\d+ (year|month|week|day|hour|minute)s?)* ago$"#) { return true }
        if lower.matches(pattern: #"^\d+\s*min(ute)?s?\.? read$"#) { return true }
        if lower.matches(pattern: #"^(published in|posted in|filed under|categories|category|section|sections)\s*:"#) { return true }
        return lower.matches(pattern: #"^(editor|editors|edited by|desk)\s*:?\s*[\p{L} .'-]{2,30}$"#)
    }

    /// "Published: 12 February 2020", "Posted on March 3, 2016 by Jane Smith", "Last updated at Apr 23 2017",
    /// "Published time: 6 Feb, 2020 14:30 Edited time: …". A label with only a time after it
    /// ("Updated: 12:41 GMT") is filler: it leaves the text but gives no date.
    func labelledDate(_ text: String, line: Int) -> Findings? {
        let lower = text.lowercasedFast()
        guard text.count <= 160, let (label, rank) = StructureExtractor.dateLabels.first(where: { lower.hasPrefix($0.label) }) else { return nil }
        let restStart = text.dropFirst(label.count)
        guard let next = restStart.first, !next.isLetter else { return nil }
        let rest = String(restStart.drop(while: { ": -–—\t".contains($0) }))
        var found = Findings(strength: .filler)
        var value = rest
        if let by = rest.range(of: " by ", options: .caseInsensitive) {
            value = String(rest[..<by.lowerBound])
            if let (names, outlet) = LineClassifier.byline("By " + rest[by.upperBound...], sources: sources) {
                found.byline = names
                if let outlet { found.sources = [SourceCandidate(name: outlet, rank: SourceRank.byline, evidence: "byline, line \(line)")] }
            }
        }
        var date = DateParser.parse(value)
        if date == nil {
            for separator in [" | ", " · ", " - ", " – ", ", updated", " Updated", " updated", " Last "] {
                if let r = value.range(of: separator), let d = DateParser.parse(String(value[..<r.lowerBound])) { date = d; break }
            }
        }
        date = date ?? DateParser.parseLeading(value)
        if let date {
            found.dates = [DateCandidate(date: date, rank: rank, evidence: "'\(text.prefix(label.count))' line, line \(line)")]
            found.strength = .strong
            return found
        }
        if found.byline != nil { found.strength = .strong; return found }
        return StructureExtractor.isFiller(value) || value.isEmpty ? found : nil
    }
}
