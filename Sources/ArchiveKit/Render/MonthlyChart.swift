/// An inline SVG bar chart of articles per month: one bar per calendar month, empty months
/// included, so gaps in the coverage show as gaps.
///
/// Horizontal positions are percentages and vertical ones pixels, so the chart fills the width
/// of any screen without squeezing its text. It is an image for assistive technology
/// (`role="img"`, a `<title>` and a `<desc>` that says the same in words); every bar carries a
/// `<title>` tooltip with its month and count. Colours come from the page's CSS (`.chart`), so
/// dark mode and print need nothing here.
struct MonthlyChart: Sendable {
    /// Months counted from year 0 (`year * 12 + month - 1`), so consecutive months differ by one.
    static func monthNumber(_ date: PublicationDate) -> Int { date.year * 12 + date.month - 1 }

    /// "January 2018" for a month number.
    static func monthName(_ number: Int) -> String {
        "\(PublicationDate.monthNames[number % 12]) \(number / 12)"
    }

    /// The first month of the chart, as a month number.
    var firstMonth: Int
    /// One count per month from `firstMonth` on.
    var counts: [Int]

    /// Counts `dates` per month over `months` (every month of the archive, or the dates' own span when `nil`).
    init(dates: [PublicationDate], months: ClosedRange<Int>? = nil) {
        let numbers = dates.map(MonthlyChart.monthNumber)
        let span = months ?? ((numbers.min() ?? 0)...(numbers.max() ?? 0))
        firstMonth = span.lowerBound
        counts = Array(repeating: 0, count: span.count)
        for n in numbers where span.contains(n) { counts[n - span.lowerBound] += 1 }
    }

    /// The SVG element.
    /// - Parameters:
    ///   - id: Prefix of the element ids, unique on the page.
    ///   - title: What the chart shows ("Articles per month").
    ///   - height: Height in CSS pixels.
    ///   - yearLabels: Whether to print the years under the bars.
    func svg(id: String, title: String, height: Int = 150, yearLabels: Bool = true) -> String {
        let total = counts.reduce(0, +)
        let peak = counts.max() ?? 0
        let top = 18.0, bottom = yearLabels ? 22.0 : 2.0
        let plot = Double(height) - top - bottom
        // A short span keeps slim bars from the left instead of a few slabs across the page.
        let slot = min(5, 100.0 / Double(max(counts.count, 1)))
        let barWidth = slot * (counts.count > 48 ? 0.9 : 0.75)
        let fullTitle = "\(title), \(MonthlyChart.monthName(firstMonth)) to \(MonthlyChart.monthName(firstMonth + counts.count - 1))"
        var svg = #"<svg class="chart" role="img" aria-labelledby="\#(id)-title \#(id)-desc" width="100%" height="\#(height)">"#
        svg += #"<title id="\#(id)-title">\#(SVGMarkup.escape(fullTitle))</title>"#
        svg += #"<desc id="\#(id)-desc">\#(SVGMarkup.escape(description(total: total, peak: peak)))</desc>"#
        if peak > 0 {
            svg += #"<text class="chart-scale" x="0" y="12">\#(SVGMarkup.escape(SVGMarkup.count(peak, "article"))) in the busiest month</text>"#
            svg += #"<line class="chart-grid" x1="0" x2="100%" y1="\#(SVGMarkup.number(top))" y2="\#(SVGMarkup.number(top))"/>"#
        }
        for (i, count) in counts.enumerated() where count > 0 {
            let h = max(2, plot * Double(count) / Double(peak))
            let x = Double(i) * slot + (slot - barWidth) / 2
            svg += #"<rect class="chart-bar" x="\#(SVGMarkup.number(x, decimals: 3))%" y="\#(SVGMarkup.number(top + plot - h))" width="\#(SVGMarkup.number(barWidth, decimals: 3))%" height="\#(SVGMarkup.number(h))">"#
            svg += "<title>\(SVGMarkup.escape(MonthlyChart.monthName(firstMonth + i))): \(SVGMarkup.count(count, "article"))</title></rect>"
        }
        svg += #"<line class="chart-axis" x1="0" x2="100%" y1="\#(SVGMarkup.number(top + plot))" y2="\#(SVGMarkup.number(top + plot))"/>"#
        if yearLabels {
            // A tick where each year begins, and the year's name centred under its months.
            for i in counts.indices where i > 0 && (firstMonth + i) % 12 == 0 {
                let x = SVGMarkup.number(Double(i) * slot, decimals: 3)
                svg += #"<line class="chart-tick" x1="\#(x)%" x2="\#(x)%" y1="\#(SVGMarkup.number(top + plot))" y2="\#(SVGMarkup.number(top + plot + 6))"/>"#
            }
            for label in namedYears() {
                let centre = label.centre * slot
                // Near an edge the name starts or ends there instead of running off the chart.
                let (x, anchor) = centre < 4 ? (0.0, "start") : centre > 96 ? (100.0, "end") : (centre, "middle")
                svg += #"<text class="chart-year" x="\#(SVGMarkup.number(x, decimals: 3))%" y="\#(height - 5)" text-anchor="\#(anchor)">\#(label.year)</text>"#
            }
        }
        return svg + "</svg>"
    }

    /// The chart in words: the span, the total and the busiest month.
    func description(total: Int, peak: Int) -> String {
        guard total > 0, let busiest = counts.firstIndex(of: peak) else { return "No dated articles." }
        let months = SVGMarkup.count(counts.count, "month")
        return "\(SVGMarkup.count(total, "article")) over \(months); the busiest month is \(MonthlyChart.monthName(firstMonth + busiest)) with \(peak)."
    }

    /// The years to name under the chart, each with the middle of its months (in bars from the
    /// left). A year with fewer than three months on the chart is left unnamed unless it is the
    /// only one, and the names are thinned to at most eight.
    func namedYears() -> [(centre: Double, year: Int)] {
        var spans: [(year: Int, first: Int, last: Int)] = []
        for i in counts.indices {
            let year = (firstMonth + i) / 12
            if spans.last?.year == year { spans[spans.count - 1].last = i } else { spans.append((year, i, i)) }
        }
        let named = spans.count == 1 ? spans : spans.filter { $0.last - $0.first >= 2 }
        let step = (named.count + 7) / 8
        return named.enumerated().filter { step <= 1 || $0.offset % step == 0 }
            .map { (Double($0.element.first + $0.element.last + 1) / 2, $0.element.year) }
    }
}
