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
    ])
    func parsesDateExpressions(text: String, iso: String) {
        #expect(DateParser.parse(text)?.iso == iso)
    }

    @Test(arguments: [
        "on January 12", "The offensive began on January 27, 2020 near Saraqib", "31 April 2019", "2019-13-01",
        "Source: TRT World", "", "12 people were killed", "Idlib 2020",
    ])
    func rejectsWhatIsNotOnlyADate(text: String) {
        #expect(DateParser.parse(text) == nil)
    }
}
