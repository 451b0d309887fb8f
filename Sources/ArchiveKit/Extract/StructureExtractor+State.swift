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
        /// Number of line blocks before reflowing, to tell whether reflowing merged any.
        var blockCount = 0

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

        /// The remaining lines as paragraphs: blocks are separated by blank or removed lines;
        /// a hard-wrapped block is reflowed, a block of long or sentence-ending lines keeps one
        /// paragraph per line.
        mutating func paragraphs() -> [String] {
            var blocks: [[String]] = [[]]
            for line in lines {
                if line.removed || line.text.isEmpty {
                    if !blocks[blocks.count - 1].isEmpty { blocks.append([]) }
                } else {
                    blocks[blocks.count - 1].append(StructureExtractor.collapseSpaces(line.text))
                }
            }
            blocks.removeAll { $0.isEmpty }
            blockCount = blocks.reduce(0) { $0 + $1.count }
            return blocks.flatMap(StructureExtractor.reflow)
        }
    }

    static func endsSentence(_ line: String) -> Bool {
        guard let last = line.last else { return false }
        return ".!?\"”’)…:".contains(last)
    }

    /// Paragraphs of one block of consecutive lines.
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
