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
/// The passes, in order: a scraper's glued date marker; the head of the page (site furniture,
/// headline, standfirst, byline, date and credit lines, up to the second line of story text);
/// trailing sections that end a page (comments, share widgets, tag and link lists); the tail
/// (credits, signatures, source and date lines); stray lines in between (captions, teasers,
/// separators). Everything else is the story. Nothing is invented: without a date line the
/// date stays `nil`, with a warning. Every removal is recorded as a cleaning note.
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

    /// Source ranks, most trustworthy first.
    enum SourceRank {
        static let sourceLine = 1, byline = 2, masthead = 2, titleSuffix = 3, dateline = 4, agencyLine = 5, reportingCredit = 6, siteFooter = 7
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
        cutTrailingSections(&state)
        readFooter(&state)
        sweepStrayLines(&state)
        var paragraphs = state.paragraphs()
        if state.reflowed { state.notes.append("reflowed hard-wrapped lines into paragraphs") }
        for paragraph in paragraphs.prefix(2) {
            if let agency = LineClassifier.datelineAgency(paragraph, sources: sources), let name = sources.normalise(agency) {
                state.offer(source: SourceCandidate(name: name, rank: SourceRank.dateline, evidence: "dateline"))
                break
            }
        }
        for paragraph in paragraphs.suffix(3) {
            if let outlet = LineClassifier.reportingCredit(paragraph, sources: sources) {
                state.offer(source: SourceCandidate(name: outlet, rank: SourceRank.reportingCredit, evidence: "reporting credit"))
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

    // MARK: - Text helpers

    /// Trims a line and turns every run of white space inside it (tabs, no-break and other
    /// Unicode spaces) into one plain space; zero-width spaces are dropped.
    static func tidy(_ line: Substring) -> String {
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var pendingSpace = false
        for c in line.unicodeScalars {
            if c == "\u{200B}" || c == "\u{FEFF}" || c == "\u{200C}" || c == "\u{2060}" { continue }
            if c.isSpaceOrLineBreak {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.unicodeScalars.append(" "); pendingSpace = false }
            out.unicodeScalars.append(c)
        }
        return out
    }

    static func collapseSpaces(_ text: String) -> String {
        guard text.contains("  ") || text.contains("\t") || text.contains("\u{00A0}") else { return text }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    /// The start of a line for a cleaning note, so a reviewer can find it.
    static func quote(_ text: String) -> String {
        text.count <= 40 ? "'\(text)'" : "'\(text.prefix(40))…'"
    }
}
