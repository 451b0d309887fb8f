import Foundation

/// Recognises the lines of a scraped page that are not the story: footers, captions, tags, labels.
///
/// Each function looks at one trimmed line and answers with what it is; none of them changes
/// anything. `StructureExtractor` decides what to do with the answer.
enum LineClassifier {
    // MARK: - Blog and site boilerplate

    static let boilerplateLines: Set<String> = [
        "no comments", "post a comment", "share this", "share this article", "share this story", "share this post",
        "share", "tweet", "email this", "blogthis", "share to twitter", "share to facebook", "share to pinterest",
        "newer post", "older post", "home", "newer post older post home", "subscribe to post comments atom",
        "advertisement", "advertisements", "sponsored", "sponsored content", "read more", "related", "related articles",
        "related posts", "related stories", "you may also like", "comments", "leave a comment", "leave a reply",
        "print", "continue reading", "scroll to continue with content", "skip to content", "loading", "like this",
        "email", "facebook", "twitter", "whatsapp", "linkedin", "telegram", "copy link", "more from this author",
        "most read", "trending", "recommended", "top stories", "watch", "listen to this article", "follow us",
    ]
    static let boilerplatePrefixes = [
        "read more:", "read more here", "related:", "share this:", "posted by ", "labels:", "subscribe to", "click here",
        "follow us on", "sign up for", "sign up to", "email this", "copyright ©", "©", "all rights reserved",
        "this article was originally published", "this story was originally published", "you can read the original",
        "also read:", "see also:", "more:", "recommended:", "newsletter:", "join our", "download our app",
    ]

    /// `true` for navigation, sharing and comment boilerplate ("No comments:", "Share this", "Read more: …").
    static func isBoilerplate(_ line: String) -> Bool {
        let lower = line.lowercased()
        guard lower.count <= 200 else { return false }
        let bare = lower.unicodeScalars.filter { CharacterSet.letters.contains($0) || $0 == " " }
        let compact = String(String.UnicodeScalarView(bare)).split(separator: " ").joined(separator: " ")
        if boilerplateLines.contains(compact) { return true }
        if compact.range(of: #"^\d+ comments?$"#, options: .regularExpression) != nil { return true }
        return boilerplatePrefixes.contains { lower.hasPrefix($0) }
    }

    // MARK: - Keywords

    static let keywordPrefixes = ["tags:", "tags -", "keywords:", "topics:", "filed under:", "related topics:", "labels:"]

    /// The items of a keyword or tag line ("Syria, Idlib, offensive, Mike Pompeo"), or `nil`.
    ///
    /// Without a "Tags:" label a line needs at least three short comma-separated items and no
    /// sentence ending, so a list inside a sentence stays in the story.
    static func keywords(_ line: String) -> [String]? {
        let lower = line.lowercased()
        var body = Substring(line)
        var labelled = false
        if let prefix = keywordPrefixes.first(where: { lower.hasPrefix($0) }) {
            body = body.dropFirst(prefix.count)
            labelled = true
        }
        let separator: Character = body.contains(",") ? "," : (labelled && body.contains("|") ? "|" : ",")
        let items = body.split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if labelled { return items.isEmpty ? nil : items }
        guard items.count >= 3, line.count <= 250, let last = line.last, !".!?:;\"”".contains(last) else { return nil }
        for item in items {
            let words = item.split(separator: " ")
            guard words.count <= 4, item.count <= 40, !item.contains(". "),
                  !words.contains(where: { ["and", "or", "the", "was", "is", "were", "said", "has", "have"].contains($0.lowercased()) })
            else { return nil }
        }
        return items
    }

    // MARK: - Photo captions

    static let creditMarkers = [
        "getty images", "/afp", "afp/", "afp photo", "/reuters", "reuters/", "ap photo", "/ap", "(photo", "photo:", "photograph:",
        "photo credit", "image:", "picture:", "file photo", "/anadolu", "anadolu agency via", "/sana", "/epa", "epa-efe", "/shutterstock",
        "photo by ", "image by ", "pictured:", "© ",
    ]

    /// Splits a photo caption line into caption and credit, or returns `nil` when the line is not one.
    ///
    /// The credit is the trailing "NAME/AGENCY via Getty Images" run, a "(Photo by …)" group or
    /// a "Photo: …" label; what comes before it is the caption.
    static func caption(_ line: String) -> (caption: String?, credit: String)? {
        let lower = line.lowercased()
        guard line.count <= 500, creditMarkers.contains(where: { lower.contains($0) }) else { return nil }
        // "Photo: Reuters/Khalil Ashawi" or "Photo by …" at the start: all credit, or credit then caption.
        for label in ["photo:", "photograph:", "image:", "picture:", "photo credit:", "pictured:"] where lower.hasPrefix(label) {
            return (nil, String(line.dropFirst(label.count)).trimmingCharacters(in: .whitespaces))
        }
        if let open = lower.range(of: "(photo by") ?? lower.range(of: "(photo:") ?? lower.range(of: "(image:") ?? lower.range(of: "(file photo"),
           let close = line[open.lowerBound...].firstIndex(of: ")") {
            let credit = String(line[line.index(after: open.lowerBound)..<close])
            let caption = (String(line[..<open.lowerBound]) + String(line[line.index(after: close)...])).trimmingCharacters(in: .whitespaces)
            return (caption.isEmpty ? nil : caption, credit)
        }
        // "… on January 27, 2020. OMAR HAJ KADOUR/AFP via Getty Images": credit starts at the capitals before the first slash.
        if let slash = line.firstIndex(of: "/") {
            var start = slash
            while start > line.startIndex {
                let previous = line.index(before: start)
                let c = line[previous]
                if c.isUppercase || c == " " || c == "-" || c == "'" || c == "." || c == "’" { start = previous } else { break }
            }
            while start < slash, line[start] == " " || line[start] == "." { start = line.index(after: start) }
            if start < slash {
                let caption = line[..<start].trimmingCharacters(in: .whitespaces)
                return (caption.isEmpty ? nil : caption, String(line[start...]).trimmingCharacters(in: .whitespaces))
            }
        }
        if let getty = lower.range(of: "getty images") {
            // Credit without a slash: cut at the last sentence end before it.
            let head = line[..<getty.lowerBound]
            if let dot = head.range(of: ". ", options: .backwards) {
                return (String(line[..<dot.lowerBound]) + ".", String(line[dot.upperBound...]).trimmingCharacters(in: .whitespaces))
            }
            return (nil, line)
        }
        return nil
    }

    // MARK: - Bylines, source lines, agency lines

    /// The names of a "By Jane Smith" line and an outlet named after a comma or bar ("By Jane Smith, Reuters").
    static func byline(_ line: String) -> (names: String, outlet: String?)? {
        guard line.count <= 120, line.hasPrefix("By ") || line.hasPrefix("BY ") || line.hasPrefix("by ") else { return nil }
        var rest = String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces)
        var outlet: String?
        for separator in [" | ", ", ", " - ", " – ", " — "] {
            if let r = rest.range(of: separator, options: .backwards) {
                let tail = String(rest[r.upperBound...])
                if tail.split(separator: " ").count <= 5 && !tail.lowercased().hasPrefix("and ") {
                    outlet = tail
                    rest = String(rest[..<r.lowerBound])
                    break
                }
            }
        }
        let words = rest.split(separator: " ")
        guard (1...12).contains(words.count), let first = words.first?.first, first.isUppercase, !rest.contains(". ") || rest.count < 40 else { return nil }
        let connectors: Set<String> = ["and", "&", "AND", "in", "of", "al", "bin", "el", "de", "van", "von", "der", "la"]
        guard words.allSatisfy({ $0.first!.isUppercase || connectors.contains(String($0)) || $0.first == "(" }) else { return nil }
        var names = rest
        let letters = names.filter(\.isLetter)
        if letters.filter(\.isUppercase).count * 10 >= letters.count * 8 {
            // "NADIA KARAM and OMAR ALI" → "Nadia Karam and Omar Ali".
            names = names.split(separator: " ").map { $0.lowercased() == "and" ? "and" : $0.capitalized }.joined(separator: " ")
        }
        return (names, outlet)
    }

    /// The outlet of a "Source: X" line.
    static func sourceLine(_ line: String) -> String? {
        let lower = line.lowercased()
        for prefix in ["source:", "source -", "source –", "sources:", "via:", "originally published by", "courtesy of"] where lower.hasPrefix(prefix) {
            let value = String(line.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            return value.isEmpty || value.count > 80 ? nil : value
        }
        return nil
    }

    /// The outlet of a line that is only an agency credit: "- REUTERS", "(AFP)", "— AP".
    static func agencyLine(_ line: String, sources: SourceNames) -> String? {
        guard line.count <= 40 else { return nil }
        let core = line.trimmingCharacters(in: CharacterSet(charactersIn: " -–—()[].").union(.whitespaces))
        guard !core.isEmpty else { return nil }
        return sources.known(core)
    }

    /// The agency of a dateline opening a story: "BEIRUT (AP) —", "DAMASCUS, Syria (Reuters) -".
    static func datelineAgency(_ paragraph: String) -> String? {
        guard let open = paragraph.prefix(80).firstIndex(of: "("), let close = paragraph[open...].firstIndex(of: ")") else { return nil }
        let place = paragraph[..<open].trimmingCharacters(in: .whitespaces)
        guard !place.isEmpty, let firstWord = place.split(separator: " ").first, firstWord.count >= 2,
              firstWord.allSatisfy({ $0.isUppercase || $0 == "," || $0 == "-" || $0 == "'" || $0 == "." })
        else { return nil }
        let after = paragraph[paragraph.index(after: close)...].trimmingCharacters(in: .whitespaces)
        guard let dash = after.first, "-–—:".contains(dash) else { return nil }
        return String(paragraph[paragraph.index(after: open)..<close])
    }

    /// The outlet named in a "Reporting by …" credit, when it names one.
    static func reportingCredit(_ line: String, sources: SourceNames) -> String? {
        let lower = line.lowercased()
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
}
