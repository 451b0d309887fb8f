import Foundation

/// The actor and place indexes.
///
/// Each index is rendered twice on its page: in name order (shown by default) and by number
/// of articles (shown when the address ends in `#by-count`, by CSS `:target`). Sorting needs no
/// script and no server, and works from `file://`.
extension SitePages {
    /// Anchor prefix of the lists ordered by number of articles.
    static let countOrderPrefix = "count-"

    /// Actors grouped by kind.
    func actorIndex() -> OutputFile {
        let path = Permalinks.entityIndex(.actor)
        func groups(byCount: Bool) -> [GroupView] {
            ActorKind.allCases.compactMap { kind -> GroupView? in
                let records = library.actors.filter { library.gazetteer.actor(named: $0.id.name)?.kind == kind }
                let ordered = records.sorted { byCount && $0.articles.count != $1.articles.count ? $0.articles.count > $1.articles.count
                    : SitePages.alphabetical($0.id.name, $1.id.name) }
                let items = ordered.compactMap { entityLink($0.id, from: path, count: $0.articles.count) }
                let anchor = (byCount ? SitePages.countOrderPrefix : "") + kind.rawValue
                return items.isEmpty ? nil : GroupView(title: kind.groupTitle, anchor: anchor, items: items, count: items.count)
            }
        }
        let model = IndexPageView(
            layout: layout(path: path, title: "Actors", description: "Every state, person, armed group, organisation and outlet named in \(library.config.title).", section: .actors),
            title: "Actors", intro: "Grouped by kind; the number is how many articles name each one.",
            total: library.actors.count, groups: groups(byCount: false),
            otherOrders: [IndexOrderView(id: "by-count", groups: groups(byCount: true), trees: [])])
        return OutputFile(path: path, text: templates.render(model, with: "index"))
    }

    /// Places as a tree per country (country → governorate → district → town), with a map.
    func placeIndex() -> OutputFile {
        let path = Permalinks.entityIndex(.place)
        let trees = placeTrees(from: path)
        let map = placeIndexMap()
        let model = IndexPageView(
            layout: layout(path: path, title: "Places", description: "Every place named in \(library.config.title), on a map and by country, governorate and district.", section: .places),
            title: "Places",
            intro: "By country, governorate and district; the number is how many articles name the place or a place within it.",
            total: library.places.count, groups: [], trees: SitePages.sorted(trees, byCount: false, prefix: ""),
            mapSVG: map.svg, mapNote: map.note,
            otherOrders: [IndexOrderView(id: "by-count", groups: [], trees: SitePages.sorted(trees, byCount: true, prefix: SitePages.countOrderPrefix))])
        return OutputFile(path: path, text: templates.render(model, with: "index"))
    }

    /// One tree per country, then one group of the places that lie in no country.
    func placeTrees(from path: String) -> [TreeGroupView] {
        var children: [String: [EntityRecord]] = [:]
        var tops: [EntityRecord] = []
        for record in library.places {
            if let parent = library.gazetteer.place(named: record.id.name)?.parent, library.record(EntityID(.place, parent)) != nil {
                children[parent, default: []].append(record)
            } else {
                tops.append(record)
            }
        }
        // The number of a place counts the articles naming it or any place within it, once each.
        func node(_ record: EntityRecord) -> (item: TreeItemView, articles: Set<Int>) {
            let below = (children[record.id.name] ?? []).map(node)
            let articles = below.reduce(into: Set(record.articles)) { $0.formUnion($1.articles) }
            let item = TreeItemView(name: record.id.name, url: link(Permalinks.entity(.place, record.slug), from: path),
                                    count: articles.count, note: kindLabel(record.id), children: below.map(\.item), hasChildren: !below.isEmpty)
            return (item, articles)
        }
        func size(_ item: TreeItemView) -> Int { 1 + item.children.reduce(0) { $0 + size($1) } }
        var trees = tops.filter { library.gazetteer.place(named: $0.id.name)?.kind == .country }.map { record -> TreeGroupView in
            let root = node(record).item
            return TreeGroupView(title: root.name, anchor: Slug(root.name).value, url: root.url, count: root.count, size: size(root), items: root.children)
        }
        let loose = tops.filter { library.gazetteer.place(named: $0.id.name)?.kind != .country }.map { node($0).item }
        if !loose.isEmpty {
            trees.append(TreeGroupView(title: "Other places", anchor: "other-places", url: "", count: 0, size: loose.reduce(0) { $0 + size($1) }, items: loose))
        }
        return trees
    }

    /// The trees in name order or by number of articles (then name) at every level, with
    /// anchors given a prefix. Countries, which are sections rather than list items, come most
    /// articles first in both orders (Syria first in an archive about Syria); "Other places" last.
    static func sorted(_ trees: [TreeGroupView], byCount: Bool, prefix: String) -> [TreeGroupView] {
        func order(_ a: TreeItemView, _ b: TreeItemView) -> Bool {
            byCount && a.count != b.count ? a.count > b.count : alphabetical(a.name, b.name)
        }
        func sortItems(_ items: [TreeItemView]) -> [TreeItemView] {
            items.sorted(by: order).map { item in
                var item = item
                item.children = sortItems(item.children)
                return item
            }
        }
        let countries = trees.filter { !$0.url.isEmpty }.sorted { $0.count != $1.count ? $0.count > $1.count : alphabetical($0.title, $1.title) }
        return (countries + trees.filter { $0.url.isEmpty }).map { tree in
            var tree = tree
            tree.anchor = prefix + "in-" + tree.anchor
            tree.items = sortItems(tree.items)
            return tree
        }
    }

    /// Name order as a reader expects it: letter case and accents ignored ("al-Assad" beside
    /// "Al-Bab", "Médecins" among the M's), then the exact name, so the order is total.
    static func alphabetical(_ a: String, _ b: String) -> Bool {
        let x = sortKey(a), y = sortKey(b)
        return x != y ? x < y : a < b
    }

    /// The name without case or accents.
    static func sortKey(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
