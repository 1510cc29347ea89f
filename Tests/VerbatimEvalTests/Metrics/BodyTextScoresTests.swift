import Testing
@testable import VerbatimEval

/// Expected values follow the Zyte `evaluate.py` by hand.
@Suite struct BodyTextScoresTests {
    @Test func aMissingShingle() {
        // Gold shingles: (a b c d), (b c d e); predicted: (a b c d). tp 1, fn 1 → normalised 0.5 / 0 / 0.5.
        let page = BodyTextScores.score(gold: "a b c d e", predicted: "a, b. c d")
        #expect(page == BodyTextScores.Page(truePositives: 0.5, falsePositives: 0, falseNegatives: 0.5,
                                            tokensIdentical: false))
        #expect(page.precision == 1)
        #expect(page.recall == 0.5)
    }

    @Test func repeatedShinglesCountAsExtra() {
        // Predicted: (a b c d) ×2, (b c d a), (c d a b), (d a b c) against gold (a b c d): tp 1, fp 4.
        let page = BodyTextScores.score(gold: "a b c d", predicted: "a b c d a b c d")
        #expect(page.truePositives == 0.2)
        #expect(page.falsePositives == 0.8)
        #expect(page.falseNegatives == 0)
        #expect(page.precision == 0.2 / (0.2 + 0.8))
        #expect(page.recall == 1)
    }

    @Test func shortTextsAreOneShingle() {
        let page = BodyTextScores.score(gold: "Hello world", predicted: "Hello — world!")
        #expect(page == BodyTextScores.Page(truePositives: 1, falsePositives: 0, falseNegatives: 0, tokensIdentical: true))
        #expect(BodyTextScores.shingles(["a", "b"]) == ["a b": 1])
        #expect(BodyTextScores.shingles([]).isEmpty)
    }

    @Test func tokensAreCaseSensitive() {
        let page = BodyTextScores.score(gold: "The End", predicted: "the end")
        #expect(page.truePositives == 0)
        #expect(!page.tokensIdentical)
    }

    @Test func pagesAreAveragedSkippingUndefinedSides() {
        var scores = BodyTextScores()
        scores.add(gold: "a b c d e", predicted: "a b c d")   // P 1, R 0.5
        scores.add(gold: "a b c d", predicted: "")            // no prediction: out of the precision average, R 0
        scores.add(gold: "", predicted: "")                   // nothing on either side: out of both averages
        scores.add(gold: "w x y z", predicted: "w x y z")     // P 1, R 1
        let recall: Double = 1.5 / 3
        #expect(scores.precision == 1)
        #expect(scores.recall == recall)
        let f1: Double = 2 * recall / (1 + recall)
        #expect(scores.f1 == f1)
        #expect(scores.accuracy == Accuracy(correct: 2, total: 4))
    }
}
