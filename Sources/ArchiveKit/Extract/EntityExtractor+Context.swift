/// The words around a name, and the rules that read them.
extension EntityExtractor {
    /// A match in its sentence: the words, the raw text, every match of the sentence and the one before.
    struct Context {
        var words: [Word]
        var text: String
        var matches: [EntityIndex.Match]
        var position: Int
        var previous: (match: EntityIndex.Match, id: EntityID)?

        func lower(_ i: Int) -> String { words[i].lowercased }

        /// Index of the word before `start`, skipping "the" and Arabic articles.
        func wordBefore(_ start: Int) -> Int? {
            var i = start - 1
            while i >= 0, words[i].isArticle || words[i].lowercased == "the" { i -= 1 }
            return i >= 0 ? i : nil
        }

        /// The raw text between two words (punctuation the tokenizer dropped).
        func gap(after i: Int, before j: Int) -> Substring {
            text[words[i].range.upperBound..<words[j].range.lowerBound]
        }

        /// The next word when only spaces separate it from the match.
        func wordAfter(_ match: EntityIndex.Match) -> Int? {
            let next = match.end
            guard next < words.count, gap(after: next - 1, before: next).allSatisfy({ $0 == " " }) else { return nil }
            return next
        }

        /// Text glued right after the match ("-backed", "'s").
        func suffix(_ match: EntityIndex.Match) -> Substring {
            let end = words[match.end - 1].range.upperBound
            return text[end...].prefix(12)
        }

        /// "UK-based", "London-based": where someone sits, not part of the story.
        func isCompoundWithBased(_ match: EntityIndex.Match) -> Bool {
            let rest = suffix(match).lowercasedFast()
            return rest.hasPrefix("-based") || rest.hasPrefix("–based")
        }

        /// A name marked `~` counts after a word of place ("in Rami", "the village of Rami"), before a place noun
        /// ("Rami village"), or in a list that follows a place ("al-Shabki, Rami and Tarba").
        func hasPlaceCue(_ match: EntityIndex.Match, previousIsPlace: Bool) -> Bool {
            if match.end < words.count, EntityExtractor.settlementNouns.contains(lower(match.end)) { return true }
            // "in Syrian territory": a cue-only name followed by a noun is an adjective, whatever came before it.
            if let next = wordAfter(match), words[next].shape == .lower, !EntityExtractor.wordsAfterAPlace.contains(lower(next)),
               !EntityExtractor.isPastTense(lower(next)) { return false }
            if let before = wordBefore(match.start) {
                let word = lower(before)
                if EntityExtractor.locationWords.contains(word) || EntityExtractor.settlementNouns.contains(word) { return true }
                if word == "of", let earlier = wordBefore(before), EntityExtractor.settlementNouns.contains(lower(earlier)) { return true }
                if word == "and", previousIsPlace, let previous, previous.match.end >= before { return true }
            }
            if let previous, previousIsPlace, previous.match.end == match.start,
               gap(after: match.start - 1, before: match.start).contains(",") { return true }
            return false
        }

        /// "Lebanese" in "the Lebanese militant group Hezbollah", "Russian" in "the Russian resort of Sochi", "French"
        /// in "a French charity": a nationality describing someone or something, not the state acting.
        func isDescriptiveAdjective(_ match: EntityIndex.Match, index: EntityIndex) -> Bool {
            guard match.end - match.start == 1, match.candidates.count == 1, let id = match.candidates.first, id.category == .actor,
                  index.gazetteer.actor(named: id.name)?.kind == .state, words[match.start].lowercased != id.name.lowercasedFast() else { return false }
            if let next = wordAfter(match), EntityExtractor.civilNouns.contains(lower(next)) { return true }
            guard position + 1 < matches.count else { return false }
            let next = matches[position + 1]
            let between = (match.end..<next.start).map { lower($0) }
            guard !between.isEmpty, between.count <= 4, between.allSatisfy({ EntityExtractor.descriptorWords.contains($0) }) else { return false }
            return !text[words[match.start].range.upperBound..<words[next.start].range.lowerBound].contains(where: { ",;:()".contains($0) })
        }
    }

    // MARK: - Place or actor?

    static let locationWords: Set<String> = [
        "in", "into", "inside", "to", "toward", "towards", "across", "near", "outside", "through", "throughout",
        "within", "around", "at", "via", "reached", "reach", "entered", "enter", "crossed", "visit", "visited", "fled", "along", "over",
        "neighbouring", "neighboring", "occupied", "torn",
        "north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast",
    ]
    /// Nouns of place: "the village of X", "X village", "the border with X".
    static let placeNouns: Set<String> = [
        "village", "villages", "town", "towns", "city", "cities", "district", "districts", "area", "areas", "countryside",
        "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "camp", "camps", "province", "region", "hill", "hills",
        "mountain", "mountains", "airbase", "crossing", "border", "borders", "frontier", "line", "boundary", "suburb", "suburbs",
        "settlement", "settlements", "territory", "soil", "airspace", "side", "coast", "capital",
    ]
    /// Nouns that say a name is a settlement or area: cues for names marked `~` ("the village of Rami", "Rami village").
    static let settlementNouns: Set<String> = [
        "village", "villages", "town", "towns", "city", "cities", "district", "districts", "area", "areas", "countryside",
        "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "camp", "camps", "province", "region", "hill", "hills",
        "mountain", "mountains", "airbase", "suburb", "suburbs", "settlement", "settlements",
    ]
    /// Nouns after a country or capital that make it the state: "the US base", "Moscow's envoy".
    static let actorNouns: Set<String> = [
        "base", "bases", "embassy", "ambassador", "envoy", "official", "officials", "delegation", "diplomat", "diplomats", "military",
        "army", "forces", "troops", "soldiers", "jets", "warplanes", "drones", "aircraft", "government", "president", "minister",
        "administration", "intelligence", "support", "backing", "ally", "allies", "proxies", "officers", "advisers", "advisors",
        "operation", "operations", "strikes", "airstrikes", "sanctions", "position", "decision", "role", "intervention",
        "foreign", "defence", "defense", "ministry", "leader", "leadership", "regime", "authorities", "side",
    ]
    /// Verbs and prepositions before a name that make it someone acted upon or acting: "asked Moscow", "backed by Moscow".
    static let actorObjectWords: Set<String> = [
        "asked", "urged", "told", "warned", "accused", "blamed", "pressed", "criticised", "criticized", "condemned", "thanked",
        "invited", "by", "hold", "holds", "held", "persuade", "convince", "convinced", "pressure", "pressured", "against",
        "warns", "warn", "urges", "urge", "asks", "ask", "tells", "tell", "accuses", "accuse", "blames", "blame", "presses", "press",
        "condemns", "criticises", "criticizes", "thanks", "invites", "slams", "slammed", "rebuffs", "rebuffed",
    ]
    /// Nouns of movement between places: "the route between Damascus and the coast", "the road from Damascus".
    static let routeNouns: Set<String> = ["route", "routes", "road", "roads", "highway", "corridor", "link", "links", "motorway", "way",
                                          "distance", "flights", "journey", "trip", "traffic", "convoy", "convoys", "trade", "path"]
    static let diplomaticNouns: Set<String> = ["ambassador", "envoy", "delegation", "mission", "representative", "embassy", "message", "letter"]
    /// Words before "from" that make what follows a place left behind ("fled from Syria", "rockets fired from Lebanon");
    /// after other words "from" names a source that acts ("assurances from Russia").
    static let movementWords: Set<String> = [
        "fled", "flee", "fleeing", "came", "come", "coming", "arrived", "arriving", "returned", "returning", "return", "fired",
        "launched", "crossed", "crossing", "withdrew", "withdrawn", "withdraw", "withdrawal", "expelled", "flew", "flown", "refugees",
        "displaced", "deported", "evacuated", "smuggled", "away", "far", "kilometres", "kilometers", "km", "miles", "group", "militants",
        "entered", "infiltrated", "transferred", "brought", "moved", "travelled", "traveled", "escaped", "driven", "pushed",
    ]
    /// Words between a nationality and the name it describes.
    static let descriptorWords: Set<String> = [
        "shia", "shiite", "sunni", "islamist", "jihadist", "militant", "militia", "armed", "group", "movement", "party", "organisation",
        "organization", "faction", "resort", "city", "town", "village", "port", "region", "province", "news", "agency", "state",
        "broadcaster", "newspaper", "daily", "channel", "television", "tv", "outlet", "charity", "aid", "medical", "humanitarian", "ngo",
    ]
    /// Lowercase words that may follow a place name ("in Rami and", "in Rami on Monday", "in Rami was").
    static let wordsAfterAPlace: Set<String> = [
        "and", "or", "in", "on", "near", "at", "to", "from", "after", "before", "when", "where", "which", "who", "while", "was", "were",
        "is", "are", "has", "have", "had", "said", "of", "for", "with", "by", "as", "since", "during", "until", "last", "this", "earlier",
        "late", "early", "itself", "alone", "too", "also", "on", "but", "amid", "despite", "over", "under", "into", "toward", "towards",
    ]
    /// People and bodies that have a nationality but do not act for a state: "a French charity", "a British journalist".
    static let civilNouns: Set<String> = [
        "charity", "ngo", "company", "firm", "journalist", "journalists", "reporter", "photographer", "citizen", "citizens", "national",
        "nationals", "doctor", "doctors", "tourist", "tourists", "writer", "academic", "researcher", "analyst", "expert", "experts",
        "newspaper", "magazine", "website", "activist", "activists", "family", "families", "community", "minority", "businessman",
        "woman", "man", "women", "men", "child", "children", "volunteer", "volunteers", "student", "students", "christians", "speaking",
    ]
    static let agentWords: Set<String> = [
        "said", "says", "say", "has", "have", "had", "is", "are", "was", "were", "been", "will", "would", "could", "can", "may", "might", "must", "should",
        "did", "does", "do", "threw", "gave", "took", "made", "told", "sent", "began", "won", "led", "struck", "hit", "kept",
        "met", "brought", "sought", "got", "put", "held", "fought", "wants", "wanted", "seeks", "claims", "claimed", "denies",
        "denied", "insists", "insisted", "accused", "accuses", "warned", "warns", "backs", "backed", "supports", "supported",
        "launched", "launches", "announced", "announces", "rejected", "rejects", "agreed", "agrees", "refused", "refuses",
        "also", "then", "later", "recently", "already", "reportedly", "quickly", "never", "still", "remains", "remained",
    ]
    static let backingSuffixes = ["-backed", "-led", "-brokered", "-sponsored", "-supported", "-allied", "–backed", "–led"]

    /// Picks place or actor when a name is both.
    ///
    /// After a word of location ("in Turkey", "fled to Turkey", "the border with Jordan") it is the place; as the
    /// object of diplomacy or pressure ("asked Moscow", "talks with Ankara", "backed by Moscow", "Russia's envoy",
    /// "the US base") or before a verb ("Moscow has allowed", "Turkey backs") it is the actor. Otherwise a country
    /// whose actor has its own name (Turkey → Turkey) is the actor, and a place standing for a differently named
    /// actor (Moscow → Russia, Syria → Syrian government) is the place.
    func resolveCategory(_ candidates: [EntityID], context c: Context, match: EntityIndex.Match) -> EntityCategory {
        guard let place = candidates.first(where: { $0.category == .place }),
              let actor = candidates.first(where: { $0.category == .actor }) else { return candidates[0].category }
        let rest = c.suffix(match).lowercasedFast()
        if EntityExtractor.backingSuffixes.contains(where: { rest.hasPrefix($0) }) { return .actor }
        if rest.hasPrefix("'s") || rest.hasPrefix("’s") {
            // "Syria's northwestern province", "Syria's Idlib": the place; "Russia's Hmeimim airbase", "Turkey's President": the state.
            if c.position + 1 < c.matches.count, c.matches[c.position + 1].start == match.end,
               let owned = c.matches[c.position + 1].candidates.first(where: { $0.category == .place }) {
                return isWithin(owned.name, place.name) ? .place : .actor
            }
            if match.end < c.words.count {
                // "Syria's largest city", "Turkey's southern border": a place noun within the next three words.
                for next in match.end..<min(match.end + 3, c.words.count) where c.words[next].shape == .lower || next == match.end {
                    let noun = c.lower(next)
                    if EntityExtractor.placeNouns.contains(noun) || EntityExtractor.directions.contains(noun) { return .place }
                    if EntityExtractor.actorNouns.contains(noun) { break }
                }
            }
            return .actor
        }
        if let next = c.wordAfter(match), c.words[next].shape == .lower, EntityExtractor.actorNouns.contains(c.lower(next)) { return .actor }
        if let before = c.wordBefore(match.start) {
            let word = c.lower(before)
            let earlier = c.wordBefore(before).map { c.lower($0) }
            if word == "with" || word == "between" {
                return earlier.map { EntityExtractor.placeNouns.contains($0) || EntityExtractor.routeNouns.contains($0) } == true ? .place : .actor
            }
            if word == "and", let previous = c.previous, previous.match.end == before, previous.match.candidates.count > 1 {
                return previous.id.category
            }
            if word == "to", let earlier, EntityExtractor.diplomaticNouns.contains(earlier) { return .actor }
            if word == "from" {
                return earlier.map { EntityExtractor.movementWords.contains($0) || EntityExtractor.routeNouns.contains($0) } == true ? .place : .actor
            }
            if word == "on", earlier == "called" || earlier == "calls" || earlier == "call" { return .actor }
            if EntityExtractor.actorObjectWords.contains(word) { return .actor }
            if EntityExtractor.locationWords.contains(word) { return .place }
        }

        if let next = c.wordAfter(match), c.words[next].shape == .lower {
            let word = c.lower(next)
            if EntityExtractor.actorNouns.contains(word) { return .actor }
            if EntityExtractor.placeNouns.contains(word) { return .place }
        }
        // Skip "and Ankara" / "and Turkey" to reach the verb of a compound subject.
        var after = match.end
        while after + 1 < c.words.count, c.lower(after) == "and", c.words[after + 1].shape != .lower {
            after += 2
            while after < c.words.count, c.words[after].shape != .lower { after += 1 }
        }
        if after < c.words.count, after == match.end ? c.wordAfter(match) != nil : true {
            let next = c.lower(after)
            if c.words[after].shape == .lower && (EntityExtractor.agentWords.contains(next) || EntityExtractor.isPastTense(next)) { return .actor }
        }
        return actor.name == place.name ? .actor : .place
    }

    /// `true` when `name` lies in `container` (Idlib Governorate in Syria).
    func isWithin(_ name: String, _ container: String) -> Bool {
        index.gazetteer.ancestry(of: name).dropLast().contains { $0.name == container }
    }

    static func isPastTense(_ word: String) -> Bool {
        word.count > 4 && word.hasSuffix("ed")
    }

    // MARK: - A city or its province?

    static let directions: Set<String> = [
        "northern", "southern", "eastern", "western", "northwestern", "northeastern", "southwestern", "southeastern",
        "north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast", "rural", "central",
    ]
    /// Cities whose parts a direction names: "southern Damascus" is the capital's south (Damascus is a governorate
    /// of its own), and "eastern Aleppo" the city's east, the two sides of the front in 2012–2016.
    static let directionsInsideCity: [String: Set<String>] = [
        "Damascus": ["northern", "southern", "eastern", "western", "north", "south", "east", "west", "central"],
        "Aleppo": ["eastern", "western", "east", "west", "central"],
    ]
    /// Lists of provinces ("the provinces of Raqqa and Deir Ezzor") name governorates too; off until the seed
    /// archive's expectations follow (they pin the cities Raqqa and Deir ez-Zor for that phrase).
    static let listsOfProvincesAreGovernorates = true

    /// The governorate a provincial capital stands for here: "the countryside of Hama", "Hama's northern
    /// countryside", "northern Hama", "the province of Hama".
    func governorate(for candidates: [EntityID], context c: Context, match: EntityIndex.Match) -> EntityID? {
        guard candidates.count == 1, let province = provinceOfCity[candidates[0].name] else { return nil }
        if let before = c.wordBefore(match.start) {
            let word = c.lower(before)
            if word == "of", let earlier = c.wordBefore(before) {
                let noun = c.lower(earlier)
                if noun == "countryside" || noun == "province" || noun == "governorate" { return EntityID(.place, province) }
                if noun == "provinces" && EntityExtractor.listsOfProvincesAreGovernorates { return EntityID(.place, province) }
            }
            if EntityExtractor.directions.contains(word), before == match.start - 1,
               EntityExtractor.directionsInsideCity[candidates[0].name]?.contains(word) != true {
                return EntityID(.place, province)
            }
        }
        var next = match.end
        if next < c.words.count, EntityExtractor.directions.contains(c.lower(next)) { next += 1 }
        if next < c.words.count, ["countryside", "province", "governorate", "mountains"].contains(c.lower(next)) { return EntityID(.place, province) }
        return nil
    }

    /// Provincial capitals found through their governorates' "X province" and "X countryside" aliases.
    static func provinces(in index: EntityIndex) -> [String: String] {
        var result: [String: String] = [:]
        for governorate in index.gazetteer.places where governorate.kind == .governorate {
            for alias in governorate.aliases {
                let lower = alias.lowercasedFast()
                guard lower.hasSuffix(" province") || lower.hasSuffix(" countryside") else { continue }
                let name = String(alias[..<alias.lastIndex(of: " ")!])
                let words = WordTokenizer.words(name)
                guard let match = index.matches(in: words).first, match.start == 0, match.end == words.count else { continue }
                for id in match.candidates where id.category == .place {
                    guard let city = index.gazetteer.place(named: id.name), city.kind == .city || city.kind == .town else { continue }
                    if result[city.name] == nil { result[city.name] = governorate.name }
                }
            }
        }
        return result
    }
}
