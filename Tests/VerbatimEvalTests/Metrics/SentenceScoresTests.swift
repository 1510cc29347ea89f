import Testing
@testable import VerbatimEval

@Suite struct SentenceScoresTests {
    //                                0123456789012345678
    static let text = ArticleText("One. Two.\u{00A0} Three.\n")

    @Test func whitespaceIsNormalisedAway() {
        var scores = SentenceScores()
        scores.add(gold: Fixtures.spans([(0, 4), (5, 9), (11, 17)]),
                   predicted: Fixtures.spans([(0, 5), (5, 11), (11, 18), (18, 18)]), text: Self.text)
        #expect(scores.documents == Accuracy(correct: 1, total: 1))
        // The end of the document is not a boundary.
        #expect(scores.boundaries == MatchCounts(truePositives: 2, falsePositives: 0, falseNegatives: 0))
    }

    @Test func aMissedBreak() {
        var scores = SentenceScores()
        scores.add(gold: Fixtures.spans([(0, 4), (5, 9), (11, 17)]), predicted: Fixtures.spans([(0, 9), (10, 17)]),
                   text: Self.text)
        #expect(scores.documents == Accuracy(correct: 0, total: 1))
        #expect(scores.boundaries == MatchCounts(truePositives: 1, falsePositives: 0, falseNegatives: 1))
    }

    @Test func aSpuriousBreakAcrossDocuments() {
        var scores = SentenceScores()
        scores.add(gold: Fixtures.spans([(0, 9)]), predicted: Fixtures.spans([(0, 4), (5, 9)]), text: ArticleText("One. Two."))
        scores.add(gold: Fixtures.spans([(0, 3)]), predicted: Fixtures.spans([(0, 3)]), text: ArticleText("Yes"))
        #expect(scores.documents == Accuracy(correct: 1, total: 2))
        #expect(scores.boundaries == MatchCounts(truePositives: 0, falsePositives: 1, falseNegatives: 0))
    }
}
