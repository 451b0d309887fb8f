import Foundation

/// Recognises the lines of a scraped page that are not the story: footers, captions, tags, labels.
///
/// Each function looks at one trimmed line and answers with what it is; none of them changes
/// anything. `StructureExtractor` decides what to do with the answer. Captions are in
/// `LineClassifier+Captions.swift`, bylines, datelines and credits in `LineClassifier+Credits.swift`.
enum LineClassifier {
    // MARK: - Blog and site boilerplate

    /// Whole lines of site furniture, compared after dropping everything but letters and spaces.
    static let boilerplateLines: Set<String> = [
        "no comments", "post a comment", "share this", "share this article", "share this story", "share this post", "share this page",
        "share", "tweet", "email this", "blogthis", "share to twitter", "share to facebook", "share to pinterest",
        "newer post", "older post", "home", "newer post older post home", "subscribe to post comments atom",
        "advertisement", "advertisements", "sponsored", "sponsored content", "read more", "related", "related articles",
        "related posts", "related stories", "related topics", "related content", "more on this story", "more news", "more stories",
        "you may also like", "you might also like", "comments", "comment", "leave a comment", "leave a reply", "leave a reply cancel reply",
        "cancel reply", "post comment", "name", "website", "print", "continue reading", "scroll to continue with content", "skip to content",
        "skip to main content", "loading", "like this", "like loading", "email", "facebook", "twitter", "whatsapp", "linkedin", "telegram",
        "messenger", "pinterest", "reddit", "copy link", "copy this link", "more from this author", "most read", "most popular", "trending",
        "recommended", "top stories", "latest news", "watch", "listen to this article", "follow us", "follow", "follow the author",
        "supported by", "get short url", "reuse this content", "order reprints", "todays paper", "order reprints todays paper subscribe",
        "article summary", "ok", "accept", "accept all", "accept cookies", "i agree", "got it", "close", "menu", "search", "subscribe",
        "sign in", "log in", "enter your email", "democracy dies in darkness", "tags", "topics", "keywords", "share on facebook",
        "share on twitter", "share via email", "share this with", "print this article", "view comments", "show comments",
    ]
    /// Line beginnings of site furniture, compared in lower case.
    static let boilerplatePrefixes = [
        "read more:", "read more here", "related:", "share this:", "labels:", "subscribe to", "click here",
        "follow us on", "sign up for", "sign up to", "email this", "copyright ©", "©", "all rights reserved",
        "this article was originally published", "this story was originally published", "you can read the original",
        "also read:", "see also:", "more:", "recommended:", "newsletter:", "join our", "download our app",
        "our standards:", "(except for the headline", "a version of this article appears", "like this story",
        "your email address will not be published", "save my name, email", "we use cookies", "this site uses cookies",
        "this website uses cookies", "share this with", "anadolu agency website contains only", "get short url",
        "enter your email", "skip to ", "listen to this article", "follow the author", "order reprints", "read also:",
        "read next:", "watch:", "watch more:", "more on this story", "related topics", "related coverage:",
    ]

    /// `true` for navigation, sharing, cookie and comment boilerplate ("No comments:", "Share this", "Read more: …").
    static func isBoilerplate(_ line: String) -> Bool {
        let lower = line.lowercasedFast()
        if isCookieNotice(lower) { return true }
        guard lower.count <= 400 else { return false }
        if boilerplatePrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        guard lower.count <= 200 else { return false }
        let compact = compactLetters(lower)
        if boilerplateLines.contains(compact) { return true }
        if compact.matches(pattern: #"^\d+ comments?$"#) { return true }
        if lower.matches(pattern: #"^\d+\s*min(ute)?s?\.? read$"#) { return true }
        if lower.matches(pattern: #"^this (article|story) is more than .{1,20} old$"#) { return true }
        if lower.matches(pattern: #"^(https?://|www\.)\S+$"#) { return true }
        if lower.matches(pattern: #"^.{0,40}\b(website|site) can (also )?be accessed"#) { return true }
        if lower.matches(pattern: #"^share (on|via|to|this on|this with) [a-z ]{2,20}$"#) { return true }
        return isBreadcrumb(line)
    }

    /// Lower-case letters and single spaces only: "Like Loading..." → "like loading".
    static func compactLetters(_ lower: String) -> String {
        let bare = lower.unicodeScalars.filter { CharacterSet.letters.contains($0) || $0 == " " }
        return String(String.UnicodeScalarView(bare)).split(separator: " ").joined(separator: " ")
    }

    /// A cookie or consent banner ("We use cookies to ensure that we give you the best experience…").
    static func isCookieNotice(_ lower: String) -> Bool {
        guard lower.count <= 500, lower.contains("cookie") else { return false }
        return ["we use", "this site uses", "this website uses", "accept", "consent", "privacy policy", "you agree", "continue to use"]
            .contains { lower.contains($0) }
    }

    /// A breadcrumb trail: "Home | World | Middle East", "Home > News > Syria".
    static func isBreadcrumb(_ line: String) -> Bool {
        let pieces = line.split(whereSeparator: { "|>»/›".contains($0) }).map { $0.trimmingSpaces() }
        guard pieces.count >= 2, pieces.first?.lowercasedFast() == "home" else { return false }
        return pieces.allSatisfy { !$0.isEmpty && $0.split(separator: " ").count <= 4 }
    }

    /// A line of only rule characters: "___", "* * *", "------".
    static func isSeparator(_ line: String) -> Bool {
        line.count >= 3 && line.allSatisfy { "_-–—*=~#•·+ ".contains($0) } && line.contains { $0 != " " }
    }

    // MARK: - Trailing sections

    /// Markers after which the rest of a page is comments, whatever their length.
    static let commentMarkers: Set<String> = ["post a comment", "leave a reply", "leave a comment", "leave a reply cancel reply", "comments", "view comments", "show comments"]
    /// Markers of link lists and share widgets that end a page.
    static let sectionMarkers: Set<String> = [
        "related", "related articles", "related posts", "related stories", "related topics", "related content", "more on this story",
        "more news", "more stories", "you may also like", "you might also like", "most read", "most popular", "recommended",
        "top stories", "latest news", "share this", "share this post", "share this article", "share this story", "share", "tags",
        "topics", "keywords", "reuse this content", "like this", "newer post older post home", "more from this author",
    ]

    /// How a line ends the story, if it does: `.comments` for a comment section (everything after it goes),
    /// `.section` for a list of links or tags (goes only when nothing story-like follows).
    enum TrailingSection { case comments, section }

    static func trailingSection(_ line: String) -> TrailingSection? {
        let lower = line.lowercasedFast()
        guard lower.count <= 80 else { return nil }
        let compact = compactLetters(lower)
        if commentMarkers.contains(compact) || compact.matches(pattern: #"^\d+ (comments?|responses?|replies)$"#)
            || lower.hasPrefix("posted by ") || lower.hasPrefix("leave a reply") {
            return .comments
        }
        if sectionMarkers.contains(compact) || lower.hasPrefix("share this:") || lower.hasPrefix("related topics") { return .section }
        return nil
    }

    // MARK: - Keywords

    static let keywordPrefixes = ["tags:", "tags -", "keywords:", "topics:", "filed under:", "related topics:", "labels:", "related subjects:",
                                  "related subjects ", "keywords ", "tags "]

    /// The items of a keyword or tag line ("Syria, Idlib, offensive, Mike Pompeo"), or `nil`.
    ///
    /// Without a "Tags:" label a line needs at least three short comma-separated items and no
    /// sentence ending, so a list inside a sentence stays in the story.
    static func keywords(_ line: String) -> [String]? {
        let lower = line.lowercasedFast()
        var body = Substring(line)
        var labelled = false
        if let prefix = keywordPrefixes.first(where: { lower.hasPrefix($0) }) {
            body = body.dropFirst(prefix.count)
            labelled = true
        }
        let separator: Character = body.contains(",") ? "," : (labelled && body.contains("|") ? "|" : ",")
        let items = body.split(separator: separator).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        if labelled { return items.isEmpty ? nil : items }
        guard items.count >= 3, line.count <= 250, let last = line.last, !".!?:;\"”".contains(last) else { return nil }
        for item in items {
            let words = item.split(separator: " ")
            guard words.count <= 4, item.count <= 40, !item.contains(". "),
                  !words.contains(where: { ["and", "or", "the", "was", "is", "were", "said", "has", "have"].contains($0.lowercasedFast()) })
            else { return nil }
        }
        return items
    }
}
