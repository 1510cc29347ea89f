import Testing
@testable import VerbatimEval

@Suite struct EvaluatorTests {
    //                 0         1         2         3         4
    //                 012345678901234567890123456789012345678901234567
    static let text = "“Yes,” he said. Nav. She said no. “Maybe,” said X."

    static func gold(_ id: String = "a", split: String? = nil) -> ArticleRecord {
        ArticleRecord(id: id, text: text, split: split,
                      quotes: [Fixtures.quote(0, 6, type: "direct", speaker: (7, 9), name: "Han", cue: "said"),
                               Fixtures.quote(30, 32, type: "indirect", speaker: (21, 24), name: "Ann", cue: "said"),
                               Fixtures.quote(34, 42, type: "direct", speaker: (48, 49), name: "X", cue: "said")],
                      hasSpeakerNames: true,
                      sentences: Fixtures.spans([(0, 15), (16, 20), (21, 33), (34, 50)]),
                      boilerplate: Fixtures.spans([(16, 20)]))
    }

    @Test func layersThePredictionsLackAreNotScored() {
        let prediction = ArticleRecord(id: "dir/a.txt", text: Self.text,
                                       sentences: Fixtures.spans([(0, 15), (16, 33), (34, 50)]))
        let result = Evaluator().evaluate(gold: [Self.gold()], predictions: [prediction])
        #expect(result.scoredLayers == [.quotes, .speakerNames, .sentences, .boilerplate])
        #expect(Set(result.unproduced.keys) == [.quotes, .speakerNames, .boilerplate])
        #expect(result.isProduced(.sentences))
        let metrics = Dictionary(uniqueKeysWithValues: result.metrics.map { ($0.name, $0) })
        #expect(metrics["quotes.f1_0.3"]?.isProduced == false)
        #expect(metrics["quotes.speaker_name_0.8"]?.isProduced == false)
        #expect(metrics["boilerplate.recall"]?.isProduced == false)
        #expect(metrics["sentences.documents_exact"]?.value == 0)
        // Gold boundaries 15, 20, 33; predicted 15, 33.
        #expect(metrics["sentences.boundary_recall"]?.value == 2.0 / 3.0)
        #expect(metrics["sentences.boundary_precision"]?.value == 1)
        #expect(metrics["entities.exact_f1"] == nil)  // the gold has no entities
    }

    @Test func missingFailedAndMismatchedPredictions() {
        let gold = [Self.gold("a"), Self.gold("b"), Self.gold("c"), Self.gold("d")]
        let predictions = [
            ArticleRecord(id: "b", failure: "invalid_utf8: bad"),
            ArticleRecord(id: "c", text: "another text", quotes: []),
            ArticleRecord(id: "d", text: Self.text, quotes: Self.gold().quotes, hasSpeakerNames: true),
            ArticleRecord(id: "zzz", quotes: []),
        ]
        let result = Evaluator().evaluate(gold: gold, predictions: predictions)
        #expect(result.articles.map(\.status) == [.missing, .failed("invalid_utf8: bad"), .textMismatch, .scored])
        #expect(result.unmatchedPredictions == ["zzz"])
        // Missing and failed articles count as empty predictions; the mismatched one is left out.
        #expect(result.quotes[0].counts == MatchCounts(truePositives: 3, falsePositives: 0, falseNegatives: 6))
        #expect(result.quotes[0].speakerName == Accuracy(correct: 3, total: 3))
    }

    @Test func typeFilterAppliesToBothSides() {
        let predicted = [Fixtures.quote(0, 6, type: "direct", speaker: (7, 9), cue: "said"),
                         Fixtures.quote(29, 33, type: "indirect"), Fixtures.quote(10, 12, type: "indirect")]
        let prediction = ArticleRecord(id: "a", text: Self.text, quotes: predicted)
        let result = Evaluator(options: EvalOptions(quoteTypes: ["direct"]))
            .evaluate(gold: [Self.gold()], predictions: [prediction])
        #expect(result.quotes[0].counts == MatchCounts(truePositives: 1, falsePositives: 0, falseNegatives: 1))
        #expect(result.quotes[0].recallByType.keys.sorted() == ["direct"])
        #expect(result.exactQuotes == MatchCounts(truePositives: 1, falsePositives: 0, falseNegatives: 1))
        #expect(result.rules == ["(none)": MatchCounts(truePositives: 1, falsePositives: 0, falseNegatives: 0)])
    }

    @Test func splitFilter() {
        let gold = [Self.gold("a", split: "dev"), Self.gold("b", split: "train"), Self.gold("c")]
        let result = Evaluator(options: EvalOptions(split: "dev")).evaluate(gold: gold, predictions: [])
        #expect(result.articles.map(\.id) == ["a"])
        #expect(result.excludedBySplit == 2)
    }

    @Test func rulePrecision() {
        let predicted = [Fixtures.quote(0, 6, rule: "frame"), Fixtures.quote(16, 20, rule: "frame"),
                         Fixtures.quote(34, 42, rule: "colon")]
        let prediction = ArticleRecord(id: "a", text: Self.text, quotes: predicted)
        let result = Evaluator().evaluate(gold: [Self.gold()], predictions: [prediction])
        #expect(RuleScore.all(in: result) == [RuleScore(rule: "frame", predicted: 2, matched: 1),
                                              RuleScore(rule: "colon", predicted: 1, matched: 1)])
    }

    @Test func bodyOfAPredictionDropsBoilerplate() {
        let prediction = ArticleRecord(id: "p", text: "Menu\nBody one.\nAd\nBody two.",
                                       boilerplate: Fixtures.spans([(0, 5), (15, 18)]))
        #expect(Evaluator.body(of: prediction) == "Body one.\n\nBody two.")
        #expect(Evaluator.body(of: ArticleRecord(id: "p", articleBody: "given")) == "given")
        #expect(Evaluator.body(of: ArticleRecord(id: "p")) == "")
    }

    @Test func htmlBodyGold() {
        let gold = [ArticleRecord(id: "p1", articleBody: "one two three four five"),
                    ArticleRecord(id: "p2", articleBody: "six seven")]
        let predictions = [ArticleRecord(id: "pages/p1.html.gz", text: "Menu one two three four five",
                                         boilerplate: Fixtures.spans([(0, 4)]))]
        let result = Evaluator().evaluate(gold: gold, predictions: predictions)
        #expect(result.scoredLayers == [.bodyText])
        #expect(result.bodyText.pages.map(\.f1) == [1, 0])
        #expect(result.bodyText.precision == 1)
        #expect(result.bodyText.recall == 0.5)
        #expect(result.bodyText.accuracy == Accuracy(correct: 1, total: 2))
    }
}
