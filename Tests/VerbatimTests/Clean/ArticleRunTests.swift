import Testing
import Verbatim

/// Whole web pages dumped as plain text (menus, the article, related stories, a footer): the article is the run of
/// prose lines with the best score, and everything around it is masked.
@Suite("Boilerplate: the article run of a plain-text page")
struct ArticleRunTests {
    static let menu = (1...24).map { "Section \($0)" }
    static let paragraphs = [
        "The council voted on Tuesday to approve the new budget, which raises transit spending by a third over the next two years.",
        "“We have listened to the residents of this city,” said the mayor, who had proposed the increase in the spring.",
        "Opponents said that the plan leaves too little for road repairs and that it will push up property taxes next year.",
        "The budget now goes to the province for a review, which usually takes about six weeks and is rarely more than a formality.",
        "Council members are expected to return to the question of road repairs in the autumn, when the first figures are in.",
        "The transit agency said it would publish a schedule for the new routes before the end of the month, with fares unchanged.",
    ]
    static let subhead = "What happens next"
    static let related = ["Most read", "Police name driver in crash", "School closings", "Weather", "Traffic",
                          "A new bakery opens downtown"]
    static let teaser = "In other news, a bakery has opened in the old post office building, and the owners say that it will stay open late."
    static let footer = ["About us", "Contact", "Privacy policy", "Terms of use", "© 2024 Example Daily"]

    static var page: String {
        var lines: [String] = menu
        lines += paragraphs.prefix(3)
        lines.append(subhead)
        lines += paragraphs.suffix(3)
        lines += related
        lines.append(teaser)
        lines += footer
        return lines.joined(separator: "\n\n")
    }

    private func kept(_ document: Document) -> String {
        var text = ""
        var position = 0
        for span in document.boilerplate.map(\.span) {
            text += document.substring(TextSpan(start: position, end: span.start))
            position = span.end
        }
        text += document.substring(TextSpan(start: position, end: document.utf8.count))
        return text
    }

    @Test("the article's paragraphs and its subhead stay; menus, related links, teasers and footer are masked")
    func page() throws {
        let document = try TestModels.process(Self.page)
        let body = kept(document)
        for paragraph in Self.paragraphs { #expect(body.contains(paragraph)) }
        #expect(body.contains(Self.subhead))
        for line in Self.menu + Self.related + [Self.teaser] + Self.footer { #expect(!body.contains(line)) }
        let rules = Set(document.boilerplate.map(\.rule))
        #expect(rules.contains("shape:outside_article_run"))
    }

    @Test("lines before the article are navigation, lines after it related")
    func kinds() throws {
        let document = try TestModels.process(Self.page)
        let first = try #require(document.boilerplate.first { $0.rule == "shape:outside_article_run" })
        #expect(first.kind == .navigation)
        let last = try #require(document.boilerplate.last { $0.rule == "shape:outside_article_run" })
        #expect(last.kind == .related)
    }

    @Test("a block of short lines set into the article is masked")
    func shortBlockInside() throws {
        let inside = ["Most read", "Police name driver", "School closings", "Weather today", "Traffic cameras"]
        var lines: [String] = Self.menu
        lines += Self.paragraphs.prefix(3)
        lines += inside
        lines += Self.paragraphs.suffix(3)
        lines += Self.footer
        let document = try TestModels.process(lines.joined(separator: "\n\n"))
        let body = kept(document)
        for paragraph in Self.paragraphs { #expect(body.contains(paragraph)) }
        for line in inside { #expect(!body.contains(line)) }
    }

    @Test("an article split by a long embedded block goes on past it")
    func splitArticle() throws {
        let gallery = (1...9).map { "Photo \($0) of 9" }
        var lines: [String] = Self.menu
        lines += Self.paragraphs.prefix(3)
        lines += gallery
        lines += Self.paragraphs.suffix(3)
        lines += Self.footer
        let document = try TestModels.process(lines.joined(separator: "\n\n"))
        let body = kept(document)
        for paragraph in Self.paragraphs { #expect(body.contains(paragraph)) }
        for line in gallery { #expect(!body.contains(line)) }
    }

    @Test("a teaser list before the article (headline cut off and glued to its lead) is masked")
    func teaserList() throws {
        let teasers = (1...5).map {
            "Police: \($0) In Custody After Death Of ...A 24-year-old woman was found dead in her home on the east side of town on Sunday."
        }
        var lines: [String] = Self.menu
        lines += teasers
        lines += Self.paragraphs
        lines += Self.footer
        let document = try TestModels.process(lines.joined(separator: "\n\n"))
        let body = kept(document)
        for paragraph in Self.paragraphs { #expect(body.contains(paragraph)) }
        for line in teasers { #expect(!body.contains(line)) }
    }

    @Test("an article that is not a whole page is left alone")
    func articleText() throws {
        var lines = ["Budget approved"]
        lines += Self.paragraphs
        lines += ["Weather", "Traffic"]
        let text = lines.joined(separator: "\n\n")
        let document = try TestModels.process(text)
        #expect(!document.boilerplate.contains { $0.rule.hasPrefix("shape:outside_article_run") })
        #expect(!document.boilerplate.contains { $0.rule == "shape:short_line_block" })
    }
}
