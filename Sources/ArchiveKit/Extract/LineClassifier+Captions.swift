import Foundation

extension LineClassifier {
    // MARK: - Photo captions

    static let creditMarkers = [
        "getty images", "/afp", "afp/", "afp photo", "/reuters", "reuters/", "ap photo", "/ap", "(photo", "photo:", "photograph:",
        "photo credit", "image:", "picture:", "file photo", "/anadolu", "anadolu agency via", "/sana", "/epa", "epa-efe", "/shutterstock",
        "photo by ", "image by ", "pictured:", "© ", "image copyright", "image caption", "image source",
    ]

    /// Labels that open a caption line; the value is what the rest of the line is.
    static let captionLabels: [(label: String, part: CaptionPart)] = [
        ("image copyright", .credit), ("image source", .credit), ("photo credit:", .credit), ("photo:", .credit), ("photograph:", .credit),
        ("image:", .credit), ("picture:", .credit), ("pictured:", .credit), ("image caption", .caption), ("caption:", .caption),
        ("file photo:", .captionThenCredit), ("file -", .captionThenCredit), ("file photo -", .captionThenCredit),
    ]

    enum CaptionPart { case credit, caption, captionThenCredit }

    /// `true` for a line that can only be a photo caption or credit, so it may be taken out even in
    /// the middle of the story: a caption label at the start, or a wire-photo credit at the end
    /// ("… (AP Photo/Name, File)", "… REUTERS/Name", "… Photograph: Name/AFP/Getty Images").
    static func isCaptionLine(_ line: String) -> Bool {
        guard line.count <= 400 else { return false }
        let lower = line.lowercasedFast()
        if captionLabels.contains(where: { lower.hasPrefix($0.label) }) || lower.hasPrefix("(photo") { return true }
        if lower.containsLiteral("getty images") || lower.containsLiteral(" photograph: ") { return true }
        if line.hasSuffix(")"), let open = line.lastIndex(of: "("), line[open...].lowercasedFast().contains("photo") { return true }
        if bracketCredit(line) != nil { return true }
        if line.matches(pattern: #"\b(REUTERS|AFP|AP|EPA|SANA|AA)/[A-Z][\p{L}.' -]+(/[\p{L} ]+)?\.?$"#) { return true }
        return false
    }

    /// "Turkish vehicles near the border, on 10 February 2020 [Muhammed Said/Anadolu Agency]":
    /// a caption ending in a square-bracketed photographer/agency credit.
    static func bracketCredit(_ line: String) -> (caption: String?, credit: String)? {
        guard line.count <= 400, line.hasSuffix("]"), let open = line.lastIndex(of: "[") else { return nil }
        let credit = String(line[line.index(after: open)..<line.index(before: line.endIndex)]).trimmingSpaces()
        let lower = credit.lowercasedFast()
        guard credit.count <= 80, credit.contains("/") || lower.contains("photo") || lower.contains("getty") || lower.contains("via ") else { return nil }
        let caption = line[..<open].trimmingSpaces()
        return (caption.isEmpty ? nil : caption, credit)
    }

    /// Splits a photo caption line into caption and credit, or returns `nil` when the line is not one.
    ///
    /// The credit is the trailing "NAME/AGENCY via Getty Images" run, a "(Photo by …)" group or
    /// a "Photo: …" label; what comes before it is the caption.
    static func caption(_ line: String) -> (caption: String?, credit: String)? {
        let lower = line.lowercasedFast()
        guard creditMarkers.contains(where: { lower.containsLiteral($0) }), line.count <= 500 else { return nil }
        for (label, part) in captionLabels where lower.hasPrefix(label) {
            let rest = String(line.dropFirst(label.count)).trimmingCharacters(in: .whitespaces.union(.init(charactersIn: ":-–")))
            switch part {
            case .credit: return (nil, rest)
            case .caption: return rest.isEmpty ? nil : (rest, "")
            case .captionThenCredit:
                if let split = caption(rest), !split.credit.isEmpty { return split }
                return (rest, "")
            }
        }
        if let (caption, credit) = bracketCredit(line) { return (caption, credit) }
        if let photograph = line.range(of: " Photograph: ") {
            let caption = String(line[..<photograph.lowerBound]).trimmingSpaces()
            return (caption.isEmpty ? nil : caption, String(line[photograph.upperBound...]).trimmingSpaces())
        }
        if let open = lower.range(of: "(photo by") ?? lower.range(of: "(photo:") ?? lower.range(of: "(image:") ?? lower.range(of: "(file photo")
            ?? lower.range(of: "(ap photo"),
           let close = line[open.lowerBound...].firstIndex(of: ")") {
            let credit = String(line[line.index(after: open.lowerBound)..<close])
            let caption = (String(line[..<open.lowerBound]) + String(line[line.index(after: close)...])).trimmingSpaces()
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
                let caption = line[..<start].trimmingSpaces()
                return (caption.isEmpty ? nil : caption, String(line[start...]).trimmingSpaces())
            }
        }
        if let getty = lower.range(of: "getty images") {
            // Credit without a slash: cut at the last sentence end before it.
            let head = line[..<getty.lowerBound]
            if let dot = head.range(of: ". ", options: .backwards) {
                return (String(line[..<dot.lowerBound]) + ".", String(line[dot.upperBound...]).trimmingSpaces())
            }
            return (nil, line)
        }
        return nil
    }
}
