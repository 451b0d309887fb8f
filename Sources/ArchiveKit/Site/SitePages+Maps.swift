/// The inline SVG maps: every place on the places index, and each place on its own page.
extension SitePages {
    /// The map of the places index and a sentence about what it leaves out.
    func placeIndexMap() -> (svg: String?, note: String?) {
        var points: [PlaceMap.Point] = []
        var outside: [String] = []
        var unplaced = 0
        for record in library.places where !record.articles.isEmpty {
            guard let place = library.gazetteer.place(named: record.id.name), place.kind != .country else { continue }
            guard let c = place.coordinate else { unplaced += 1; continue }
            if PlaceMap.contains(latitude: c.latitude, longitude: c.longitude) {
                points.append(PlaceMap.Point(name: place.name, latitude: c.latitude, longitude: c.longitude,
                                             count: record.articles.count, isArea: place.kind.specificity < 2))
            } else {
                outside.append(place.name)
            }
        }
        guard !points.isEmpty else { return (nil, nil) }
        var note = "Each dot is a place named in the archive, larger for more articles; rings mark the centres of governorates, whose borders are drawn in grey."
        note += " Countries are not drawn as points."
        if !outside.isEmpty { note += " Outside the map: \(outside.sorted().joined(separator: ", "))." }
        if unplaced > 0 { note += " \(unplaced) place\(unplaced == 1 ? " has" : "s have") no coordinates." }
        let map = PlaceMap(points: points)
        let svg = map.svg(id: "places-map", title: "Map of the \(points.count) places of Syria and its neighbours named in the archive",
                          description: "Places by number of articles: " + points.sorted { ($0.count, $1.name) > ($1.count, $0.name) }
                              .prefix(10).map { "\($0.name) (\($0.count))" }.joined(separator: ", ") + (points.count > 10 ? ", and more." : "."))
        return (svg, note)
    }

    /// Number of other places drawn around a place on its page, nearest first.
    static let mapContextLimit = 40

    /// A map around this place with it marked and named, and the nearest other places of the
    /// archive as small dots; only when its coordinates fall inside the map frame.
    func placeMap(for record: EntityRecord) -> String? {
        guard let place = library.gazetteer.place(named: record.id.name), place.kind != .country,
              let c = place.coordinate, PlaceMap.contains(latitude: c.latitude, longitude: c.longitude) else { return nil }
        var map = PlaceMap(points: [], focus: (c.latitude, c.longitude))
        let here = PlaceMap.Point(name: place.name, latitude: c.latitude, longitude: c.longitude, count: record.articles.count,
                                  isArea: place.kind.specificity < 2, isHighlighted: true)
        let nearby = library.places.compactMap { other -> (PlaceMap.Point, Double)? in
            guard other.id != record.id, !other.articles.isEmpty, let p = library.gazetteer.place(named: other.id.name),
                  p.kind.specificity >= 2, let o = p.coordinate, map.shows(latitude: o.latitude, longitude: o.longitude) else { return nil }
            let distance = (o.latitude - c.latitude) * (o.latitude - c.latitude) + (o.longitude - c.longitude) * (o.longitude - c.longitude)
            return (PlaceMap.Point(name: p.name, latitude: o.latitude, longitude: o.longitude, count: other.articles.count), distance)
        }
        .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.name < $1.0.name }
        .prefix(SitePages.mapContextLimit).map(\.0)
        map.points = nearby + [here]
        map.highlightedGovernorate = library.gazetteer.ancestry(of: place.name).last { $0.kind == .governorate }?.name
        let region = library.gazetteer.ancestry(of: place.name).dropLast().last.map { ", in \($0.name)" } ?? ""
        let around = nearby.isEmpty ? "" : " Nearby places in the archive: " + nearby.prefix(8).map(\.name).joined(separator: ", ") + "."
        return map.svg(id: "place-map", title: "Where \(place.name) is",
                       description: "\(place.name)\(region), marked on a map of its surroundings.\(around)")
    }
}
