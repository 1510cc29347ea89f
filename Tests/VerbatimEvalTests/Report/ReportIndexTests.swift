import Foundation
import Testing
@testable import VerbatimEval

/// The HTML report's index explains its counts and lists the articles with the most errors first.
@Suite struct ReportIndexTests {
    static func result() -> EvalResult {
        let gold = [
            ArticleRecord(id: "clean", text: "abcdefghij", quotes: [Fixtures.quote(0, 5)]),
            ArticleRecord(id: "worst", text: "abcdefghijklmnopqrst",
                          quotes: [Fixtures.quote(0, 4), Fixtures.quote(5, 9), Fixtures.quote(10, 14)]),
            ArticleRecord(id: "one-spurious", text: "abcdefghij", quotes: [Fixtures.quote(0, 5)]),
        ]
        let predictions = [
            ArticleRecord(id: "clean", text: "abcdefghij", quotes: [Fixtures.quote(0, 5)]),
            ArticleRecord(id: "worst", text: "abcdefghijklmnopqrst", quotes: [Fixtures.quote(0, 4)]),
            ArticleRecord(id: "one-spurious", text: "abcdefghij",
                          quotes: [Fixtures.quote(0, 5), Fixtures.quote(6, 9)]),
        ]
        return Evaluator().evaluate(gold: gold, predictions: predictions)
    }

    /// The article ids of the index with `id`, in the order shown.
    static func ids(in html: String, index id: String) throws -> [String] {
        let start = try #require(html.range(of: "<nav class=\"index\" id=\"\(id)\">"))
        let end = try #require(html.range(of: "</nav>", range: start.upperBound..<html.endIndex))
        return html[start.upperBound..<end.lowerBound].components(separatedBy: "<a href=\"#").dropFirst()
            .compactMap { $0.components(separatedBy: "</a>").first?.components(separatedBy: "\">").last }
    }

    @Test func articlesWithMoreErrorsComeFirstAndFileOrderIsKept() throws {
        let html = HTMLReport.render(Self.result(), goldName: "g.jsonl", names: SpeakerNameMatcher())
        #expect(try Self.ids(in: html, index: "index-by-errors") == ["worst", "one-spurious", "clean"])
        #expect(try Self.ids(in: html, index: "index-in-order") == ["clean", "worst", "one-spurious"])
        #expect(MarkupChecker.problems(in: html) == [])
    }

    @Test func countsAreExplained() {
        let html = HTMLReport.render(Self.result(), goldName: "g.jsonl", names: SpeakerNameMatcher())
        #expect(html.contains("matched/gold quotes"))
        #expect(html.contains("spurious"))
        #expect(html.contains("1/3 · 2 errors"))
        #expect(html.contains("1/1 +1 · 1 error<"))
    }
}
