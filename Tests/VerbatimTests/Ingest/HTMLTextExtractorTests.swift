import Foundation
import Testing
import Verbatim

/// Synthetic pages of our own making: the article must come out, the furniture around and inside it must not.
@Suite("HTML article extraction")
struct HTMLTextExtractorTests {
    static let paragraphs = [
        "The city council voted on Tuesday to approve a budget that raises transit spending, cuts road repairs, and freezes hiring.",
        "“We have listened to residents, and this is what they asked for,” said Mayor Ana Ruiz, who proposed the increase in March.",
        "Opponents said the plan leaves too little for repairs, and that it will push property taxes up next year, perhaps by a lot.",
        "The budget now goes to the province, which usually takes about six weeks to review it, officials said on Wednesday.",
    ]

    static func page(head: String = "", body: String) -> [UInt8] {
        Array("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Budget passes | Example Daily</title>\(head)</head><body>\(body)</body></html>".utf8)
    }

    static let article: String = {
        let p = paragraphs.map { "<p>\($0)</p>" }
        return """
        <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
        <div class="layout"><main><article class="story">
        <h1>Council approves transit-heavy budget</h1>
        <div class="byline">By <a href="/jane">Jane Smith</a></div>
        <div class="share-tools"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
        <div class="article-body">\(p[0])\(p[1])
        <figure><img src="a.jpg"><figcaption>Mayor Ana Ruiz at city hall. (Photo: Jane Smith)</figcaption></figure>
        <div class="ad-slot">Advertisement</div>\(p[2])
        <aside class="related"><h3>Related</h3><ul><li><a href="/1">Transit fares to rise</a></li><li><a href="/2">Road work season begins</a></li></ul></aside>
        \(p[3])</div></article>
        <section class="comments"><h3>Comments</h3><p>I disagree with this budget, it is a waste of money and time, and I will vote against it.</p></section>
        </main><div class="sidebar"><h3>Most read</h3><ul><li><a href="/3">Storm hits coast</a></li><li><a href="/4">Team wins final</a></li></ul></div></div>
        <footer><p>Copyright 2024 Example Daily. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        """
    }()

    @Test("the article body comes out in order, without chrome, ads, captions, related links, share bars or comments")
    func mainContent() throws {
        let page = try HTMLTextExtractor.extract(Self.page(body: Self.article), rules: TestModels.models.htmlRules)
        #expect(page.text == Self.paragraphs.joined(separator: "\n\n"))
    }

    @Test("metadata from JSON-LD, <meta> and <link rel=canonical>")
    func metadata() throws {
        let head = """
        <link rel="canonical" href="https://example.com/news/budget">
        <meta property="og:title" content="OG title">
        <meta name="author" content="Meta Author">
        <meta property="article:published_time" content="2024-03-01T10:00:00Z">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Page"},
        {"@type":"NewsArticle","headline":"Council approves transit-heavy budget","datePublished":"2024-03-01",
         "author":[{"@type":"Person","name":"Jane Smith"},{"@type":"Person","name":"Tom Brown"}]}]}</script>
        """
        let page = try HTMLTextExtractor.extract(Self.page(head: head, body: Self.article), rules: TestModels.models.htmlRules)
        #expect(page.title == "Council approves transit-heavy budget")
        #expect(page.metadata.authors == ["Jane Smith", "Tom Brown"])
        #expect(page.metadata.date == "2024-03-01")
        #expect(page.metadata.canonicalURL == "https://example.com/news/budget")
    }

    @Test("without JSON-LD, <meta> gives the metadata and <title> the title")
    func metaFallback() throws {
        let head = "<meta name=\"author\" content=\"By Ann Lee and Bo Chan\"><meta property=\"og:url\" content=\"https://example.com/x\">"
        let page = try HTMLTextExtractor.extract(Self.page(head: head, body: "<div>\(Self.paragraphs.map { "<p>\($0)</p>" }.joined())</div>"), rules: TestModels.models.htmlRules)
        #expect(page.title == "Budget passes | Example Daily")
        #expect(page.metadata.authors == ["Ann Lee", "Bo Chan"])
        #expect(page.metadata.canonicalURL == "https://example.com/x")
    }

    @Test("itemprop=articleBody wins over a longer block elsewhere")
    func articleBodyMarker() throws {
        let long = String(repeating: "<p>Comment text that goes on, and on, and on, with commas, many commas, more commas.</p>", count: 8)
        let body = "<div class=\"x\">\(long)</div><div itemprop=\"articleBody\">\(Self.paragraphs.map { "<p>\($0)</p>" }.joined())</div>"
        let page = try HTMLTextExtractor.extract(Self.page(body: body), rules: TestModels.models.htmlRules)
        #expect(page.text == Self.paragraphs.joined(separator: "\n\n"))
    }

    @Test("an article split into sections by figures keeps every section")
    func splitBody() throws {
        let p = Self.paragraphs.map { "<p>\($0)</p>" }
        let body = """
        <section class="outer"><div class="post-content">\(p[0])\(p[1])</div></section>
        <section class="outer"><figure><img src="x.jpg"><figcaption>A caption here.</figcaption></figure></section>
        <section class="outer"><div class="post-content">\(p[2])\(p[3])</div></section>
        """
        let page = try HTMLTextExtractor.extract(Self.page(body: body), rules: TestModels.models.htmlRules)
        #expect(page.text == Self.paragraphs.joined(separator: "\n\n"))
    }

    @Test("embedded tweets inside the body are kept")
    func embeds() throws {
        let p = Self.paragraphs.map { "<p>\($0)</p>" }
        let tweet = "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>This budget is a good start for riders <a href=\"https://t.co/x\">https://t.co/x</a></p>— Rider Group (@riders) <a href=\"https://twitter.com/x\">March 1, 2024</a></blockquote></div>"
        let page = try HTMLTextExtractor.extract(Self.page(body: "<article>\(p[0])\(p[1])\(tweet)\(p[2])\(p[3])</article>"), rules: TestModels.models.htmlRules)
        #expect(page.text.contains("This budget is a good start for riders"))
    }

    @Test("entities decode, inline white space collapses, <br> breaks lines")
    func inline() throws {
        let html = "<article><p>Caf&eacute; &amp; bar\n   opened,   with &#8220;quotes&#8221; and more words to pass the length check here.<br>Second line of the paragraph.</p></article>"
        let page = try HTMLTextExtractor.extract(Self.page(body: html), rules: TestModels.models.htmlRules)
        #expect(page.text == "Café & bar opened, with “quotes” and more words to pass the length check here.\n\nSecond line of the paragraph.")
    }

    @Test("broken markup is recovered")
    func broken() throws {
        let page = try HTMLTextExtractor.extract(Array("<p>Unclosed <i>italic<div>Next</p></span>".utf8), rules: TestModels.models.htmlRules)
        #expect(page.text.contains("Unclosed italic"))
        #expect(page.text.contains("Next"))
    }

    @Test("a windows-1252 page is decoded")
    func charset() throws {
        let bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf".utf8) + [0xE9, 0x93, 0x71, 0x94]
            + Array("</p></body></html>".utf8)
        let page = try HTMLTextExtractor.extract(bytes, rules: TestModels.models.htmlRules)
        #expect(page.text == "Café“q”")
    }

    @Test("a page in a charset other than the one it declares still gives text")
    func wrongCharset() throws {
        // Declares UTF-8, is Latin-1.
        let bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><p>Montr".utf8) + [0xE9]
            + Array("al council votes on the budget, and the mayor is pleased.</p></body></html>".utf8)
        let page = try HTMLTextExtractor.extract(bytes, rules: TestModels.models.htmlRules)
        #expect(page.text.hasPrefix("Montr"))
        #expect(page.text.hasSuffix("the mayor is pleased."))
    }

    @Test("a page with no visible text is an error")
    func empty() {
        #expect(throws: ArticleError.self) { try HTMLTextExtractor.extract(Array("<html><script>x</script></html>".utf8), rules: TestModels.models.htmlRules) }
    }
}

/// Hostile pages: a result or an error record in bounded time, never a crash.
@Suite("HTML hostile pages")
struct HTMLHostilePageTests {
    private func elapsed(_ body: () -> Void) -> Double {
        let start = Date()
        body()
        return Date().timeIntervalSince(start)
    }

    @Test("NUL bytes")
    func nulBytes() {
        var bytes = Array("<html><body><article><p>Before the nul byte, the council met.".utf8)
        bytes += [0, 0, 0]
        bytes += Array(" After it, the vote went ahead as planned.</p></article></body></html>".utf8)
        let page = try? HTMLTextExtractor.extract(bytes, rules: TestModels.models.htmlRules)
        #expect(page?.text.contains("Before the nul byte") == true)
    }

    @Test("100,000 nested divs")
    func deepNesting() {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "Deep text." + String(repeating: "</div>", count: depth)
        let seconds = elapsed {
            // libxml2 may cut the tree at its depth limit; a result or an error are both fine.
            if let page = try? HTMLTextExtractor.extract(Array(html.utf8), rules: TestModels.models.htmlRules) { #expect(!page.text.isEmpty) }
        }
        #expect(seconds < 10)
    }

    @Test("a 30 MB page")
    func hugePage() {
        let paragraph = "<div class=\"row\"><p>Paragraph text with some words, commas, and <a href=\"/x\">a link</a> in it.</p></div>\n"
        let count = 30_000_000 / paragraph.utf8.count
        let html = "<html><body><main>" + String(repeating: paragraph, count: count) + "</main></body></html>"
        var text = ""
        let seconds = elapsed { text = (try? HTMLTextExtractor.extract(Array(html.utf8), rules: TestModels.models.htmlRules))?.text ?? "" }
        #expect(text.hasPrefix("Paragraph text with some words"))
        #expect(seconds < 30)
    }

    @Test("no body element")
    func noBody() throws {
        let page = try HTMLTextExtractor.extract(Array("<html><head><title>Only a head</title></head></html>".utf8) + Array("Loose text after the head, long enough to be kept as text.".utf8), rules: TestModels.models.htmlRules)
        #expect(page.text.contains("Loose text"))
        #expect(throws: ArticleError.self) { try HTMLTextExtractor.extract(Array("<html><head><title>T</title></head></html>".utf8), rules: TestModels.models.htmlRules) }
    }

    @Test("binary garbage")
    func garbage() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        _ = try? HTMLTextExtractor.extract(bytes, rules: TestModels.models.htmlRules)
    }
}
