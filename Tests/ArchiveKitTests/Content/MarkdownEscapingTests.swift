@testable import ArchiveKit
import Testing

@Suite struct MarkdownEscapingTests {
    /// Plain text through escaping and cmark comes out as that same text, HTML-escaped.
    @Test(arguments: [
        ("1. Not a list", "1. Not a list"),
        ("# Not a heading", "# Not a heading"),
        ("- not an item", "- not an item"),
        ("Use *stars* and _lines_", "Use *stars* and _lines_"),
        ("<b>bold</b> & [link](http://x)", "&lt;b&gt;bold&lt;/b&gt; &amp; [link](http://x)"),
        ("AT&amp;T", "AT&amp;amp;T"),
        ("back\\slash `code`", "back\\slash `code`"),
    ])
    func plainTextSurvivesRendering(text: String, html: String) {
        #expect(CMark.html(from: MarkdownEscaping.escape(text)) == "<p>\(html)</p>\n")
    }
}
