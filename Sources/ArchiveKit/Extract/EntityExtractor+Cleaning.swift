import Foundation

/// What of an article is the story: datelines, reporting credits and photo credits name places and
/// outlets that are not part of it ("BEIRUT (Reuters) -", "Reporting by … in Amman", "…/AFP via Getty Images").
extension EntityExtractor {
    static let creditOpenings = ["reporting by", "additional reporting", "writing by", "editing by", "compiled by", "(reporting by",
                                 "(additional reporting", "(writing by", "(editing by", "reporting and writing by"]
    static let photoCreditMarks = [" via Getty", "/AFP", "(AFP", "AFP PHOTO", "/Reuters", "REUTERS/", "(Reuters", "/AP", "(AP Photo", "AP Photo",
                                   "Photo:", "(Photo", "Getty Images", "/Anadolu", "(Anadolu", "/SANA", "(SANA", "| "]

    /// The segments that tell the story, with datelines and credits cut away.
    static func storyText(_ segments: [Segment], index: EntityIndex) -> [Segment] {
        var result: [Segment] = []
        var sawLead = false
        for var segment in segments {
            let trimmed = segment.text.trimmingSpaces()
            let lower = trimmed.lowercasedFast()
            if creditOpenings.contains(where: { lower.hasPrefix($0) }) { continue }
            if segment.part == .lead && isOutletHeader(trimmed, index: index) { continue }
            if segment.part == .lead && !sawLead {
                sawLead = true
                segment.text = withoutDateline(segment.text, index: index)
            }
            if segment.part == .caption { segment.text = withoutPhotoCredit(segment.text) }
            result.append(segment)
        }
        return result
    }

    /// "Enab Baladi – Idleb", "London - Asharq Al-Awsat": a place and an outlet on a line of their own.
    static func isOutletHeader(_ line: String, index: EntityIndex) -> Bool {
        let parts = line.components(separatedBy: CharacterSet(charactersIn: "–—|")).flatMap { $0.components(separatedBy: " - ") }
            .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        guard parts.count == 2, line.split(separator: " ").count <= 8 else { return false }
        return parts.contains { part in
            let words = WordTokenizer.words(part)
            guard let match = index.matches(in: words).first, match.start == 0, match.end == words.count else { return false }
            return match.candidates.contains { index.gazetteer.actor(named: $0.name)?.kind == .media }
        }
    }

    /// The text after a dateline: "BEIRUT (Reuters) -", "DAMASCUS, Syria (AP) —", "MOSCOW, January 20. /TASS/.",
    /// "ERBIL, Kurdistan Region –", "GENEVA —", "AMMAN:", "Deir Ezzor, SANA-".
    static func withoutDateline(_ text: String, index: EntityIndex) -> String {
        let head = text.prefix(100)
        if let tass = head.range(of: "/TASS/") {
            return String(text[tass.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: ". ").union(.whitespaces))
        }
        let firstWord = head.prefix { $0 != " " && $0 != "," && $0 != "(" && $0 != ":" }
        let capsDateline = firstWord.count >= 3 && firstWord.allSatisfy { $0.isUppercase || "/.-'".contains($0) }
        guard let separator = head.firstIndex(where: { "-–—:".contains($0) }) else { return text }
        let before = head[..<separator]
        let after = head[head.index(after: separator)...]
        // A hyphen inside a word ("al-Numan", "SANA-Army") only ends a dateline right after an outlet's name.
        let isLoneMark = head[separator] != "-" || before.last == " " || after.first == " " || before.hasSuffix(")") || endsWithOutlet(before, index: index)
        guard isLoneMark else { return text }
        // Outside brackets, a dateline is capitalised words only: "ERBIL, Kurdistan Region", "KOBANI, Syrian Kurdistan (Kurdistan 24)".
        var outside = ""
        var depth = 0
        for character in before {
            if character == "(" { depth += 1 } else if character == ")" { depth -= 1 } else if depth == 0 { outside.append(character) }
        }
        let words = outside.split(whereSeparator: { " ,/".contains($0) })
        guard words.count <= 6, words.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true }) else { return text }
        if capsDateline || endsWithOutlet(before, index: index) {
            return String(text[text.index(after: separator)...]).trimmingSpaces()
        }
        return text
    }

    private static func endsWithOutlet(_ text: Substring, index: EntityIndex) -> Bool {
        guard let comma = text.lastIndex(of: ",") else { return false }
        let name = text[text.index(after: comma)...].trimmingSpaces()
        let words = WordTokenizer.words(name)
        guard !words.isEmpty, let match = index.matches(in: words).first, match.start == 0, match.end == words.count else { return false }
        return match.candidates.contains { index.gazetteer.actor(named: $0.name)?.kind == .media }
    }

    /// A caption without its photo credit ("… OMAR HAJ KADOUR/AFP via Getty Images/Getty").
    static func withoutPhotoCredit(_ caption: String) -> String {
        var text = Substring(caption)
        for mark in photoCreditMarks {
            if let range = text.range(of: mark) { text = text[..<range.lowerBound] }
        }
        // Drop the photographer's name in capitals that preceded the credit.
        var words = text.split(separator: " ", omittingEmptySubsequences: true)
        while let last = words.last, last.count > 1, last.allSatisfy({ $0.isUppercase || $0 == "-" || $0 == "." }) { words.removeLast() }
        return words.joined(separator: " ")
    }
}
