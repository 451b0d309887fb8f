import Foundation

extension LineClassifier {
    // MARK: - Bylines

    /// Words that make the part of a byline after a comma a job title, not a name or an outlet.
    static let roleWords: Set<String> = [
        "correspondent", "editor", "reporter", "writer", "staff", "chief", "contributor", "analyst", "columnist", "producer",
        "journalist", "bureau", "desk", "special", "senior", "international", "diplomatic", "defence", "defense", "security",
    ]
    /// Words that turn an outlet into its staff credit: "Reuters Staff", "VOA News", "MEE staff".
    static let staffWords: Set<String> = ["staff", "news", "staff writer", "staff writers", "staff reporter", "newsroom", "wires", "online", "desk", "reporters", "team", "editors"]
    static let nameConnectors: Set<String> = ["and", "&", "AND", "in", "of", "al", "bin", "ibn", "el", "de", "del", "da", "van", "von", "der", "la", "le", "du"]

    /// The names of a "By Jane Smith" line and the outlet it names ("By Jane Smith, Reuters").
    ///
    /// A staff credit ("By Reuters Staff", "By VOA News") gives an outlet and no names. A part
    /// after a comma is an outlet when the gazetteer knows it, a job title ("Middle East
    /// Correspondent") or a place ("Beirut") is dropped, and another person's name is kept
    /// ("By Orhan Kaya, Tom Barrow"). " in Beirut" after the names is dropped too.
    static func byline(_ line: String, sources: SourceNames) -> (names: String?, outlet: String?)? {
        guard line.count <= 140 else { return nil }
        let lower = line.lowercasedFast()
        guard let prefix = ["by: ", "by ", "written by ", "words by ", "author: ", "authors: ", "author ", "reporter: "].first(where: { lower.hasPrefix($0) })
        else { return nil }
        var rest = String(line.dropFirst(prefix.count)).trimmingSpaces()
        // "Chase Lindqvist (Reuters, AFP)": the wires a reporter drew on are neither byline nor source.
        rest = rest.replacing(pattern: #"\s*\([^()]*\)$"#, with: "")
        if let outlet = staffCredit(rest, sources: sources) { return (nil, outlet) }
        var outlet: String?
        trimming: while true {
            for separator in [" | ", ", ", " - ", " – ", " — ", " / "] {
                guard let r = rest.range(of: separator, options: .backwards) else { continue }
                let tail = String(rest[r.upperBound...]).trimmingSpaces()
                if outlet == nil, let name = sources.known(tail) ?? staffCredit(tail, sources: sources) {
                    outlet = name
                } else if isRole(tail) || isPlaceWord(tail) {
                    // dropped: "Middle East Correspondent", "Beirut"
                } else {
                    continue
                }
                rest = String(rest[..<r.lowerBound])
                continue trimming
            }
            break
        }
        rest = withoutLocation(rest)
        if rest.isEmpty { return outlet.map { (nil, $0) } }
        if isStaffCredit(rest) { return (nil, outlet ?? sources.leadingOutlet(in: rest)?.name) }
        let words = rest.split(separator: " ")
        guard (1...14).contains(words.count), let first = words.first?.first, first.isUppercase, !rest.contains(". ") || rest.count < 40 else { return nil }
        guard words.allSatisfy({ $0.first!.isUppercase || nameConnectors.contains(String($0)) || $0.first == "(" }) else { return nil }
        return (titleCasedNames(rest), outlet)
    }

    /// The outlet of a staff credit such as "Reuters Staff", "VOA News", "Daily Sabah with agencies", or `nil`.
    static func staffCredit(_ text: String, sources: SourceNames) -> String? {
        if let name = sources.known(text) { return name }
        let lower = text.lowercasedFast()
        for suffix in staffWords.sorted(by: { $0.count > $1.count }) where lower.hasSuffix(" " + suffix) {
            if let name = sources.known(String(text.dropLast(suffix.count + 1))) { return name }
        }
        if let r = lower.range(ofPattern: #" (with|and|&) (agencies|news agencies|wires|afp|ap|reuters|aa|dpa)$"#) {
            return staffCredit(String(text[..<r.lowerBound]), sources: sources)
        }
        return nil
    }

    /// `true` for a credit that names no person: "TOI Staff and Agencies", "News Wires", "Newsroom".
    static func isStaffCredit(_ text: String) -> Bool {
        let words = Set(text.lowercasedFast().split(whereSeparator: { !$0.isLetter }).map(String.init))
        return !words.isDisjoint(with: ["staff", "agencies", "wires", "newsroom", "newsdesk"])
    }

    static func isRole(_ text: String) -> Bool {
        let words = text.lowercasedFast().split(separator: " ")
        return words.count <= 6 && words.contains { roleWords.contains(String($0)) }
    }

    /// A single capitalised word, as in "By Jane Smith, Beirut".
    static func isPlaceWord(_ text: String) -> Bool {
        !text.contains(" ") && text.count >= 3 && text.first?.isUppercase == true && text.allSatisfy { $0.isLetter || $0 == "-" }
    }

    /// "Martin Chulov in Beirut" → "Martin Chulov"; "Jane Smith and Omar Ali in Istanbul" → names only.
    static func withoutLocation(_ names: String) -> String {
        guard let r = names.range(of: " in ", options: .backwards) else { return names }
        let place = names[r.upperBound...]
        let words = place.split(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return names }
        return String(names[..<r.lowerBound])
    }

    /// All-capitals names in title case word by word, "and" kept lower-case.
    static func titleCasedNames(_ names: String) -> String {
        let letters = names.filter(\.isLetter)
        guard letters.filter(\.isUppercase).count * 10 >= letters.count * 8 else { return names }
        return names.split(separator: " ").map { word in
            let lower = word.lowercasedFast()
            if lower == "and" { return "and" }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }

    /// A person's name standing alone on a line ("Nadia Osman", "Martin Hale in Beirut",
    /// "Rosa Whitfield, Middle East Correspondent"), as sites print bylines without "By".
    ///
    /// Two to four capitalised words, no digits, not an outlet and not a name the gazetteer knows
    /// (a line "Bashar al-Assad" is a tag, not a reporter).
    static func personName(_ line: String, sources: SourceNames) -> String? {
        guard line.count <= 60, !line.contains(where: \.isNumber) else { return nil }
        var text = line
        if let comma = text.range(of: ", "), isRole(String(text[comma.upperBound...])) { text = String(text[..<comma.lowerBound]) }
        text = withoutLocation(text)
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count), text.count <= 40 else { return nil }
        let capitalised = words.filter { $0.first?.isUppercase == true }
        guard capitalised.count >= 2,
              words.allSatisfy({ $0.first?.isUppercase == true || nameConnectors.contains(String($0)) || $0.lowercasedFast().hasPrefix("al-") }),
              words.allSatisfy({ $0.allSatisfy { $0.isLetter || "-'’.".contains($0) } }),
              !words.contains(where: { $0.count > 1 && $0.allSatisfy(\.isUppercase) && $0.count > 3 }),
              sources.known(text) == nil, !sources.isKnownEntity(text)
        else { return nil }
        return titleCasedNames(text)
    }

    // MARK: - Source lines, agency lines, datelines

    /// The outlet of a "Source: X" line.
    static func sourceLine(_ line: String) -> String? {
        let lower = line.lowercasedFast()
        for prefix in ["source:", "source -", "source –", "sources:", "via:", "originally published by", "courtesy of"] where lower.hasPrefix(prefix) {
            let value = String(line.dropFirst(prefix.count)).trimmingSpaces()
            return value.isEmpty || value.count > 80 ? nil : value
        }
        return nil
    }

    /// The outlet of a line that is only an agency credit: "- REUTERS", "(AFP)", "— AP".
    static func agencyLine(_ line: String, sources: SourceNames) -> String? {
        guard line.count <= 40 else { return nil }
        let core = line.trimmingCharacters(in: CharacterSet(charactersIn: " -–—()[]./").union(.whitespaces))
        guard !core.isEmpty else { return nil }
        return sources.known(core)
    }

    /// The outlet of a copyright line: "© 2020 The New York Times Company", "Copyright 2019 Reuters. All rights reserved."
    static func copyrightOutlet(_ line: String, sources: SourceNames) -> String? {
        let lower = line.lowercasedFast()
        guard line.count <= 120, lower.hasPrefix("©") || lower.hasPrefix("copyright") || lower.hasPrefix("(c) ") else { return nil }
        var text = line.replacing(pattern: #"(?i)^(copyright|\(c\))?\s*©?\s*(\d{4}(\s*[-–]\s*\d{4})?)?\s*"#, with: "")
        text = text.replacing(pattern: #"(?i)[.,]?\s*(all rights reserved\.?)$"#, with: "")
        text = text.replacing(pattern: #"(?i)[,.]?\s+(company|co\.|inc\.?|ltd\.?|llc|group|plc)$"#, with: "")
        return sources.known(text.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "."))))
    }

    /// A city alone on its own line above the story ("ANKARA", "ISTANBUL", "BEIRUT, Lebanon"): a
    /// dateline the page printed apart from its paragraph.
    static func isDetachedDateline(_ line: String) -> Bool {
        guard line.count <= 30, !line.contains(where: \.isNumber) else { return false }
        let first = line.split(separator: ",").first.map(String.init) ?? line
        let letters = first.filter(\.isLetter)
        return letters.count >= 3 && letters.allSatisfy(\.isUppercase) && first.split(separator: " ").count <= 3
    }

    /// The agency of a dateline opening a story: "BEIRUT (AP) —", "DAMASCUS, Syria (Reuters) -",
    /// "(Reuters) -", "(CNN)Syrian…", "MOSCOW, January 28. /TASS/.", "Damascus, SANA –", "SOHR:".
    static func datelineAgency(_ paragraph: String, sources: SourceNames? = nil) -> String? {
        let head = paragraph.prefix(90)
        if let open = head.firstIndex(of: "("), let close = paragraph[open...].firstIndex(of: ")") {
            let place = paragraph[..<open].trimmingSpaces()
            let agency = String(paragraph[paragraph.index(after: open)..<close])
            // "(5:30 P.M.)", "(2041 HKT)": a time in parentheses is not an agency.
            guard agency.first?.isLetter == true, !agency.contains(where: \.isNumber) || sources?.known(agency) != nil else { return nil }
            let after = paragraph[paragraph.index(after: close)...].trimmingSpaces()
            if place.isEmpty, let next = after.first, "-–—:".contains(next) || (next.isLetter && next.isUppercase && agency.count <= 12) {
                return agency
            }
            if let firstWord = place.split(separator: " ").first, firstWord.count >= 2,
               firstWord.allSatisfy({ $0.isUppercase || $0 == "," || $0 == "-" || $0 == "'" || $0 == "." || $0 == "/" }),
               let dash = after.first, "-–—:".contains(dash) {
                return agency
            }
        }
        guard let sources else { return nil }
        // "MOSCOW, January 28. /TASS/."
        if let match = head.range(ofPattern: #"^[A-Z][A-Za-z0-9 .,'-]{1,40}\s/([A-Za-z-]{2,12})/"#) {
            let name = head[match].split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? ""
            if let known = sources.known(name) { return known }
        }
        // "Damascus, SANA –", "Idleb, SANA- Army units", "SOHR: Regime forces"
        if let match = head.range(ofPattern: #"^[\p{L} ,.'-]{2,50}?\s?[-–—:](\s|$)"#) {
            let lead = head[match].dropLast().trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "-–—:")))
            let pieces = lead.split(separator: ",").map { $0.trimmingSpaces() }
            if pieces.count <= 3, let last = pieces.last, last.split(separator: " ").count <= 4, let known = sources.known(last) { return known }
        }
        return nil
    }

    /// The outlet named in a "Reporting by …" credit, when it names one.
    static func reportingCredit(_ line: String, sources: SourceNames) -> String? {
        let lower = line.lowercasedFast()
        guard lower.hasPrefix("reporting by") || lower.hasPrefix("additional reporting by") || lower.hasPrefix("with reporting by") || lower.hasPrefix("compiled by") else { return nil }
        for piece in line.split(whereSeparator: { ";,".contains($0) }) {
            let words = piece.split(separator: " ")
            for length in stride(from: min(4, words.count), through: 1, by: -1) {
                for start in 0...(words.count - length) {
                    if let known = sources.known(words[start..<(start + length)].joined(separator: " ")) { return known }
                }
            }
        }
        return nil
    }

    static let contributorPrefixes = [
        "reporting by", "additional reporting by", "additional reporting:", "with reporting by", "reporting:", "writing by",
        "editing by", "edited by", "compiled by", "some information for this report", "information for this report",
        "information for this article", "this story has been corrected", "this article has been corrected", "this story was updated",
        "editing:", "translated by", "translation:",
    ]

    /// A credit line at the end of a story: "Reporting by …; Editing by …", "Associated Press writers X
    /// and Y contributed to this report.", "X reported from Istanbul.", "Some information for this report came from AFP."
    static func isContributorCredit(_ line: String) -> Bool {
        guard line.count <= 300 else { return false }
        let lower = line.lowercasedFast()
        if contributorPrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        if ["contributed to this report", "contributed reporting", "contributed to this story", "contributed to this article"].contains(where: { lower.contains($0) }) {
            return true
        }
        return line.matches(pattern: #"^[A-Z][\p{L}'’.-]+( [A-Z][\p{L}'’.-]+){0,3} reported from [A-Z]"#)
    }
}
