extension StructureExtractor {
    /// The working state of one extraction: the lines, what has been removed and what was found.
    struct State {
        var lines: [Line]
        var title: String?
        var url: String?
        var byline: String?
        var keywords: [String] = []
        var caption: String?
        var credit: String?
        var dates: [DateCandidate] = []
        var sources: [SourceCandidate] = []
        var notes: [String] = []
        var diagnostics: [Diagnostic] = []
        /// `true` once reflowing merged lines into paragraphs.
        var reflowed = false

        init(lines: [Line]) {
            self.lines = lines
        }

        /// Indices of lines that still hold text.
        var contentIndices: [Int] {
            lines.indices.filter { !lines[$0].removed && !lines[$0].text.isEmpty }
        }

        mutating func remove(_ index: Int, _ note: String) {
            lines[index].removed = true
            notes.append(note)
        }

        mutating func offer(source: SourceCandidate) {
            sources.append(source)
        }

        /// Keeps the first caption and credit seen; empty parts are ignored.
        mutating func keep(caption: String?, credit: String) {
            if self.caption == nil, let caption, !caption.isEmpty { self.caption = caption }
            if self.credit == nil, !credit.isEmpty { self.credit = credit }
        }

        /// Takes what a metadata line holds and removes the line.
        mutating func take(_ found: Findings, from index: Int, what: String) {
            dates += found.dates
            sources += found.sources
            var taken: [String] = []
            if byline == nil, let names = found.byline { byline = names; taken.append("byline") }
            if !found.dates.isEmpty { taken.append("date") }
            if !found.sources.isEmpty { taken.append("source") }
            let kind = taken.isEmpty ? "removed \(what) without a usable date" : "read \(taken.joined(separator: ", ")) from \(what)"
            remove(index, "\(kind) \(StructureExtractor.quote(lines[index].text)) (line \(lines[index].number))")
        }

        /// The remaining lines as paragraphs: blocks are separated by blank or removed lines;
        /// a hard-wrapped block is reflowed, a block of long or sentence-ending lines keeps one
        /// paragraph per line, and each bullet of a list is a paragraph of its own.
        mutating func paragraphs() -> [String] {
            var blocks: [[String]] = [[]]
            for line in lines {
                if line.removed || line.text.isEmpty {
                    if !blocks[blocks.count - 1].isEmpty { blocks.append([]) }
                } else {
                    blocks[blocks.count - 1].append(line.text)
                }
            }
            blocks.removeAll { $0.isEmpty }
            let lineCount = blocks.reduce(0) { $0 + $1.count }
            let result = blocks.flatMap(StructureExtractor.paragraphs(ofBlock:))
            reflowed = result.count < lineCount
            return result
        }
    }

    static func endsSentence(_ line: String) -> Bool {
        guard let last = line.last else { return false }
        return ".!?\"”’)…:".contains(last)
    }

    /// `true` for a list item: "- item", "• item", "* item", "1. item", "2) item".
    static func isBullet(_ line: String) -> Bool {
        if let first = line.first, "-•*·▪".contains(first), line.dropFirst().first == " " { return true }
        return line.matches(pattern: #"^\d{1,2}[.)] "#)
    }

    /// Paragraphs of one block of consecutive lines; list items keep their continuation lines.
    static func paragraphs(ofBlock block: [String]) -> [String] {
        guard block.contains(where: isBullet) else { return reflow(block) }
        var result: [String] = []
        var prose: [String] = []
        var item: String?
        for line in block {
            if isBullet(line) {
                if let current = item { result.append(current) }
                if !prose.isEmpty { result += reflow(prose); prose = [] }
                item = line
            } else if let current = item {
                item = current + " " + line
            } else {
                prose.append(line)
            }
        }
        if let current = item { result.append(current) }
        if !prose.isEmpty { result += reflow(prose) }
        return result
    }

    /// Paragraphs of one block of consecutive prose lines.
    static func reflow(_ block: [String]) -> [String] {
        guard block.count > 1 else { return block }
        let body = block.dropLast()
        let lengths = body.map(\.count)
        let longest = lengths.max() ?? 0
        let average = Double(lengths.reduce(0, +)) / Double(lengths.count)
        let sentenceEnds = Double(body.filter(endsSentence).count) / Double(body.count)
        let hardWrapped = longest <= 100 && average >= 35 && sentenceEnds < 0.5
        guard hardWrapped else { return block }
        var paragraphs: [String] = []
        var current = ""
        for (k, line) in block.enumerated() {
            if current.isEmpty {
                current = line
            } else if current.hasSuffix("-") && !current.hasSuffix(" -") {
                current += line
            } else {
                current += " " + line
            }
            if k < block.count - 1, Double(line.count) < 0.6 * Double(longest), endsSentence(line) {
                paragraphs.append(current)
                current = ""
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }
}
