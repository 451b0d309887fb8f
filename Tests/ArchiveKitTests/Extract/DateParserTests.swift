@testable import ArchiveKit
import Testing

@Suite struct DateParserTests {
    @Test(arguments: [
        ("2018-01-10", "2018-01-10"),
        ("2019-05-06T14:32:00+03:00", "2019-05-06"),
        ("2019-05-06T14:32:00Z", "2019-05-06"),
        ("Wed 05 Apr 2017", "2017-04-05"),
        ("Fri 07 Apr 2017 at 0914", "2017-04-07"),
        ("7 July 2016", "2016-07-07"),
        ("7th July 2016", "2016-07-07"),
        ("Apr 23 2017", "2017-04-23"),
        ("21.05.2017", "2017-05-21"),
        ("13-12-2014", "2014-12-13"),
        ("12/31/2019", "2019-12-31"),
        ("January 27, 2020", "2020-01-27"),
        ("Jan. 27, 2020", "2020-01-27"),
        ("Monday, January 27, 2020 10:14 AM GMT", "2020-01-27"),
        ("Sept 3 2016", "2016-09-03"),
        ("Mon 12 Jun 2017 16.22 BST", "2017-06-12"),
        ("1241 GMT (2041 HKT) February 12, 2020", "2020-02-12"),
        ("February 12, 2020 at 2:30 p.m. EST", "2020-02-12"),
        ("12 February 2020 • 2:30pm", "2020-02-12"),
        ("FEB 10, 2020 - 4:12 PM GMT+3", "2020-02-10"),
        ("Wednesday, 12 February, 2020 - 06:30", "2020-02-12"),
        ("12 February\u{060C} 2020", "2020-02-12"),
        ("2020-02-08 20:41:52", "2020-02-08"),
        ("February 12 2020 14:30:00", "2020-02-12"),
        ("12 February 2020 GMT", "2020-02-12"),
    ] as [(String, String?)])
    func parsesDateExpressions(text: String, iso: String?) {
        #expect(DateParser.parse(text)?.iso == iso)
    }

    @Test(arguments: [
        "on January 12", "The offensive began on January 27, 2020 near Saraqib", "31 April 2019", "2019-13-01",
        "Source: TRT World", "", "12 people were killed", "Idlib 2020", "28 JAN, 14:05", "Updated 12:41 GMT",
    ])
    func rejectsWhatIsNotOnlyADate(text: String) {
        #expect(DateParser.parse(text) == nil)
    }

    @Test(arguments: [("6 Feb, 2020 14:30 Edited time: 7 Feb, 2020 09:12", "2020-02-06"), ("12 February 2020 14:30 UTC | Last update", "2020-02-12")])
    func readsTheDateAtTheStartOfALabelledValue(text: String, iso: String) {
        #expect(DateParser.parseLeading(text)?.iso == iso)
    }

    @Test(arguments: [("12:41 GMT", true), ("1241 GMT", true), ("2:30 p.m.", true), ("12 February 2020", false), ("Idlib", false)])
    func recognisesATimeAlone(text: String, isTime: Bool) {
        #expect(DateParser.isTimeOnly(text) == isTime)
    }

    @Test(arguments: [("28 JAN, 14:05", true), ("January 28", true), ("28 January 2020", false), ("January 2020", false), ("40 Jan", false)])
    func recognisesADateWithoutAYear(text: String, isPartial: Bool) {
        #expect(DateParser.isDateWithoutYear(text) == isPartial)
    }
}
