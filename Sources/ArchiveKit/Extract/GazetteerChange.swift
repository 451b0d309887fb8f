/// Which extractions made with one gazetteer are still right with another: the articles a
/// gazetteer edit cannot touch keep theirs, so fixing one alias does not re-extract an archive.
///
/// An extraction depends on the gazetteer in three ways, and each is checked:
/// - **Names.** Spellings are consulted only through `EntityIndex.matches(in:)` and `SourceNames`,
///   which see only the words they are given (`KeyRecorder`). A changed entry matters to an article
///   only if all the words of one of its spellings, old or new, were looked up there.
/// - **What is known about a matched entry**: its kind, parent chain and the actor a place stands
///   for. So an entry also counts as changed when a place above it changed, when the actor it stands
///   for changed, or when an entry of the other category with its name changed; then its own
///   spellings are checked too.
/// - **Tables built from the whole gazetteer**: the acronyms kept in all-capitals headlines (each
///   gained or lost acronym is checked like a one-word spelling), the provinces named after their
///   capitals, and the order of the entries (which decides ties). When either of the last two
///   differs, every article is extracted again.
///
/// Curated Markdown articles are not covered: they name entries in their front matter.
public struct GazetteerChange: Sendable {
    /// `true` when nothing extracted with the old gazetteer can be kept.
    public let changesEverything: Bool
    /// The key hashes of each spelling that changed: an article that looked up all of one is extracted again.
    let spellings: [[UInt32]]

    /// What differs between `old` and `new`.
    public init(from old: Gazetteer, to new: Gazetteer) {
        guard GazetteerChange.sameOrder(old, new), GazetteerChange.sameProvinces(old, new) else {
            self.changesEverything = true
            self.spellings = []
            return
        }
        var spellings: [[UInt32]] = []
        var everything = false
        for id in GazetteerChange.affected(old, new).sorted(by: { ($0.category.rawValue, $0.name) < ($1.category.rawValue, $1.name) }) {
            for gazetteer in [old, new] {
                for spelling in GazetteerChange.spellings(of: id, in: gazetteer) {
                    let keys = GazetteerChange.keys(spelling)
                    if keys.isEmpty { everything = true }
                    spellings.append(keys.map(LookedUpKeys.hash))
                }
            }
        }
        for acronym in SourceNames(gazetteer: old).acronyms.symmetricDifference(SourceNames(gazetteer: new).acronyms).sorted() {
            spellings.append(GazetteerChange.keys(acronym).map(LookedUpKeys.hash))
        }
        self.changesEverything = everything
        self.spellings = spellings
    }

    /// `true` when an extraction that looked up `keys` with the old gazetteer is the same with the new one.
    public func keeps(_ keys: LookedUpKeys) -> Bool {
        !changesEverything && !spellings.contains { keys.mayContainAll($0) }
    }

    /// The number of spellings checked (for tests).
    public var spellingCount: Int { spellings.count }

    // MARK: - What changed

    /// Entries whose own definition differs, and those whose extraction reads a changed one.
    static func affected(_ old: Gazetteer, _ new: Gazetteer) -> Set<EntityID> {
        var changed: Set<EntityID> = []
        for name in Set(old.actors.map(\.name)).union(new.actors.map(\.name)) where old.actor(named: name) != new.actor(named: name) {
            changed.insert(EntityID(.actor, name))
        }
        for name in Set(old.places.map(\.name)).union(new.places.map(\.name)) where old.place(named: name) != new.place(named: name) {
            changed.insert(EntityID(.place, name))
        }
        let changedPlaces = Set(changed.filter { $0.category == .place }.map(\.name))
        let changedActors = Set(changed.filter { $0.category == .actor }.map(\.name))
        let changedNames = Set(changed.map(\.name))
        var affected = changed
        for gazetteer in [old, new] {
            for place in gazetteer.places {
                let above = gazetteer.ancestry(of: place.name).dropLast()
                if above.contains(where: { changedPlaces.contains($0.name) }) || place.actor.map(changedActors.contains) == true {
                    affected.insert(EntityID(.place, place.name))
                }
            }
            for actor in gazetteer.actors where changedNames.contains(actor.name) { affected.insert(EntityID(.actor, actor.name)) }
            for place in gazetteer.places where changedNames.contains(place.name) { affected.insert(EntityID(.place, place.name)) }
        }
        return affected
    }

    /// The canonical name and every alias of an entry (without the `~` mark), if the gazetteer has it.
    static func spellings(of id: EntityID, in gazetteer: Gazetteer) -> [String] {
        let names: [String]
        switch id.category {
        case .actor: names = gazetteer.actor(named: id.name).map { [$0.name] + $0.aliases } ?? []
        case .place: names = gazetteer.place(named: id.name).map { [$0.name] + $0.aliases } ?? []
        }
        return names.map { $0.hasPrefix("~") ? String($0.dropFirst()) : $0 }
    }

    /// The keys a text must contain for a spelling to be found in it: every word but articles and "the",
    /// which neither the index nor `SourceNames` needs to see.
    static func keys(_ spelling: String) -> [String] {
        var seen: Set<String> = []
        return WordTokenizer.words(spelling).filter { !$0.isArticle && $0.key != "the" }.map(\.key).filter { seen.insert($0).inserted }
    }

    /// `true` when the entries both gazetteers have come in the same order (order settles homonyms and outlets).
    static func sameOrder(_ old: Gazetteer, _ new: Gazetteer) -> Bool {
        let oldActors = old.actors.map(\.name).filter { new.actor(named: $0) != nil }
        let newActors = new.actors.map(\.name).filter { old.actor(named: $0) != nil }
        let oldPlaces = old.places.map(\.name).filter { new.place(named: $0) != nil }
        let newPlaces = new.places.map(\.name).filter { old.place(named: $0) != nil }
        return oldActors == newActors && oldPlaces == newPlaces
    }

    /// `true` when both give the same provincial capitals (`EntityExtractor.provinceOfCity`).
    static func sameProvinces(_ old: Gazetteer, _ new: Gazetteer) -> Bool {
        EntityExtractor.provinces(in: EntityIndex(gazetteer: old)) == EntityExtractor.provinces(in: EntityIndex(gazetteer: new))
    }
}
