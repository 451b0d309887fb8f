@testable import ArchiveKit
import Testing

/// The escaping of every `{{value}}` in the templates.
@Suite struct HTMLEscapingTests {
    @Test func escapesTheFiveCharactersAsSwiftMustacheDoes() {
        #expect(HTMLEscaping.escape(#"<script>alert("x") & 'y'</script>"#)
            == "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;")
        #expect(HTMLEscaping.escape("Maarat al-Numan – ‘Idlib’") == "Maarat al-Numan – ‘Idlib’", "other text is left as it is")
        #expect(HTMLEscaping.escape("") == "")
    }

    @Test func escapesALessThanSignEvenWhenAMarkCombinesWithIt() {
        // As a Character, "<" plus U+0338 is not "<"; escaping bytes never lets such a tag through.
        #expect(HTMLEscaping.escape("<\u{338}img src=x>") == "&lt;\u{338}img src=x&gt;")
    }

    @Test func templatesUseThisEscaping() throws {
        let templates = try TemplateSet(folder: TestPaths.templates)
        let page = templates.render(NotFoundPageView(layout: LayoutView(
            root: "./", lang: "en", siteTitle: "<\u{338}b>", pageTitle: "t", description: "d", canonical: nil,
            isHome: false, isArticles: false, isActors: false, isPlaces: false, isSources: false, isTimeline: false)), with: "404")
        #expect(page.contains("&lt;\u{338}b&gt;"))
        #expect(!page.contains("<\u{338}b>"))
    }
}
