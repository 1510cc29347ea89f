import Testing
import Verbatim

@Suite("HTML visible text")
struct HTMLTextExtractorTests {
    @Test("blocks become paragraphs, scripts and styles vanish, entities decode, title is kept")
    func visibleText() throws {
        let html = """
        <html><head><title> Vote  &amp; count </title><style>p{}</style></head>
        <body><script>var x = "no";</script><h1>Headline</h1><p>First <b>bold</b>
        paragraph.</p><div>Second&nbsp;one &#8220;quoted&#8221;.<br>Line two.</div></body></html>
        """
        let page = try HTMLTextExtractor.extract(Array(html.utf8))
        #expect(page.title == "Vote & count")
        #expect(page.text == "Headline\n\nFirst bold paragraph.\n\nSecond one “quoted”.\n\nLine two.")
    }

    @Test("broken markup is recovered")
    func broken() throws {
        let page = try HTMLTextExtractor.extract(Array("<p>Unclosed <i>italic<div>Next</p></span>".utf8))
        #expect(page.text.contains("Unclosed italic"))
        #expect(page.text.contains("Next"))
    }

    @Test("a windows-1252 page is decoded")
    func charset() throws {
        let bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf".utf8) + [0xE9, 0x93, 0x71, 0x94]
            + Array("</p></body></html>".utf8)
        let page = try HTMLTextExtractor.extract(bytes)
        #expect(page.text == "Café“q”")
    }

    @Test("deep nesting does not overflow the stack")
    func deepNesting() throws {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "Deep text." + String(repeating: "</div>", count: depth)
        let page = try? HTMLTextExtractor.extract(Array(html.utf8))
        // libxml2 may cut the tree at its depth limit; either outcome is fine as long as nothing crashes.
        if let page { #expect(!page.text.isEmpty) }
    }

    @Test("a page with no visible text is an error")
    func empty() {
        #expect(throws: ArticleError.self) { try HTMLTextExtractor.extract(Array("<html><script>x</script></html>".utf8)) }
    }
}
