import Foundation

/// What the structure of a raw article yielded: metadata, the story's paragraphs and a record of
/// what was removed.
public struct StructuredText: Sendable, Equatable {
    public var metadata: ArticleMetadata
    /// The story, one plain-text paragraph per element.
    public var paragraphs: [String]
    /// One line per cleaning step, for the article's `cleaning` list.
    public var cleaning: [String]
    public var diagnostics: [Diagnostic]
}

/// Reads the structure of raw collected text: headline, date, source, byline, boilerplate, paragraphs.
///
/// It looks at the head of the text (up to eight lines before the story starts), the tail
/// (up to ten lines after it ends) and at stray lines in between, and keeps everything else as
/// the story. Nothing is invented: without a date line the date stays `nil`, with a warning.
public struct StructureExtractor: Sendable {
    let sources: SourceNames

    public init(sources: SourceNames) {
        self.sources = sources
    }

    struct Line {
        var number: Int
        var text: String
        var removed = false
    }

    /// A date found in the text, with how trustworthy its kind of evidence is (lower wins).
    struct DateCandidate {
        var date: PublicationDate
        var rank: Int
        var evidence: String
    }

    /// A source found in the text, with its rank (lower wins).
    struct SourceCandidate {
        var name: String
        var rank: Int
        var evidence: String
    }

    /// Extracts structure from decoded text.
    /// - Parameters:
    ///   - text: Decoded article text with `\n` line endings.
    ///   - file: The input file name, for diagnostics.
    public func extract(text: String, file: String) -> StructuredText {
        var state = State(lines: text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            Line(number: $0.offset + 1, text: StructureExtractor.tidy($0.element))
        })
        readDateMarker(&state)
        readHeader(&state)
        readFooter(&state)
        sweepStrayLines(&state)
        var paragraphs = state.paragraphs()
        if paragraphs.count < state.blockCount { state.notes.append("reflowed hard-wrapped lines into paragraphs") }
        if let first = paragraphs.first, let agency = LineClassifier.datelineAgency(first), let name = sources.normalise(agency) {
            state.offer(source: SourceCandidate(name: name, rank: 4, evidence: "dateline"))
        }
        for paragraph in paragraphs.suffix(3) {
            if let outlet = LineClassifier.reportingCredit(paragraph, sources: sources) {
                state.offer(source: SourceCandidate(name: outlet, rank: 6, evidence: "reporting credit"))
            }
        }
        var metadata = ArticleMetadata(title: state.title ?? "")
        if let title = state.title {
            dropRepeatedTitle(title, from: &paragraphs, notes: &state.notes)
        } else {
            metadata.title = derivedTitle(from: paragraphs)
            metadata.titleDerived = true
        }
        metadata.url = state.url
        metadata.byline = state.byline
        metadata.keywords = state.keywords
        metadata.caption = state.caption
        metadata.credit = state.credit
        if let best = state.dates.min(by: { $0.rank < $1.rank }) {
            metadata.date = best.date
            metadata.dateSource = best.evidence
        } else {
            state.diagnostics.append(Diagnostic(.warning, file: file, "no publication date found", hint: "add a 'Published: 10 January 2018' line, or curate it as a .md file with 'date:'"))
        }
        if let best = state.sources.min(by: { $0.rank < $1.rank }) {
            metadata.source = best.name
            metadata.sourceEvidence = best.evidence
        } else {
            state.diagnostics.append(Diagnostic(.warning, file: file, "no source found", hint: "add a 'Source: Outlet' line at the end"))
        }
        if paragraphs.isEmpty {
            state.diagnostics.append(Diagnostic(.warning, file: file, "no story text left after cleaning"))
        }
        return StructuredText(metadata: metadata, paragraphs: paragraphs, cleaning: state.notes, diagnostics: state.diagnostics)
    }

    // MARK: - Passes

    /// "date 2018-01-10 The battle for Idlib…": a scraper's marker glued to the first line.
    private func readDateMarker(_ state: inout State) {
        guard let i = state.contentIndices.first else { return }
        let text = state.lines[i].text
        guard text.lowercased().hasPrefix("date ") else { return }
        let rest = text.dropFirst(5).drop(while: { $0 == " " })
        let token = rest.prefix(while: { $0.isNumber || $0 == "-" || $0 == "/" || $0 == "." })
        guard let date = DateParser.parse(String(token)) else { return }
        state.dates.append(DateCandidate(date: date, rank: 2, evidence: "date marker, line \(state.lines[i].number)"))
        state.lines[i].text = String(rest.dropFirst(token.count)).trimmingCharacters(in: .whitespaces)
        if state.lines[i].text.isEmpty { state.lines[i].removed = true }
        state.notes.append("removed date marker 'date \(token)' (line \(state.lines[i].number))")
    }

    private func readHeader(_ state: inout State) {
        for (position, i) in state.contentIndices.prefix(8).enumerated() {
            let line = state.lines[i]
            let text = line.text
            let n = line.number
            if state.title == nil, let heading = StructureExtractor.heading(text) {
                state.title = cleanTitle(heading, &state)
                state.remove(i, "title from heading (line \(n))")
            } else if state.title == nil, let (title, url) = StructureExtractor.linkLine(text) {
                state.title = cleanTitle(title, &state)
                if let url, !url.isEmpty, url != "#" { state.url = url }
                state.remove(i, "title from link line (line \(n))")
            } else if let candidate = labelledDate(text, line: n) {
                state.dates.append(candidate)
                state.remove(i, "removed date line (line \(n))")
            } else if text.count <= 60, let date = DateParser.parse(text) {
                state.dates.append(DateCandidate(date: date, rank: 3, evidence: "date line, line \(n)"))
                state.remove(i, "removed date line (line \(n))")
            } else if let (names, outlet) = LineClassifier.byline(text) {
                state.byline = names
                if let outlet, let name = sources.normalise(outlet) { state.offer(source: SourceCandidate(name: name, rank: 2, evidence: "byline, line \(n)")) }
                state.remove(i, "moved byline to metadata (line \(n))")
            } else if let outlet = LineClassifier.sourceLine(text), let name = sources.normalise(outlet) {
                state.offer(source: SourceCandidate(name: name, rank: 1, evidence: "Source: line, line \(n)"))
                state.remove(i, "removed Source: line (line \(n))")
            } else if LineClassifier.isBoilerplate(text) {
                state.remove(i, "removed site boilerplate '\(text.prefix(40))' (line \(n))")
            } else if let (caption, credit) = LineClassifier.caption(text) {
                state.caption = state.caption ?? caption
                state.credit = state.credit ?? credit
                state.remove(i, "moved photo caption to metadata (line \(n))")
            } else if state.title == nil, position < 4, isHeadline(text, index: i, state: state) {
                state.title = cleanTitle(text, &state)
                state.remove(i, "title from first line (line \(n))")
            } else {
                return
            }
        }
    }

    private func readFooter(_ state: inout State) {
        for i in state.contentIndices.reversed().prefix(10) {
            let text = state.lines[i].text
            let n = state.lines[i].number
            if LineClassifier.isBoilerplate(text) {
                state.remove(i, "removed blog footer '\(text.prefix(40))' (line \(n))")
            } else if let outlet = LineClassifier.sourceLine(text), let name = sources.normalise(outlet) {
                state.offer(source: SourceCandidate(name: name, rank: 1, evidence: "Source: line, line \(n)"))
                state.remove(i, "removed Source: line (line \(n))")
            } else if let outlet = LineClassifier.reportingCredit(text, sources: sources) {
                state.offer(source: SourceCandidate(name: outlet, rank: 6, evidence: "reporting credit, line \(n)"))
                state.remove(i, "removed reporting credit (line \(n))")
            } else if let name = LineClassifier.agencyLine(text, sources: sources) {
                state.offer(source: SourceCandidate(name: name, rank: 5, evidence: "agency line, line \(n)"))
                state.remove(i, "removed agency line (line \(n))")
            } else if let items = LineClassifier.keywords(text) {
                if state.keywords.isEmpty { state.keywords = items }
                state.remove(i, "moved keyword line to metadata (line \(n))")
            } else if let (caption, credit) = LineClassifier.caption(text) {
                state.caption = state.caption ?? caption
                state.credit = state.credit ?? credit
                state.remove(i, "moved photo caption to metadata (line \(n))")
            } else if let candidate = labelledDate(text, line: n) {
                state.dates.append(candidate)
                state.remove(i, "removed date line (line \(n))")
            } else if text.count <= 60, let date = DateParser.parse(text) {
                state.dates.append(DateCandidate(date: date, rank: 3, evidence: "date line, line \(n)"))
                state.remove(i, "removed date line (line \(n))")
            } else {
                return
            }
        }
    }

    /// Boilerplate, captions and source lines in the middle of the story ("Advertisement").
    private func sweepStrayLines(_ state: inout State) {
        for i in state.contentIndices {
            let text = state.lines[i].text
            let n = state.lines[i].number
            if LineClassifier.isBoilerplate(text) {
                state.remove(i, "removed site boilerplate '\(text.prefix(40))' (line \(n))")
            } else if let outlet = LineClassifier.sourceLine(text), let name = sources.normalise(outlet) {
                state.offer(source: SourceCandidate(name: name, rank: 1, evidence: "Source: line, line \(n)"))
                state.remove(i, "removed Source: line (line \(n))")
            } else if text.count <= 300, text.lowercased().contains("getty images") || text.lowercased().hasPrefix("(photo"),
                      let (caption, credit) = LineClassifier.caption(text) {
                state.caption = state.caption ?? caption
                state.credit = state.credit ?? credit
                state.remove(i, "moved photo caption to metadata (line \(n))")
            }
        }
    }

    // MARK: - Titles

    static func heading(_ text: String) -> String? {
        guard text.hasPrefix("#") else { return nil }
        let stripped = text.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
        let withoutClosing = stripped.hasSuffix("#") ? String(stripped.reversed().drop(while: { $0 == "#" }).reversed()).trimmingCharacters(in: .whitespaces) : stripped
        return withoutClosing.isEmpty ? nil : withoutClosing
    }

    /// "[Title](url)" alone on a line.
    static func linkLine(_ text: String) -> (String, String?)? {
        guard text.hasPrefix("["), text.hasSuffix(")"), let close = text.range(of: "](") else { return nil }
        let title = String(text[text.index(after: text.startIndex)..<close.lowerBound]).trimmingCharacters(in: .whitespaces)
        let url = String(text[close.upperBound..<text.index(before: text.endIndex)]).trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty, !title.contains("]("), !url.contains(" ") else { return nil }
        return (title, url)
    }

    /// A headline: a short line of its own, not ending like a sentence, with text after it.
    private func isHeadline(_ text: String, index: Int, state: State) -> Bool {
        guard (8...200).contains(text.count), text.split(separator: " ").count >= 2,
              let first = text.first, first.isUppercase || first.isNumber || "\"“‘'".contains(first),
              let last = text.last, !".,;:".contains(last), !text.hasSuffix("..."),
              text.filter({ $0 == "," }).count < 3,
              LineClassifier.datelineAgency(text) == nil
        else { return false }
        return state.contentIndices.contains { $0 > index }
    }

    /// Removes a trailing " - BBC News" / " | Reuters" naming a known outlet, which becomes the source.
    private func cleanTitle(_ title: String, _ state: inout State) -> String {
        let collapsed = StructureExtractor.collapseSpaces(title)
        for separator in [" | ", " - ", " – ", " — "] {
            if let r = collapsed.range(of: separator, options: .backwards), let name = sources.known(String(collapsed[r.upperBound...])) {
                state.offer(source: SourceCandidate(name: name, rank: 3, evidence: "title suffix"))
                state.notes.append("removed outlet name from the title")
                return String(collapsed[..<r.lowerBound])
            }
        }
        return collapsed
    }

    private func dropRepeatedTitle(_ title: String, from paragraphs: inout [String], notes: inout [String]) {
        guard let first = paragraphs.first, first.count > title.count,
              first.lowercased().hasPrefix(title.lowercased()) else { return }
        let rest = first.dropFirst(title.count)
        guard let next = rest.first, next == " " || ".:–—-|".contains(next) else { return }
        let trimmed = rest.drop(while: { " .:–—-|".contains($0) })
        if trimmed.isEmpty { paragraphs.removeFirst() } else { paragraphs[0] = String(trimmed) }
        notes.append("removed the title repeated at the start of the first paragraph")
    }

    private func derivedTitle(from paragraphs: [String]) -> String {
        guard var first = paragraphs.first else { return "Untitled article" }
        if LineClassifier.datelineAgency(first) != nil, let dash = first.firstIndex(where: { "—–-".contains($0) }) {
            first = first[first.index(after: dash)...].trimmingCharacters(in: .whitespaces)
        }
        let sentence = SentenceSplitter.sentences(first).first ?? first
        let title = SentenceSplitter.headline(from: sentence)
        return title.isEmpty ? "Untitled article" : title
    }

    // MARK: - Dates

    static let dateLabels: [(label: String, rank: Int)] = [
        ("date of publication", 1), ("first published on", 1), ("first published", 1), ("published on", 1), ("published at", 1),
        ("publication date", 1), ("published", 1), ("posted on", 1), ("posted at", 1), ("posted", 1), ("dated", 1), ("date", 1),
        ("last updated at", 4), ("last updated on", 4), ("last updated", 4), ("updated on", 4), ("updated at", 4), ("updated", 4),
    ]

    /// "Published: 12 February 2020", "Posted on March 3, 2016 by admin", "Last updated at Apr 23 2017".
    private func labelledDate(_ text: String, line: Int) -> DateCandidate? {
        let lower = text.lowercased()
        guard text.count <= 120, let (label, rank) = StructureExtractor.dateLabels.first(where: { lower.hasPrefix($0.label) }) else { return nil }
        let rest = text.dropFirst(label.count).drop(while: { ": -–—\t".contains($0) })
        var attempts = [String(rest)]
        for separator in [" by ", " By ", " | ", " · ", " - ", " – ", ", updated", " Updated", " updated", " Last "] {
            if let r = rest.range(of: separator) { attempts.append(String(rest[..<r.lowerBound])) }
        }
        for attempt in attempts {
            if let date = DateParser.parse(attempt) {
                return DateCandidate(date: date, rank: rank, evidence: "'\(text.prefix(label.count))' line, line \(line)")
            }
        }
        return nil
    }

    // MARK: - Text helpers

    /// Trims white space, including no-break and zero-width spaces, from both ends of a line.
    static func tidy(_ line: Substring) -> String {
        let unwanted: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{200B}" || $0 == "\u{FEFF}" }
        guard let start = line.firstIndex(where: { !unwanted($0) }), let end = line.lastIndex(where: { !unwanted($0) }) else { return "" }
        return String(line[start...end])
    }

    static func collapseSpaces(_ text: String) -> String {
        guard text.contains("  ") || text.contains("\t") || text.contains("\u{00A0}") else { return text }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
    }
}
