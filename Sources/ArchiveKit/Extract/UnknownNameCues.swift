/// The cue patterns of `UnknownNameDetector`, applied to one sentence.
///
/// A sentence is cut into tokens (words with their inner hyphens and apostrophes, and single
/// punctuation marks); a name is a run of capitalised words, with Arabic particles allowed inside
/// ("Suheil al-Hassan", "Abu Khawla", "Jubata al-Khashab").
enum UnknownNameCues {
    /// A name a cue pointed at.
    struct Hit: Equatable {
        var name: String
        /// Where the name sits in the sentence.
        var range: Range<String.Index>
        var category: EntityCategory
        var kind: String
        var cue: String
    }

    /// Cue words before a place name, with the kind they suggest; plural cues may be followed by a list.
    static let placeBefore: [String: String] = [
        "town": "town", "towns": "town", "village": "village", "villages": "village", "city": "city", "cities": "city",
        "neighbourhood": "neighbourhood", "neighborhood": "neighbourhood", "neighbourhoods": "neighbourhood", "neighborhoods": "neighbourhood",
        "district": "neighbourhood", "districts": "neighbourhood", "suburb": "town", "suburbs": "town", "settlement": "village",
        "settlements": "village", "hill": "mountain", "hills": "mountain", "camp": "camp", "area": "region", "region": "region",
        "province": "governorate",
    ]
    /// Cue words after a place name.
    static let placeAfter: [String: String] = [
        "province": "governorate", "governorate": "governorate", "district": "district", "neighbourhood": "neighbourhood",
        "neighborhood": "neighbourhood", "camp": "camp", "airbase": "air_base", "airport": "airport", "airfield": "air_base",
        "crossing": "border_crossing", "dam": "dam", "river": "river", "village": "village", "hill": "mountain",
    ]
    /// Titles and roles before a person's name.
    static let personBefore: Set<String> = [
        "general", "gen", "brigadier", "colonel", "col", "lieutenant", "lt", "admiral", "commander", "spokesman", "spokeswoman",
        "spokesperson", "sheikh", "minister", "envoy", "leader", "chief", "ambassador", "governor", "mayor", "dr", "major", "maj",
    ]
    /// Roles that follow a person's name after a comma ("Naji Mustafa, a spokesman for…").
    static let personAppositive: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "commander", "leader", "head", "chief", "official", "minister", "envoy",
        "founder", "director", "coordinator", "ambassador", "general", "adviser", "advisor", "governor", "member",
    ]
    /// Last words of group names, with the kind they suggest.
    static let groupLast: [String: String] = [
        "Brigade": "armed_group", "Brigades": "armed_group", "Division": "armed_group", "Battalion": "armed_group",
        "Battalions": "armed_group", "Regiment": "armed_group", "Front": "armed_group", "Army": "armed_group",
        "Movement": "armed_group", "Corps": "armed_group", "Legion": "armed_group", "Forces": "armed_group", "Force": "armed_group",
        "Guard": "armed_group", "Units": "armed_group", "Militia": "armed_group", "Party": "armed_group",
        "Council": "state", "Committee": "state", "Commission": "state", "Government": "state", "Agency": "media",
    ]
    /// Capitalised words that start sentences or describe rather than name.
    static let notNames: Set<String> = [
        "the", "a", "an", "in", "on", "at", "of", "and", "but", "it", "its", "this", "that", "these", "those", "his", "her", "their",
        "syrian", "turkish", "russian", "iranian", "american", "israeli", "kurdish", "arab", "iraqi", "lebanese", "jordanian",
        "northern", "southern", "eastern", "western", "north", "south", "east", "west", "central", "northwestern", "northeastern",
        "southwestern", "southeastern", "rebel", "government", "regime", "opposition", "local", "state", "pro", "anti", "mr", "mrs",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "president", "deputy", "foreign", "defence",
        "defense", "prime", "rear", "vice", "interior", "special", "senior", "top", "military", "former", "then", "new", "old",
    ]
    static let particles: Set<String> = ["al", "el", "bin", "ibn", "bint", "de", "ad", "ash", "as", "ez", "az", "abu", "um", "umm"]

    /// Tokens of a sentence: words, and punctuation marks as one-character tokens.
    static func tokens(_ sentence: String) -> [Substring] {
        var result: [Substring] = []
        var index = sentence.startIndex
        while index < sentence.endIndex {
            let c = sentence[index]
            if c.isLetter || c.isNumber {
                var end = sentence.index(after: index)
                while end < sentence.endIndex {
                    let d = sentence[end]
                    if d.isLetter || d.isNumber { end = sentence.index(after: end); continue }
                    if "-'’".contains(d), sentence.index(after: end) < sentence.endIndex, sentence[sentence.index(after: end)].isLetter {
                        end = sentence.index(after: end)
                        continue
                    }
                    break
                }
                var word = sentence[index..<end]
                if word.hasSuffix("'s") || word.hasSuffix("’s") { word = word.dropLast(2) }
                result.append(word)
                index = end
            } else {
                if !c.isWhitespace { result.append(sentence[index...index]) }
                index = sentence.index(after: index)
            }
        }
        return result
    }

    static func isCapitalised(_ token: Substring) -> Bool {
        guard let first = token.first else { return false }
        if first.isUppercase { return true }
        // "al-Hassan", "el-Zour": an article glued to a capitalised word.
        if let dash = token.firstIndex(of: "-"), particles.contains(token[..<dash].lowercasedFast()) {
            return token[token.index(after: dash)...].first?.isUppercase == true
        }
        return false
    }

    static func isParticle(_ token: Substring) -> Bool { particles.contains(token.lowercasedFast()) }

    /// A particle that cannot start a name ("al", "bin"); "Abu" and "Umm" can.
    static func isArticleParticle(_ token: Substring) -> Bool {
        isParticle(token) && !["abu", "um", "umm"].contains(token.lowercasedFast())
    }

    /// The name starting at `start`: capitalised words and inner particles, at most five words.
    static func nameForward(_ tokens: [Substring], from start: Int) -> Range<Int>? {
        var end = start
        while end < tokens.count, end - start < 5 {
            if isCapitalised(tokens[end]) && !(end == start && notNames.contains(tokens[end].lowercasedFast())) { end += 1; continue }
            if end > start, isParticle(tokens[end]), end + 1 < tokens.count, isCapitalised(tokens[end + 1]) { end += 2; continue }
            break
        }
        return end > start ? start..<end : nil
    }

    /// The name ending just before `end`: up to `longest` capitalised words, descriptive words at its front dropped.
    static func nameBackward(_ tokens: [Substring], endingBefore end: Int, longest: Int = 3) -> Range<Int>? {
        var start = end
        while start > 0, end - start < longest {
            let previous = tokens[start - 1]
            if isCapitalised(previous) || (start < end && isParticle(previous)) { start -= 1 } else { break }
        }
        while start < end, notNames.contains(tokens[start].lowercasedFast()) || isArticleParticle(tokens[start]) || personBefore.contains(tokens[start].lowercasedFast()) || tokens[start].contains("-") && tokens[start].dropFirst().contains(where: \.isLowercase) && !isCapitalised(tokens[start].split(separator: "-").last ?? "") {
            start += 1
        }
        return start < end ? start..<end : nil
    }

    static func text(_ tokens: [Substring], _ range: Range<Int>) -> String {
        tokens[range].joined(separator: " ")
    }

    static func hit(_ tokens: [Substring], _ range: Range<Int>, _ category: EntityCategory, _ kind: String, _ cue: String) -> Hit {
        Hit(name: text(tokens, range), range: tokens[range.lowerBound].startIndex..<tokens[range.upperBound - 1].endIndex,
            category: category, kind: kind, cue: cue)
    }

    /// Every cue hit in one sentence.
    static func hits(in sentence: String) -> [Hit] {
        let tokens = tokens(sentence)
        var hits: [Hit] = []
        var i = 0
        while i < tokens.count {
            let lower = tokens[i].lowercasedFast()
            // "the town of X", "the villages of X, Y and Z".
            if let kind = placeBefore[lower], i + 2 < tokens.count, tokens[i + 1] == "of", tokens[i].first?.isLowercase == true {
                var j = i + 2
                while let name = nameForward(tokens, from: j) {
                    hits.append(hit(tokens, name, .place, kind, lower))
                    j = name.upperBound
                    guard lower.hasSuffix("s"), j + 1 < tokens.count else { break }
                    if tokens[j] == "," { j += 1 }
                    if j < tokens.count, tokens[j] == "and" { j += 1 }
                    if j == name.upperBound { break }
                }
            }
            // "X province", "X camp", "X air base".
            if let kind = placeAfter[lower] ?? (lower == "air" && i + 1 < tokens.count && tokens[i + 1].lowercasedFast() == "base" ? "air_base" : nil),
               tokens[i].first?.isLowercase == true, let name = nameBackward(tokens, endingBefore: i) {
                hits.append(hit(tokens, name, .place, kind, lower))
            }
            // "General X Y", "spokesman X Y".
            let titleBefore = i > 0 && personBefore.contains(tokens[i - 1].lowercasedFast().replacingOccurrences(of: ".", with: ""))
            if personBefore.contains(lower.replacingOccurrences(of: ".", with: "")) && !titleBefore {
                var j = i + 1
                while j < tokens.count, tokens[j] == "." || personBefore.contains(tokens[j].lowercasedFast()) || notNames.contains(tokens[j].lowercasedFast()) && isCapitalised(tokens[j]) { j += 1 }
                if let name = nameForward(tokens, from: j), name.count >= 2 {
                    hits.append(hit(tokens, name, .actor, "person", lower))
                }
            }
            // "X Y, a spokesman for…".
            if tokens[i] == ",", i + 1 < tokens.count {
                var j = i + 1
                if j < tokens.count, ["a", "the", "an"].contains(tokens[j].lowercasedFast()) { j += 1 }
                while j < tokens.count, !personAppositive.contains(tokens[j].lowercasedFast()), j - i < 4, tokens[j].first?.isLowercase == true { j += 1 }
                if j < tokens.count, personAppositive.contains(tokens[j].lowercasedFast()), let name = nameBackward(tokens, endingBefore: i), name.count >= 2 {
                    hits.append(hit(tokens, name, .actor, "person", tokens[j].lowercasedFast()))
                }
            }
            // "the X Brigade".
            if let kind = groupLast[String(tokens[i])], i > 0, let name = nameBackward(tokens, endingBefore: i + 1, longest: 5), name.count >= 2 {
                hits.append(hit(tokens, name, .actor, kind, String(tokens[i])))
            }
            i += 1
        }
        return hits
    }
}
