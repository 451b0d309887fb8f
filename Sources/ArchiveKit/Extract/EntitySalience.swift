/// Orders an article's actors and places by how central they are, so that `places[0]` is where the story happened.
///
/// Each mention weighs by where it is: title 3, lead 2, body 1, caption ½, plus up to ½ for coming early.
/// Actors are ordered by their summed weight. For places, the story happened in the Syrian governorate
/// whose places together weigh most (a town, its district and the governorate all count for it); within
/// it, the place with the most weight wins, a town a little ahead of its governorate at equal weight. A
/// place outside Syria comes first only when it outweighs that governorate twice over (a summit in Moscow,
/// talks in Geneva), and "Syria" only when nothing more specific is named.
public struct EntitySalience: Sendable {
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    struct Tally {
        var id: EntityID
        var count = 0
        var weight = 0.0
        var spellings: [String] = []
        var firstSentence = ""
        var firstPosition = 1.0
    }

    static func weight(of part: EntityExtractor.Part) -> Double {
        switch part {
        case .title: 3
        case .lead: 2
        case .body: 1
        case .caption: 0.5
        }
    }

    /// Mentions in text order in, ranked mentions out.
    func rank(_ mentions: [(id: EntityID, found: EntityExtractor.Found)]) -> (actors: [EntityMention], places: [EntityMention]) {
        var tallies: [EntityID: Tally] = [:]
        var order: [EntityID] = []
        for (id, found) in mentions {
            if tallies[id] == nil {
                tallies[id] = Tally(id: id, firstSentence: SentenceSplitter.excerpt(of: found.sentence, around: found.range), firstPosition: found.position)
                order.append(id)
            }
            tallies[id]!.count += 1
            tallies[id]!.weight += EntitySalience.weight(of: found.part)
            if !tallies[id]!.spellings.contains(found.spelling) { tallies[id]!.spellings.append(found.spelling) }
        }
        let all = order.compactMap { tallies[$0] }
        let actors = all.filter { $0.id.category == .actor }.map { mention($0, salience: $0.weight + 0.5 * (1 - $0.firstPosition)) }
        return (sorted(actors), sorted(rankPlaces(all.filter { $0.id.category == .place })))
    }

    private func rankPlaces(_ places: [Tally]) -> [EntityMention] {
        var scored = places.map { tally -> (Tally, Double) in
            (tally, tally.weight * kindFactor(tally.id.name) + 0.5 * (1 - tally.firstPosition))
        }
        guard let primary = primaryPlace(places) else { return scored.map { mention($0.0, salience: $0.1) } }
        let top = scored.map(\.1).max() ?? 0
        if let i = scored.firstIndex(where: { $0.0.id == primary }) { scored[i].1 = top + 1 }
        return scored.map { mention($0.0, salience: $0.1) }
    }

    /// Where the story happened (see the type's description).
    func primaryPlace(_ places: [Tally]) -> EntityID? {
        var mass: [String: Double] = [:]
        for tally in places {
            if let governorate = governorate(of: tally.id.name) { mass[governorate, default: 0] += tally.weight }
        }
        let foreign = places.filter { !isInSyria($0.id.name) }.max { $0.weight < $1.weight }
        if let (governorate, weight) = mass.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
           weight * 2 >= (foreign?.weight ?? 0) {
            let inside = places.filter { self.governorate(of: $0.id.name) == governorate }
            return inside.max { a, b in
                let sa = a.weight + 0.25 * Double(specificity(a.id.name)) + 0.1 * (1 - a.firstPosition)
                let sb = b.weight + 0.25 * Double(specificity(b.id.name)) + 0.1 * (1 - b.firstPosition)
                return sa != sb ? sa < sb : a.id.name > b.id.name
            }?.id
        }
        if let foreign { return foreign.id }
        return nil
    }

    /// The Syrian governorate a place lies in or is.
    func governorate(of name: String) -> String? {
        gazetteer.ancestry(of: name).first { $0.kind == .governorate && $0.parent == "Syria" }?.name
    }

    func isInSyria(_ name: String) -> Bool {
        gazetteer.ancestry(of: name).first?.name == "Syria"
    }

    private func specificity(_ name: String) -> Int {
        gazetteer.place(named: name)?.kind.specificity ?? 0
    }

    /// Countries weigh least, governorates a little less than what lies in them, places abroad half.
    private func kindFactor(_ name: String) -> Double {
        guard let place = gazetteer.place(named: name) else { return 1 }
        var factor: Double = place.kind == .country ? 0.3 : place.kind == .governorate ? 0.9 : 1
        if !isInSyria(name) { factor *= 0.5 }
        return factor
    }

    private func mention(_ tally: Tally, salience: Double) -> EntityMention {
        EntityMention(entity: tally.id, count: tally.count, spellings: tally.spellings, firstSentence: tally.firstSentence,
                      salience: (salience * 1000).rounded() / 1000)
    }

    private func sorted(_ mentions: [EntityMention]) -> [EntityMention] {
        mentions.sorted { $0.salience != $1.salience ? $0.salience > $1.salience : $0.entity.name < $1.entity.name }
    }
}
