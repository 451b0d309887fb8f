extension StructureExtractor {
    static func heading(_ text: String) -> String? {
        guard text.hasPrefix("#") else { return nil }
        let stripped = text.drop(while: { $0 == "#" }).trimmingSpaces()
        let withoutClosing = stripped.hasSuffix("#") ? String(stripped.reversed().drop(while: { $0 == "#" }).reversed()).trimmingSpaces() : stripped
        return withoutClosing.isEmpty ? nil : withoutClosing
    }

    /// "[Title](url)" alone on a line.
    static func linkLine(_ text: String) -> (String, String?)? {
        guard text.hasPrefix("["), text.hasSuffix(")"), let close = text.range(of: "](") else { return nil }
        let title = String(text[text.index(after: text.startIndex)..<close.lowerBound]).trimmingSpaces()
        let url = String(text[close.upperBound..<text.index(before: text.endIndex)]).trimmingSpaces()
        guard !title.isEmpty, !title.contains("]("), !url.contains(" ") else { return nil }
        return (title, url)
    }

    /// A headline: a short line of its own, not ending like a sentence, with text after it.
    func isHeadline(_ text: String, index: Int, state: State) -> Bool {
        guard (8...200).contains(text.count), text.split(separator: " ").count >= 2,
              let first = text.first, first.isUppercase || first.isNumber || "\"“‘'".contains(first),
              let last = text.last, !".,;:".contains(last), !text.hasSuffix("..."),
              text.filter({ $0 == "," }).count < 3,
              LineClassifier.datelineAgency(text, sources: sources) == nil
        else { return false }
        return state.contentIndices.contains { $0 > index }
    }

    /// Tidies a headline: an outlet named after a final " - ", " | " or " — " becomes the source
    /// and goes, with any section names and tagline around it ("… | Syria News | Al Jazeera",
    /// "… — RT World News", "… - Al-Monitor: Independent, trusted coverage…"); an all-capitals
    /// headline is put in title case.
    func cleanTitle(_ title: String, _ state: inout State) -> String {
        var text = StructureExtractor.collapseSpaces(title)
        if let suffix = outletSuffix(of: text) {
            state.offer(source: SourceCandidate(name: suffix.outlet, rank: SourceRank.titleSuffix, evidence: "title suffix"))
            if let date = suffix.date { state.dates.append(DateCandidate(date: date, rank: 3, evidence: "title suffix")) }
            state.notes.append("removed outlet name\(suffix.date == nil ? "" : " and date") from the title")
            text = suffix.head
        }
        if StructureExtractor.isAllCapitals(text) {
            KeyRecorder.record(text: text)   // the acronyms come from the gazetteer (see `GazetteerChange`)
            text = StructureExtractor.titleCased(text, acronyms: sources.acronyms)
            state.notes.append("put the all-capitals headline in title case")
        }
        return text
    }

    /// The title without its outlet suffix, the outlet, and a date printed after the outlet.
    /// Up to two short section names between the headline and the outlet go too
    /// ("… | World news | The Guardian", "… | News | DW | 12.02.2020").
    func outletSuffix(of text: String) -> (head: String, outlet: String, date: PublicationDate?)? {
        for separator in [" | ", " - ", " – ", " — "] {
            var parts = text.components(separatedBy: separator)
            var date: PublicationDate?
            if parts.count >= 3, let last = parts.last, let d = DateParser.parse(last) {
                date = d
                parts.removeLast()
            }
            guard parts.count >= 2, let name = outletName(parts[parts.count - 1]) else { continue }
            var keep = parts.count - 1
            while keep > 1, parts.count - keep < 3, parts[keep - 1].split(separator: " ").count <= 3,
                  parts[..<(keep - 1)].joined(separator: separator).split(separator: " ").count >= 3 {
                keep -= 1
            }
            let head = parts[..<keep].joined(separator: separator).trimmingSpaces()
            return head.count >= 8 ? (head, name, date) : nil
        }
        return nil
    }

    /// The outlet a title suffix names: "Reuters", "RT World News", "Al-Monitor: Independent, trusted coverage…".
    private func outletName(_ suffix: String) -> String? {
        if let name = sources.known(suffix) { return name }
        guard let (name, rest) = sources.leadingOutlet(in: suffix) else { return nil }
        let afterName = suffix.dropLast(rest.count).trimmingSpaces()
        return afterName.hasSuffix(":") || rest.split(separator: " ").count <= 3 ? name : nil
    }

    /// `true` when nearly every letter is a capital: "SYRIAN ARMY ENTERS MANBIJ".
    static func isAllCapitals(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        guard letters.count >= 8, text.split(separator: " ").count >= 3 else { return false }
        return letters.filter(\.isUppercase).count * 10 >= letters.count * 9
    }

    /// Words kept lower case inside a title-cased headline.
    static let smallWords: Set<String> = ["a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "the", "to", "vs", "via"]

    /// "UN SAYS 800,000 DISPLACED IN NORTHWEST SYRIA" → "UN Says 800,000 Displaced in Northwest Syria":
    /// small words lower case (except first), known acronyms and words with digits kept as written.
    static func titleCased(_ text: String, acronyms: Set<String>) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        return words.enumerated().map { index, word -> String in
            let parts = word.split(separator: "-", omittingEmptySubsequences: false)
            let startsClause = index == 0 || words[index - 1].hasSuffix(":")
            return parts.enumerated().map { k, part -> String in
                let core = part.filter(\.isLetter)
                if acronyms.contains(String(core)) || part.contains(where: \.isNumber) { return String(part) }
                let lower = part.lowercasedFast()
                if k == 0, !startsClause, smallWords.contains(lower) { return lower }
                guard let firstLetter = lower.firstIndex(where: \.isLetter) else { return lower }
                return lower[..<firstLetter] + lower[firstLetter].uppercased() + lower[lower.index(after: firstLetter)...]
            }.joined(separator: "-")
        }.joined(separator: " ")
    }

    func dropRepeatedTitle(_ title: String, from paragraphs: inout [String], notes: inout [String]) {
        guard let first = paragraphs.first, first.count > title.count,
              first.lowercasedFast().hasPrefix(title.lowercasedFast()) else { return }
        let rest = first.dropFirst(title.count)
        guard let next = rest.first, next == " " || ".:–—-|".contains(next) else { return }
        let trimmed = rest.drop(while: { " .:–—-|".contains($0) })
        if trimmed.isEmpty { paragraphs.removeFirst() } else { paragraphs[0] = String(trimmed) }
        notes.append("removed the title repeated at the start of the first paragraph")
    }

    func derivedTitle(from paragraphs: [String]) -> String {
        guard var first = paragraphs.first else { return "Untitled article" }
        if LineClassifier.datelineAgency(first) != nil, let dash = first.firstIndex(where: { "—–-".contains($0) }) {
            first = first[first.index(after: dash)...].trimmingSpaces()
        }
        let sentence = SentenceSplitter.sentences(first).first ?? first
        let title = SentenceSplitter.headline(from: sentence)
        return title.isEmpty ? "Untitled article" : title
    }
}
