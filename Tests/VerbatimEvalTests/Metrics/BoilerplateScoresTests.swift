import Testing
@testable import VerbatimEval

@Suite struct BoilerplateScoresTests {
    //                                0123 4567890123 456
    static let text = ArticleText("Nav\nBody text\nAd")

    @Test func keptTextAgainstGoldBody() {
        var scores = BoilerplateScores()
        scores.add(gold: Fixtures.spans([(0, 3), (14, 16)]), predicted: Fixtures.spans([(0, 3)]), text: Self.text)
        // Kept "Body text" (8 non-space) and "Ad" (2, boilerplate); white space is not counted.
        #expect(scores.characters == MatchCounts(truePositives: 8, falsePositives: 2, falseNegatives: 0))
    }

    @Test func removingBodyIsAMiss() {
        var scores = BoilerplateScores()
        scores.add(gold: Fixtures.spans([(0, 3)]), predicted: Fixtures.spans([(0, 8)]), text: Self.text)
        // "Body" is removed with "Nav"; "text" and "Ad" are kept body.
        #expect(scores.characters == MatchCounts(truePositives: 6, falsePositives: 0, falseNegatives: 4))
    }

    @Test func aFailedPredictionKeepsNothing() {
        var scores = BoilerplateScores()
        scores.add(gold: Fixtures.spans([(0, 3)]), predicted: nil, text: Self.text)
        #expect(scores.characters == MatchCounts(truePositives: 0, falsePositives: 0, falseNegatives: 10))
    }
}
