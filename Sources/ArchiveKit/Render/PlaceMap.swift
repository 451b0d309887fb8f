/// An inline SVG map of Syria and its neighbours with places drawn as points: no tiles, no
/// script, nothing fetched.
///
/// The country and governorate outlines come from `SyriaOutline` (Natural Earth, public domain). The projection is
/// equirectangular with longitudes shrunk by the cosine of the frame's middle latitude, which
/// over six degrees of latitude is as good as any other and keeps the arithmetic obvious. The map
/// is an image for assistive technology (`role="img"`, `<title>`, `<desc>`); every point has a
/// `<title>` tooltip. Pages list the same places as links next to the map.
struct PlaceMap: Sendable {
    /// One point to draw.
    struct Point: Sendable, Hashable {
        var name: String
        var latitude: Double
        var longitude: Double
        /// Articles naming the place; sets the point's area.
        var count: Int
        /// A governorate or other area: drawn as a ring at its centre rather than a dot.
        var isArea: Bool = false
        /// The place the page is about: drawn in the accent colour, on top.
        var isHighlighted: Bool = false
    }

    /// A name written on the map (a governorate, a neighbouring country).
    struct Label: Sendable, Hashable {
        var text: String
        var latitude: Double
        var longitude: Double
        var isCountry: Bool
    }

    static let frame = SyriaOutline.frame
    /// Map units per degree of latitude.
    static let scale = 100.0
    static let shrink = cos((frame.south + frame.north) / 2 * Double.pi / 180)
    static let width = (frame.east - frame.west) * shrink * scale
    static let height = (frame.north - frame.south) * scale

    /// The names written on every map, centred on their position: the neighbouring countries
    /// inside the part of each that the frame shows, and Syria's governorates, placed by hand
    /// where the short name fits inside each outline.
    static let labels: [Label] = [
        Label(text: "Turkey", latitude: 37.35, longitude: 38.6, isCountry: true),
        Label(text: "Iraq", latitude: 33.5, longitude: 41.95, isCountry: true),
        Label(text: "Jordan", latitude: 32.2, longitude: 37.6, isCountry: true),
        Label(text: "Lebanon", latitude: 33.75, longitude: 35.62, isCountry: true),
        Label(text: "Mediterranean", latitude: 34.5, longitude: 35.08, isCountry: true),
        Label(text: "Aleppo", latitude: 36.5, longitude: 37.75, isCountry: false),
        Label(text: "Idlib", latitude: 36.05, longitude: 36.45, isCountry: false),
        Label(text: "Latakia", latitude: 35.45, longitude: 35.9, isCountry: false),
        Label(text: "Tartus", latitude: 34.85, longitude: 36.1, isCountry: false),
        Label(text: "Hama", latitude: 35.3, longitude: 37.15, isCountry: false),
        Label(text: "Homs", latitude: 34.4, longitude: 38.2, isCountry: false),
        Label(text: "Raqqa", latitude: 36.05, longitude: 38.95, isCountry: false),
        Label(text: "Deir ez-Zor", latitude: 35.05, longitude: 40.2, isCountry: false),
        Label(text: "Hasakah", latitude: 36.55, longitude: 40.85, isCountry: false),
        Label(text: "Rif Dimashq", latitude: 33.3, longitude: 37.15, isCountry: false),
        Label(text: "Damascus", latitude: 33.62, longitude: 36.3, isCountry: false),
        Label(text: "Quneitra", latitude: 33.12, longitude: 35.62, isCountry: false),
        Label(text: "Daraa", latitude: 32.8, longitude: 36.15, isCountry: false),
        Label(text: "As-Suwayda", latitude: 32.62, longitude: 36.85, isCountry: false),
    ]

    /// `true` when the position lies inside the map frame.
    static func contains(latitude: Double, longitude: Double) -> Bool {
        (frame.south...frame.north).contains(latitude) && (frame.west...frame.east).contains(longitude)
    }

    /// Map units of a position: x to the east, y down from the frame's north edge.
    static func project(latitude: Double, longitude: Double) -> (x: Double, y: Double) {
        ((longitude - frame.west) * shrink * scale, (frame.north - latitude) * scale)
    }

    /// The outline of each country as an SVG path, computed once.
    static let countryPaths: [(name: String, path: String)] = SyriaOutline.countries.map { ($0.name, path($0.rings)) }

    /// The outline of each governorate of Syria as an SVG path (holes filled even-odd), by place name.
    static let governoratePaths: [(name: String, path: String)] = SyriaOutline.governorates.map { ($0.id, path($0.rings)) }

    /// SVG path data of rings written "lon,lat lon,lat …|…".
    static func path(_ rings: String) -> String {
        rings.split(separator: "|").map { ring -> String in
            let points = ring.split(separator: " ").compactMap { pair -> String? in
                let parts = pair.split(separator: ",")
                guard parts.count == 2, let lon = Double(parts[0]), let lat = Double(parts[1]) else { return nil }
                let p = project(latitude: lat, longitude: lon)
                return "\(SVGMarkup.number(p.x, decimals: 1)),\(SVGMarkup.number(p.y, decimals: 1))"
            }
            return "M" + points.joined(separator: "L") + "Z"
        }.joined()
    }

    var points: [Point]
    var labels: [Label] = PlaceMap.labels
    /// The governorate to shade: the one the page is about, or the one its place lies in.
    var highlightedGovernorate: String? = nil
    /// When set, the map shows only a window of `focusSpan` degrees of latitude around this
    /// position (kept inside the frame). Text and points keep their size in map units: the
    /// window is drawn about as many pixels wide as it has units, on a phone and in a side column.
    var focus: (latitude: Double, longitude: Double)?

    /// Degrees of latitude shown around a place on its own page: about 270 km.
    static let focusSpan = 2.4

    /// The part of the map shown, in map units, and how much it is enlarged.
    func window() -> (x: Double, y: Double, width: Double, height: Double, zoom: Double) {
        guard let focus else { return (0, 0, PlaceMap.width, PlaceMap.height, 1) }
        let height = PlaceMap.focusSpan * PlaceMap.scale
        let width = height * PlaceMap.width / PlaceMap.height
        let centre = PlaceMap.project(latitude: focus.latitude, longitude: focus.longitude)
        let x = min(max(centre.x - width / 2, 0), PlaceMap.width - width)
        let y = min(max(centre.y - height / 2, 0), PlaceMap.height - height)
        return (x, y, width, height, PlaceMap.height / height)
    }

    /// The SVG element.
    /// - Parameters:
    ///   - id: Prefix of the element ids, unique on the page.
    ///   - title: What the map shows.
    ///   - description: The same in words, for readers who cannot see it.
    func svg(id: String, title: String, description: String) -> String {
        let view = window()
        let n = { (value: Double) in SVGMarkup.number(value, decimals: 1) }
        let box = "\(n(view.x)) \(n(view.y)) \(n(view.width)) \(n(view.height))"
        var svg = #"<svg class="map \#(focus == nil ? "map-overview" : "map-detail")" role="img" aria-labelledby="\#(id)-title \#(id)-desc" viewBox="\#(box)">"#
        svg += #"<title id="\#(id)-title">\#(SVGMarkup.escape(title))</title>"#
        svg += #"<desc id="\#(id)-desc">\#(SVGMarkup.escape(description))</desc>"#
        svg += #"<rect class="map-sea" x="\#(n(view.x))" y="\#(n(view.y))" width="\#(n(view.width))" height="\#(n(view.height))"/>"#
        for country in PlaceMap.countryPaths {
            svg += #"<path class="\#(country.name == "Syria" ? "map-syria" : "map-land")" d="\#(country.path)"><title>\#(SVGMarkup.escape(country.name))</title></path>"#
        }
        for governorate in PlaceMap.governoratePaths {
            let kind = governorate.name == highlightedGovernorate ? "map-governorate map-governorate-here" : "map-governorate"
            svg += #"<path class="\#(kind)" fill-rule="evenodd" d="\#(governorate.path)"><title>\#(SVGMarkup.escape(governorate.name))</title></path>"#
        }
        // A region named like the marked place ("Damascus") would only repeat its name.
        let marked = Set(points.filter(\.isHighlighted).map(\.name))
        for label in labels where !marked.contains(label.text) {
            let p = PlaceMap.project(latitude: label.latitude, longitude: label.longitude)
            // Leave out a name that would be cut by the edge of the window (about 0.6 em a letter).
            let half = Double(label.text.count) * (label.isCountry ? 17 : 13) * 0.3
            guard p.x - half >= view.x, p.x + half <= view.x + view.width, p.y - 14 >= view.y, p.y <= view.y + view.height else { continue }
            svg += #"<text class="\#(label.isCountry ? "map-country" : "map-label")" text-anchor="middle" x="\#(n(p.x))" y="\#(n(p.y))">\#(SVGMarkup.escape(label.text))</text>"#
        }
        let peak = Double(max(points.map(\.count).max() ?? 1, 1))
        // Big points first so small ones stay visible on top; the highlighted one last of all.
        let ordered = points.sorted {
            ($0.isHighlighted ? 1 : 0, -$0.count, $0.name) < ($1.isHighlighted ? 1 : 0, -$1.count, $1.name)
        }
        for point in ordered {
            let p = PlaceMap.project(latitude: point.latitude, longitude: point.longitude)
            let radius = point.isHighlighted ? 7 : focus != nil ? 3 : 3 + 11 * (Double(max(point.count, 0)) / peak).squareRoot()
            let kind = point.isHighlighted ? "map-here" : focus != nil ? "map-context" : (point.isArea ? "map-area" : "map-point")
            let tip = point.count > 0 ? "\(point.name): \(SVGMarkup.count(point.count, "article"))" : point.name
            svg += #"<circle class="\#(kind)" cx="\#(n(p.x))" cy="\#(n(p.y))" r="\#(n(radius))"><title>\#(SVGMarkup.escape(tip))</title></circle>"#
            if point.isHighlighted {
                // The name goes on the side of the point with more room.
                let left = p.x > view.x + view.width * 0.55
                svg += #"<text class="map-name" x="\#(n(left ? p.x - 10 : p.x + 10))" y="\#(n(p.y + 5))" text-anchor="\#(left ? "end" : "start")">\#(SVGMarkup.escape(point.name))</text>"#
            }
        }
        return svg + "</svg>"
    }

    /// `true` when a position falls inside the window the map shows.
    func shows(latitude: Double, longitude: Double) -> Bool {
        let view = window()
        let p = PlaceMap.project(latitude: latitude, longitude: longitude)
        return p.x >= view.x && p.x <= view.x + view.width && p.y >= view.y && p.y <= view.y + view.height
    }
}

import Foundation
