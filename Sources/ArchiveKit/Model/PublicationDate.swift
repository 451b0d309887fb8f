/// A calendar date with no time zone, as printed on an article ("10 January 2018").
///
/// Publication dates are kept at day precision: scraped pages rarely carry a reliable time,
/// and a day is what a researcher cites. Comparison is chronological.
public struct PublicationDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date after checking that the day exists in that month (leap years included).
    /// - Returns: `nil` for impossible dates such as 31 April or years outside 1900–2100.
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2100).contains(year), (1...12).contains(month), day >= 1,
              day <= PublicationDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD`, the form used in front matter, JSON and `<time datetime>`.
    public var iso: String {
        "\(year)-\(PublicationDate.pad(month))-\(PublicationDate.pad(day))"
    }

    /// `YYYY-MM`, used to group articles by month.
    public var yearMonth: String { "\(year)-\(PublicationDate.pad(month))" }

    /// "10 January 2018": unambiguous in every English-speaking country.
    public var display: String { "\(day) \(PublicationDate.monthNames[month - 1]) \(year)" }

    /// "January 2018".
    public var monthDisplay: String { "\(PublicationDate.monthNames[month - 1]) \(year)" }

    public var description: String { iso }

    public static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// English month names, January first.
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
