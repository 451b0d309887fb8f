@testable import ArchiveKit
import Testing

/// The inline SVG chart and map: what they draw, that they are labelled images, that names are escaped.
@Suite struct MonthlyChartTests {
    static func date(_ iso: String) -> PublicationDate { PublicationDate(iso: iso)! }

    @Test func countsEveryMonthOfTheSpanIncludingEmptyOnes() {
        let chart = MonthlyChart(dates: ["2018-01-10", "2018-01-20", "2018-04-02"].map(Self.date))
        #expect(chart.counts == [2, 0, 0, 1])
        #expect(MonthlyChart.monthName(chart.firstMonth) == "January 2018")
    }

    @Test func usesAGivenSpanSoChartsOfDifferentEntitiesCompare() {
        let span = MonthlyChart.monthNumber(Self.date("2017-11-01"))...MonthlyChart.monthNumber(Self.date("2018-02-01"))
        let chart = MonthlyChart(dates: [Self.date("2018-01-05")], months: span)
        #expect(chart.counts == [0, 0, 1, 0])
    }

    @Test func isALabelledImageWithOneBarPerNonEmptyMonth() {
        let svg = MonthlyChart(dates: ["2018-01-10", "2018-01-20", "2018-04-02"].map(Self.date)).svg(id: "c", title: "Articles per month")
        #expect(svg.hasPrefix(#"<svg class="chart" role="img" aria-labelledby="c-title c-desc""#))
        #expect(svg.contains(#"<title id="c-title">Articles per month, January 2018 to April 2018</title>"#))
        #expect(svg.contains("3 articles over 4 months; the busiest month is January 2018 with 2."))
        #expect(svg.components(separatedBy: "<rect ").count - 1 == 2)
        #expect(svg.contains("<title>January 2018: 2 articles</title>"))
        #expect(svg.contains("<title>April 2018: 1 article</title>"))
        #expect(svg.contains(">2018</text>"))
    }

    @Test func namesAtMostEightYearsCentredUnderTheirMonths() {
        let long = MonthlyChart(dates: (2000...2019).map { Self.date("\($0)-06-01") })
        #expect(long.namedYears().count <= 8)
        #expect(long.namedYears().first?.year == 2000)
        // June 2000 to June 2019: 2000 has July–December on the chart too, bars 0–6.
        #expect(long.namedYears().first?.centre == 3.5)
        let short = MonthlyChart(dates: ["2017-12-01", "2018-01-05", "2018-05-01"].map(Self.date))
        #expect(short.namedYears().map(\.year) == [2018])
        let single = MonthlyChart(dates: [Self.date("2018-01-10")])
        #expect(single.namedYears().map(\.year) == [2018])
    }

    @Test func escapesTheTitle() {
        let svg = MonthlyChart(dates: [Self.date("2018-01-10")]).svg(id: "c", title: "Articles naming <b>\"X\" & Y</b>")
        #expect(svg.contains("Articles naming &lt;b&gt;&quot;X&quot; &amp; Y&lt;/b&gt;"))
        #expect(!svg.contains("<b>"))
    }
}

@Suite struct PlaceMapTests {
    @Test func projectsTheFrameCornersOntoTheViewBox() {
        let f = PlaceMap.frame
        let northWest = PlaceMap.project(latitude: f.north, longitude: f.west)
        let southEast = PlaceMap.project(latitude: f.south, longitude: f.east)
        #expect(northWest.x == 0 && northWest.y == 0)
        #expect(abs(southEast.x - PlaceMap.width) < 1e-9 && abs(southEast.y - PlaceMap.height) < 1e-9)
    }

    @Test(arguments: [(36.2, 37.16, true), (33.51, 36.29, true), (43.6, 39.7, false), (55.75, 37.62, false)])
    func knowsWhatIsInsideTheFrame(latitude: Double, longitude: Double, inside: Bool) {
        #expect(PlaceMap.contains(latitude: latitude, longitude: longitude) == inside)
    }

    @Test func drawsSyriaAndItsNeighboursFromTheOutlineData() {
        let names = PlaceMap.countryPaths.map(\.name)
        for name in ["Syria", "Turkey", "Lebanon", "Jordan", "Iraq"] { #expect(names.contains(name)) }
        let syria = PlaceMap.countryPaths.first { $0.name == "Syria" }!.path
        #expect(syria.hasPrefix("M") && syria.hasSuffix("Z"))
        #expect(syria.components(separatedBy: "L").count > 100)
    }

    @Test func aFocusedMapShowsAWindowInsideTheFrameAndScalesItsText() {
        let map = PlaceMap(points: [], focus: (35.65, 36.65))
        let view = map.window()
        #expect(view.zoom > 2)
        #expect(view.x >= 0 && view.y >= 0 && view.x + view.width <= PlaceMap.width + 1e-9 && view.y + view.height <= PlaceMap.height + 1e-9)
        #expect(map.shows(latitude: 35.93, longitude: 36.63))
        #expect(!map.shows(latitude: 33.51, longitude: 36.29))
        // At the edge of the frame the window slides back inside instead of showing nothing.
        let corner = PlaceMap(points: [], focus: (PlaceMap.frame.north, PlaceMap.frame.east)).window()
        #expect(abs(corner.x + corner.width - PlaceMap.width) < 1e-9 && corner.y == 0)
        let svg = map.svg(id: "m", title: "t", description: "d")
        #expect(svg.contains(#"viewBox="\#(SVGMarkup.number(view.x, decimals: 1)) "#))
    }

    @Test func drawsEveryPointWithATooltipAndTheHighlightedOneLast() {
        let map = PlaceMap(points: [
            PlaceMap.Point(name: "Kafr <Ruma>", latitude: 35.66, longitude: 36.57, count: 1, isHighlighted: true),
            PlaceMap.Point(name: "Aleppo", latitude: 36.2, longitude: 37.16, count: 9),
        ], labels: [])
        let svg = map.svg(id: "m", title: "Where", description: "Two places")
        #expect(svg.hasPrefix(#"<svg class="map map-overview" role="img" aria-labelledby="m-title m-desc""#))
        #expect(svg.contains("<title>Aleppo: 9 articles</title>"))
        #expect(svg.contains("<title>Kafr &lt;Ruma&gt;: 1 article</title>"))
        let aleppo = svg.range(of: "Aleppo: 9")!, kafr = svg.range(of: "Kafr &lt;Ruma")!
        #expect(aleppo.lowerBound < kafr.lowerBound)
        #expect(svg.contains(#"class="map-here""#))
    }
}
