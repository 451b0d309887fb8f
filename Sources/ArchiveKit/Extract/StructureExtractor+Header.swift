extension StructureExtractor {
    /// Most content lines the header pass looks at.
    static let headerWindow = 16

    /// "date 2018-01-10 The battle for Idlib…": a scraper's marker glued to the first line.
    func readDateMarker(_ state: inout State) {
        guard let i = state.contentIndices.first else { return }
        let text = state.lines[i].text
        guard text.lowercasedFast().hasPrefix("date ") else { return }
        let rest = text.dropFirst(5).drop(while: { $0 == " " })
        let token = rest.prefix(while: { $0.isNumber || $0 == "-" || $0 == "/" || $0 == "." })
        guard let date = DateParser.parse(String(token)) else { return }
        state.dates.append(DateCandidate(date: date, rank: 2, evidence: "date marker, line \(state.lines[i].number)"))
        state.lines[i].text = String(rest.dropFirst(token.count)).trimmingSpaces()
        if state.lines[i].text.isEmpty { state.lines[i].removed = true }
        state.notes.append("removed date marker 'date \(token)' (line \(state.lines[i].number))")
    }

    /// The head of the page, up to the second line of text that stays: site furniture before
    /// the headline (cookie banners, navigation, mastheads, a blog's name), the headline, a
    /// standfirst (kept as the first paragraph), and byline, date, credit and caption lines in
    /// any order. A line of text of 200 characters or more, or one opening with a dateline,
    /// is the story: the pass ends after it.
    func readHeader(_ state: inout State) {
        let window = Array(state.contentIndices.prefix(StructureExtractor.headerWindow))
        let isMail = window.contains { StructureExtractor.mailHeader(state.lines[$0].text)?.field == "subject" }
        var kept = 0
        for (k, i) in window.enumerated() {
            let text = state.lines[i].text
            let n = state.lines[i].number
            if isMail, kept == 0, let (field, value) = StructureExtractor.mailHeader(text), field != "sent", field != "date" {
                if field == "subject", state.title == nil {
                    state.title = cleanTitle(value.replacing(pattern: #"^((re|fwd?|aw)\s*:\s*)+"#, with: "", caseInsensitive: true), &state)
                    state.remove(i, "title from e-mail subject (line \(n))")
                } else {
                    state.remove(i, "removed e-mail header '\(field.capitalized):' (line \(n))")
                }
            } else if let title = state.title, kept == 0, isRepeat(of: title, text) {
                state.remove(i, "removed the headline printed twice (line \(n))")
            } else if state.title == nil, let heading = StructureExtractor.heading(text) {
                state.title = cleanTitle(heading, &state)
                state.remove(i, "title from heading (line \(n))")
            } else if state.title == nil, let (title, url) = StructureExtractor.linkLine(text) {
                state.title = cleanTitle(title, &state)
                if let url, !url.isEmpty, url != "#" { state.url = url }
                state.remove(i, "title from link line (line \(n))")
            } else if LineClassifier.isBoilerplate(text) || LineClassifier.isSeparator(text) {
                state.remove(i, "removed site boilerplate \(StructureExtractor.quote(text)) (line \(n))")
            } else if let found = metadataLine(text, line: n) {
                state.take(found, from: i, what: "header line")
            } else if kept == 0 || LineClassifier.isCaptionLine(text), let (caption, credit) = LineClassifier.caption(text) {
                state.keep(caption: caption, credit: credit)
                state.remove(i, "moved photo caption to metadata (line \(n))")
            } else if state.title != nil, state.byline == nil, let name = LineClassifier.personName(text, sources: sources),
                      besideDateLine(k, in: window, state: state) {
                state.byline = name
                state.remove(i, "moved byline without 'By' to metadata (line \(n))")
            } else if state.title != nil || !text.contains(" "), LineClassifier.isDetachedDateline(text) {
                state.remove(i, "removed dateline standing apart from the story \(StructureExtractor.quote(text)) (line \(n))")
            } else if state.title == nil, kept == 0, isHeadline(text, index: i, state: state) {
                if text.split(separator: " ").count < 3, longerHeadlineFollows(k, in: window, state: state) {
                    state.remove(i, "removed site name above the headline \(StructureExtractor.quote(text)) (line \(n))")
                } else {
                    state.title = cleanTitle(text, &state)
                    state.remove(i, "title from first line (line \(n))")
                }
            } else {
                // Text that stays: a standfirst, or the story itself.
                guard state.title != nil else { return }
                kept += 1
                if kept >= 2 || text.count >= 200 || LineClassifier.datelineAgency(text, sources: sources) != nil { return }
            }
        }
    }

    /// "Subject: Daily report", "From: Name <address>": a field of an e-mail header, in lower case, and its value.
    static func mailHeader(_ text: String) -> (field: String, value: String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let field = text[..<colon].lowercasedFast()
        guard ["from", "to", "cc", "bcc", "reply-to", "subject", "sent", "date"].contains(field) else { return nil }
        return (field, text[text.index(after: colon)...].trimmingSpaces())
    }

    /// `true` when `text` is the headline again (a page title followed by the same heading).
    private func isRepeat(of title: String, _ text: String) -> Bool {
        let candidate = outletSuffix(of: StructureExtractor.collapseSpaces(text))?.head ?? text
        return candidate.lowercasedFast() == title.lowercasedFast()
    }

    /// `true` when the content line before or after position `k` of the header is a date line:
    /// a bare name there is a byline ("Nadia Osman" above "Published date: …").
    private func besideDateLine(_ k: Int, in window: [Int], state: State) -> Bool {
        for j in [k - 1, k + 1] where window.indices.contains(j) {
            let line = state.lines[window[j]]
            if let found = metadataLine(line.text, line: line.number), !found.dates.isEmpty || found.strength == .filler { return true }
        }
        return false
    }

    /// `true` when a headline of three words or more follows position `k` before any other
    /// text, so the short line at `k` is the site's or blog's name ("Levant Notebook").
    private func longerHeadlineFollows(_ k: Int, in window: [Int], state: State) -> Bool {
        for j in window.indices where j > k {
            let line = state.lines[window[j]]
            if LineClassifier.isBoilerplate(line.text) || metadataLine(line.text, line: line.number) != nil { continue }
            return line.text.split(separator: " ").count >= 3 && isHeadline(line.text, index: window[j], state: state)
        }
        return false
    }
}
