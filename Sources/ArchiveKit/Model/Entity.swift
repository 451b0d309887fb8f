/// Whether an entity is someone who acts (an actor) or somewhere things happen (a place).
///
/// A country is modelled as two entities with the same name, one of each category
/// (the state acting, the territory): see `Place.actor` and the README's "Countries" section.
public enum EntityCategory: String, Sendable, Hashable, CaseIterable, Comparable {
    case actor
    case place

    /// URL folder of the category's pages: `actors` or `places`.
    public var folder: String { self == .actor ? "actors" : "places" }

    public static func < (lhs: EntityCategory, rhs: EntityCategory) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The kind of an actor, which is how the actor index is grouped.
public enum ActorKind: String, Sendable, Hashable, CaseIterable {
    case state
    case person
    case armedGroup = "armed_group"
    case internationalOrganisation = "international_organisation"
    case ngoMonitor = "ngo_monitor"
    case media

    /// Heading used on the actor index, plural.
    public var groupTitle: String {
        switch self {
        case .state: "States and governments"
        case .person: "People"
        case .armedGroup: "Armed groups"
        case .internationalOrganisation: "International organisations"
        case .ngoMonitor: "NGOs and monitors"
        case .media: "Media"
        }
    }

    /// Label used next to one actor, singular.
    public var label: String {
        switch self {
        case .state: "State"
        case .person: "Person"
        case .armedGroup: "Armed group"
        case .internationalOrganisation: "International organisation"
        case .ngoMonitor: "NGO or monitor"
        case .media: "Media"
        }
    }
}

/// The kind of a place, from country down to neighbourhood, plus sites such as air bases.
public enum PlaceKind: String, Sendable, Hashable, CaseIterable {
    case country, governorate, district, city, town, village, neighbourhood, region
    case airBase = "air_base"
    case militaryBase = "military_base"
    case airport
    case borderCrossing = "border_crossing"
    case road, river, dam, lake, mountain, camp, island

    /// Label used next to one place ("Air base").
    public var label: String {
        switch self {
        case .airBase: "Air base"
        case .militaryBase: "Military base"
        case .borderCrossing: "Border crossing"
        default: rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }

    /// How specific a place is; a story "happened" in the most specific place it names.
    /// Countries are 0, governorates 1, districts and regions 2, settlements and sites 3.
    public var specificity: Int {
        switch self {
        case .country: 0
        case .governorate: 1
        case .district, .region, .road, .river, .lake, .mountain: 2
        default: 3
        }
    }
}

/// Identifies one entity of the archive: its category plus its canonical name.
public struct EntityID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let category: EntityCategory
    public let name: String

    public init(_ category: EntityCategory, _ name: String) {
        self.category = category
        self.name = name
    }

    public var description: String { "\(category.rawValue):\(name)" }

    public static func < (lhs: EntityID, rhs: EntityID) -> Bool {
        (lhs.category, lhs.name) < (rhs.category, rhs.name)
    }
}

/// An actor as the gazetteer describes it.
public struct Actor: Hashable, Sendable {
    public var name: String
    public var kind: ActorKind
    public var aliases: [String]
    /// Canonical name of the state or group this actor belongs to (Sergei Lavrov → Russia).
    public var affiliation: String?
    /// Short description such as "Foreign Minister of Russia".
    public var role: String?

    public init(name: String, kind: ActorKind, aliases: [String] = [], affiliation: String? = nil, role: String? = nil) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.affiliation = affiliation
        self.role = role
    }
}

/// A place as the gazetteer describes it.
public struct Place: Hashable, Sendable {
    public var name: String
    public var kind: PlaceKind
    /// Canonical name of the containing place (Kafr Ruma → Maarat al-Numan District), `nil` at the top.
    public var parent: String?
    public var aliases: [String]
    public var coordinate: Coordinate?
    /// The actor this place's name stands for when it is used as an agent
    /// ("Turkey backs…" → actor Turkey; "Moscow said…" → actor Russia).
    public var actor: String?

    public init(name: String, kind: PlaceKind, parent: String? = nil, aliases: [String] = [], coordinate: Coordinate? = nil, actor: String? = nil) {
        self.name = name
        self.kind = kind
        self.parent = parent
        self.aliases = aliases
        self.coordinate = coordinate
        self.actor = actor
    }
}

/// A WGS84 position in decimal degrees.
public struct Coordinate: Hashable, Sendable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}
