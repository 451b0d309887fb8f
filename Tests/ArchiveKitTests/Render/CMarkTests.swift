@testable import ArchiveKit
import Testing

@Suite struct CMarkTests {
    @Test func rendersParagraphsWithSmartPunctuation() {
        #expect(CMark.html(from: "\"Stop,\" he said -- it's over.") == "<p>“Stop,” he said – it’s over.</p>\n")
    }

    @Test func neverPassesRawHTMLThrough() {
        let html = CMark.html(from: "<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> here")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test(arguments: ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "vbscript:msgbox", "data:text/html;base64,PHNjcmlwdD4="])
    func dropsDangerousLinks(url: String) {
        let html = CMark.html(from: "[click](\(url))")
        #expect(html == "<p><a href=\"\">click</a></p>\n")
    }
}
