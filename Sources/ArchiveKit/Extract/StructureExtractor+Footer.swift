extension StructureExtractor {
    /// Most content lines the footer pass looks at, from the bottom.
    static let footerWindow = 12

    /// Labels of a block whose following short lines are tags ("Tags" / "Syria" / "Turkey").
    static let tagBlockLabels: Set<String> = ["tags", "topics", "keywords", "related topics", "labels", "filed under"]

    /// Cuts what a page prints after its story: a comment section (from "Posted by …",
    /// "12 comments:", "Leave a Reply" on, whatever follows), or a share widget, tag block or
    /// list of related links (when no story-length line follows it). Bylines, tags and source
    /// lines inside the cut part are kept as metadata; dates there (comment dates) are not used.
    func cutTrailingSections(_ state: inout State) {
        let content = state.contentIndices
        for (k, i) in content.enumerated() where k >= 1 {
            guard let kind = LineClassifier.trailingSection(state.lines[i].text) else { continue }
            let rest = content[k...]
            if kind == .section, rest.dropFirst().contains(where: { state.lines[$0].text.count >= 150 }) { continue }
            var inTagBlock = false
            for j in rest {
                let text = state.lines[j].text
                let compact = LineClassifier.compactLetters(text.lowercasedFast())
                if let found = metadataPiece(text, line: state.lines[j].number), found.byline != nil, state.byline == nil,
                   text.lowercasedFast().hasPrefix("posted by ") {
                    state.byline = found.byline
                    state.notes.append("moved byline from 'Posted by' line to metadata (line \(state.lines[j].number))")
                } else if let items = LineClassifier.keywords(text), text.contains(":") {
                    if state.keywords.isEmpty { state.keywords = items }
                } else if let value = LineClassifier.sourceLine(text), let name = sources.normalise(value) {
                    state.offer(source: SourceCandidate(name: name, rank: SourceRank.sourceLine, evidence: "Source: line, line \(state.lines[j].number)"))
                } else if let name = LineClassifier.copyrightOutlet(text, sources: sources) {
                    state.offer(source: SourceCandidate(name: name, rank: SourceRank.siteFooter, evidence: "copyright line, line \(state.lines[j].number)"))
                } else if StructureExtractor.tagBlockLabels.contains(compact) {
                    inTagBlock = true
                    continue
                } else if inTagBlock, text.count <= 40, LineClassifier.trailingSection(text) == nil, !text.contains(where: { ".!?".contains($0) }) {
                    state.keywords.append(text)
                    continue
                }
                inTagBlock = false
            }
            let first = state.lines[i]
            let last = state.lines[rest.last ?? i]
            for j in rest { state.lines[j].removed = true }
            let what = kind == .comments ? "comment section" : "trailing section"
            let lines = first.number == last.number ? "line \(first.number)" : "lines \(first.number)–\(last.number)"
            state.notes.append("removed \(what) from \(StructureExtractor.quote(first.text)) to the end (\(lines))")
            return
        }
    }

    /// The tail of the story, from the bottom up: boilerplate, credits, source and agency lines,
    /// tags, captions, date lines and a signature (a name alone on the last line).
    func readFooter(_ state: inout State) {
        for (k, i) in state.contentIndices.reversed().prefix(StructureExtractor.footerWindow).enumerated() {
            let text = state.lines[i].text
            let n = state.lines[i].number
            if let name = LineClassifier.copyrightOutlet(text, sources: sources) {
                state.offer(source: SourceCandidate(name: name, rank: SourceRank.siteFooter, evidence: "copyright line, line \(n)"))
                state.remove(i, "removed copyright line (line \(n))")
            } else if LineClassifier.isBoilerplate(text) || LineClassifier.isSeparator(text) {
                if !LineClassifier.isSeparator(text), let (name, _) = sources.leadingOutlet(in: text) {
                    state.offer(source: SourceCandidate(name: name, rank: SourceRank.siteFooter, evidence: "site footer, line \(n)"))
                }
                let what = LineClassifier.isSeparator(text) ? "separator line" : "blog footer \(StructureExtractor.quote(text))"
                state.remove(i, "removed \(what) (line \(n))")
            } else if let value = LineClassifier.sourceLine(text), let name = sources.normalise(value) {
                state.offer(source: SourceCandidate(name: name, rank: SourceRank.sourceLine, evidence: "Source: line, line \(n)"))
                state.remove(i, "removed Source: line (line \(n))")
            } else if LineClassifier.isContributorCredit(text) {
                if let outlet = LineClassifier.reportingCredit(text, sources: sources) {
                    state.offer(source: SourceCandidate(name: outlet, rank: SourceRank.reportingCredit, evidence: "reporting credit, line \(n)"))
                }
                state.remove(i, "removed contributor credit \(StructureExtractor.quote(text)) (line \(n))")
            } else if let name = LineClassifier.agencyLine(text, sources: sources) {
                state.offer(source: SourceCandidate(name: name, rank: SourceRank.agencyLine, evidence: "agency line, line \(n)"))
                state.remove(i, "removed agency line (line \(n))")
            } else if let items = LineClassifier.keywords(text) {
                if state.keywords.isEmpty { state.keywords = items }
                state.remove(i, "moved keyword line to metadata (line \(n))")
            } else if let (caption, credit) = LineClassifier.caption(text) {
                state.keep(caption: caption, credit: credit)
                state.remove(i, "moved photo caption to metadata (line \(n))")
            } else if let found = metadataLine(text, line: n) {
                state.take(found, from: i, what: "footer line")
            } else if k == 0, state.byline == nil, let name = LineClassifier.personName(text, sources: sources) {
                state.byline = name
                state.remove(i, "moved signature on the last line to byline (line \(n))")
            } else {
                return
            }
        }
    }

    /// Boilerplate, captions, separators and source lines in the middle of the story
    /// ("Advertisement", "READ MORE: …", "___", "Image caption …", "Photo: Reuters/…").
    func sweepStrayLines(_ state: inout State) {
        for i in state.contentIndices {
            let text = state.lines[i].text
            let n = state.lines[i].number
            if LineClassifier.isBoilerplate(text) {
                state.remove(i, "removed site boilerplate \(StructureExtractor.quote(text)) (line \(n))")
            } else if LineClassifier.isSeparator(text) {
                state.remove(i, "removed separator line (line \(n))")
            } else if let value = LineClassifier.sourceLine(text), let name = sources.normalise(value) {
                state.offer(source: SourceCandidate(name: name, rank: SourceRank.sourceLine, evidence: "Source: line, line \(n)"))
                state.remove(i, "removed Source: line (line \(n))")
            } else if LineClassifier.isCaptionLine(text), let (caption, credit) = LineClassifier.caption(text) {
                state.keep(caption: caption, credit: credit)
                state.remove(i, "moved photo caption to metadata (line \(n))")
            }
        }
    }
}
