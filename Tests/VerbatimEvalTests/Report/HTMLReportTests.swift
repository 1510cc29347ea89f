import Foundation
import Testing
@testable import VerbatimEval

@Suite struct HTMLReportTests {
    static let text = "<b>“Q & A,” he said.</b>\n🙂 She said <script>x</script> then."

    static func result() -> EvalResult {
        let gold = [
            ArticleRecord(id: "a&<1>", text: text,
                          quotes: [Fixtures.quote(3, 11, speaker: (12, 14), name: "He", cue: "said"),
                                   Fixtures.quote(36, 54, type: "indirect", speaker: (27, 30), name: "She", cue: "said")],
                          hasSpeakerNames: true),
            ArticleRecord(id: "missing-one", text: "Plain text.", quotes: []),
            ArticleRecord(id: "failed-one", text: "Plain text.", quotes: [Fixtures.quote(0, 5)]),
        ]
        let predictions = [
            ArticleRecord(id: "a&<1>", text: text,
                          quotes: [Fixtures.quote(4, 12, speaker: (27, 30), name: "She", cue: "said", rule: "r\"1"),
                                   Fixtures.quote(24, 27, rule: "<spurious>")], hasSpeakerNames: true),
            ArticleRecord(id: "failed-one", failure: "invalid_utf8: <bad> & worse"),
        ]
        return Evaluator().evaluate(gold: gold, predictions: predictions)
    }

    @Test func pageIsWellFormedAndHasEveryArticle() {
        let result = Self.result()
        let html = HTMLReport.render(result, goldName: "gold <file>.jsonl", names: SpeakerNameMatcher())
        #expect(MarkupChecker.problems(in: html) == [])
        for article in result.articles {
            #expect(html.contains(">" + HTMLEscaping.escape(article.id) + "</h2>"), "\(article.id)")
        }
        // Text from the files is escaped, never live markup.
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>“Q"))
        #expect(html.contains("&lt;script&gt;"))
        // Every status has its colour, and the legend explains them.
        for cssClass in ["g-ok", "g-miss", "g-spk", "p-spur", "p-q", "g-sp", "p-sp", "g-cue"] {
            #expect(html.contains("class=\"key \(cssClass)\""), "legend lacks \(cssClass)")
        }
        #expect(html.contains("class=\"g-spk"))
        #expect(html.contains("class=\"g-miss"))
        #expect(html.contains("p-spur"))
        // No external assets.
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src="))
    }

    @Test func highlightsNestWithoutCrossing() {
        var view = HighlightedText(text: ArticleText("abcdefghij"))
        view.add(CodePointSpan(start: 0, end: 6), cssClass: "x", label: "X")
        view.add(CodePointSpan(start: 3, end: 9), cssClass: "y", label: "Y")
        view.add(CodePointSpan(start: 8, end: 30), cssClass: "z", label: "Z")  // clamped to the text
        #expect(view.render() == "<span class=\"x\" title=\"X\">abc</span><span class=\"x y\" title=\"X\nY\">def</span>"
            + "<span class=\"y\" title=\"Y\">gh</span><span class=\"y z\" title=\"Y\nZ\">i</span>"
            + "<span class=\"z\" title=\"Z\">j</span>")
    }

    @Test func checkerCatchesBrokenMarkup() {
        #expect(!MarkupChecker.problems(in: "<div><span></div></span>").isEmpty)
        #expect(!MarkupChecker.problems(in: "<p>a & b</p>").isEmpty)
        #expect(!MarkupChecker.problems(in: "<p class=x>a</p>").isEmpty)
        #expect(!MarkupChecker.problems(in: "<div>").isEmpty)
        #expect(MarkupChecker.problems(in: "<!DOCTYPE html><p class=\"a\">x &amp; y<br/></p>") == [])
    }

    @Test(.enabled(if: RepositoryPaths.exists(RepositoryPaths.polnearDev), "polnear-dev.jsonl is absent"))
    func polnearReportIsWellFormed() throws {
        let gold = try RecordFile.read(path: RepositoryPaths.polnearDev)
        let predictions = gold.map { article in
            var shifted = article
            shifted.quotes = article.quotes?.enumerated().filter { $0.offset % 4 != 1 }.map { index, quote in
                var moved = quote
                moved.span = CodePointSpan(start: quote.span.start + 5, end: quote.span.end + 5)
                if index % 3 == 0 { moved.speakerSpan = nil }
                return moved
            }
            return shifted
        }
        let result = Evaluator().evaluate(gold: gold, predictions: predictions)
        let html = HTMLReport.render(result, goldName: "polnear-dev.jsonl", names: SpeakerNameMatcher())
        #expect(MarkupChecker.problems(in: html) == [])
        for article in gold {
            #expect(html.contains(">" + HTMLEscaping.escape(article.id) + "</h2>"))
        }
    }
}
