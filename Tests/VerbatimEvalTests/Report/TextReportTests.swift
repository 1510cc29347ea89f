import Testing
import Verbatim
@testable import VerbatimEval

@Suite struct TextReportTests {
    static func result() -> EvalResult {
        let gold = ArticleRecord(id: "g1", text: "“Yes,” he said. Then more.",
                                 quotes: [Fixtures.quote(0, 6, speaker: (7, 9), cue: "said"),
                                          Fixtures.quote(16, 25, type: "indirect")],
                                 sentences: Fixtures.spans([(0, 15), (16, 26)]))
        let prediction = ArticleRecord(id: "g1", text: gold.text,
                                       quotes: [Fixtures.quote(0, 6, speaker: (16, 20), cue: "said", rule: "said-after"),
                                                Fixtures.quote(10, 14, rule: "colon")])
        return Evaluator().evaluate(gold: [gold], predictions: [prediction])
    }

    @Test func tableShowsScoresAndWhatWasNotScored() {
        let table = ScoreTable.render(Self.result(), goldName: "gold.jsonl")
        #expect(table.contains("gold gold.jsonl: 1 articles"))
        #expect(table.contains("coverage > 0.3"))
        #expect(table.contains("50.0"))
        #expect(table.contains("sentences: no prediction carries a \"sentences\" layer"))
    }

    @Test func errorsNameArticleTextAndRule() {
        let listing = ErrorListing.render(Self.result(), names: SpeakerNameMatcher())
        #expect(listing.contains("== g1"))
        #expect(listing.contains("MISSED"))
        #expect(listing.contains("SPURIOUS"))
        #expect(listing.contains("MISATTRIBUTED"))
        #expect(listing.contains("rule=colon"))
        #expect(listing.contains("said-after"))
        #expect(listing.contains("precision per rule"))
    }

    @Test func jsonParsesAndSeparatesUnproducedMetrics() throws {
        let bytes = JSONReport.render(Self.result(), gold: "gold.jsonl", names: SpeakerNameMatcher(), includeErrors: true)
        let json = try JSONParser.parse(bytes)
        #expect(json["metrics"]?["quotes.f1_0.3"] == .number(0.5))
        #expect(json["metrics"]?["sentences.documents_exact"] == nil)
        #expect(json["not_produced_metrics"] == .array([.string("sentences.documents_exact"),
                                                        .string("sentences.boundary_precision"),
                                                        .string("sentences.boundary_recall"),
                                                        .string("sentences.boundary_f1")]))
        guard case let .array(errors)? = json["errors"] else {
            Issue.record("no errors array")
            return
        }
        #expect(errors.compactMap { $0["kind"]?.stringValue }.sorted() == ["misattributed", "missed", "spurious"])
    }
}
