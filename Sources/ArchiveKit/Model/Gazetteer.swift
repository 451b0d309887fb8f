/// What the archive knows about actors and places: canonical names, kinds, spellings, hierarchy.
///
/// The built-in gazetteer ships with the tool; an archive can extend or override it with a
/// `gazetteer.yaml` beside its articles (`Gazetteer.merging(_:)`).
/// Aliases as readers should see them: without the `~` that marks a name matched only next to
/// a place word (see the gazetteer's header).
public func displayAliases(_ aliases: [String]) -> [String] {
    aliases.map { $0.hasPrefix("~") ? String($0.dropFirst()) : $0 }
}

public struct Gazetteer: Sendable, Hashable {
    public private(set) var actors: [Actor]
    public private(set) var places: [Place]
    private var actorIndex: [String: Int]
    private var placeIndex: [String: Int]

    public init(actors: [Actor] = [], places: [Place] = []) {
        self.actors = []
        self.places = []
        self.actorIndex = [:]
        self.placeIndex = [:]
        for actor in actors { upsert(actor) }
        for place in places { upsert(place) }
    }

    /// The actor with this canonical name.
    public func actor(named name: String) -> Actor? { actorIndex[name].map { actors[$0] } }

    /// The place with this canonical name.
    public func place(named name: String) -> Place? { placeIndex[name].map { places[$0] } }

    /// The kind of the entry `id` names as a reader sees it ("Town", "Armed group"), or `nil` when there is none.
    public func kindLabel(of id: EntityID) -> String? {
        id.category == .actor ? actor(named: id.name)?.kind.label : place(named: id.name)?.kind.label
    }

    /// `true` when an entity with this id exists.
    public func contains(_ id: EntityID) -> Bool {
        id.category == .actor ? actorIndex[id.name] != nil : placeIndex[id.name] != nil
    }

    /// Adds an actor, or replaces the one with the same canonical name.
    public mutating func upsert(_ actor: Actor) {
        if let i = actorIndex[actor.name] { actors[i] = actor } else { actorIndex[actor.name] = actors.count; actors.append(actor) }
    }

    /// Adds a place, or replaces the one with the same canonical name.
    public mutating func upsert(_ place: Place) {
        if let i = placeIndex[place.name] { places[i] = place } else { placeIndex[place.name] = places.count; places.append(place) }
    }

    /// This gazetteer with another's entries added; an entry with an existing canonical name replaces it.
    public func merging(_ other: Gazetteer) -> Gazetteer {
        var merged = self
        for actor in other.actors { merged.upsert(actor) }
        for place in other.places { merged.upsert(place) }
        return merged
    }

    /// The chain of places from the top of the hierarchy down to `name` (Syria → Idlib Governorate → …).
    public func ancestry(of name: String) -> [Place] {
        var chain: [Place] = []
        var seen: Set<String> = []
        var current = place(named: name)
        while let p = current, !seen.contains(p.name) {
            seen.insert(p.name)
            chain.append(p)
            current = p.parent.flatMap { place(named: $0) }
        }
        return chain.reversed()
    }
}
