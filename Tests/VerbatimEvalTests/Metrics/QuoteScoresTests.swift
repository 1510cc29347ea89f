import Testing
@testable import VerbatimEval

@Suite struct QuoteScoresTests {
    @Test(arguments: [
        ((20, 25), (24, 30), true),   // one shared code point is enough
        ((20, 25), (25, 30), false),  // touching is not overlapping
        ((20, 25), (0, 100), true),
    ])
    func speakerSpansOverlapByOneCodePoint(gold: (Int, Int), predicted: (Int, Int), agrees: Bool) {
        let goldQuote = Fixtures.quote(0, 10, speaker: gold)
        let predictedQuote = Fixtures.quote(0, 10, speaker: predicted)
        #expect(QuoteScores.speakerSpanAgrees(gold: goldQuote, predicted: predictedQuote) == agrees)
    }

    @Test func missingSpeakerMentions() {
        let none = Fixtures.quote(0, 10)
        let some = Fixtures.quote(0, 10, speaker: (12, 14))
        #expect(QuoteScores.speakerSpanAgrees(gold: none, predicted: none))
        #expect(!QuoteScores.speakerSpanAgrees(gold: none, predicted: some))
        #expect(!QuoteScores.speakerSpanAgrees(gold: some, predicted: none))
    }

    @Test(arguments: [
        ("said", "said", true), ("Said ", "said", true), ("According to", "according to", true),
        ("told", "said", false), (nil, nil, true), (nil, "", true), (":", nil, false),
    ] as [(String?, String?, Bool)])
    func cuesAreCaseFoldedAndTrimmed(gold: String?, predicted: String?, agrees: Bool) {
        #expect(QuoteScores.cueAgrees(gold: Fixtures.quote(0, 1, cue: gold), predicted: Fixtures.quote(0, 1, cue: predicted))
                == agrees)
    }

    @Test func oneArticle() {
        let gold = [
            Fixtures.quote(0, 10, type: "direct", speaker: (12, 15), name: "Han Dong", cue: "said"),
            Fixtures.quote(20, 40, type: "indirect", speaker: (41, 43), name: "Han Dong", cue: "says"),
            Fixtures.quote(50, 60, type: "indirect", speaker: nil, name: "Justin Trudeau", cue: nil),
        ]
        let predicted = [
            Fixtures.quote(0, 10, speaker: (12, 15), name: "Dong", cue: "Said"),        // all right
            Fixtures.quote(22, 40, speaker: (0, 2), name: "he", cue: "says"),           // wrong speaker
            Fixtures.quote(70, 80),                                                     // spurious
        ]
        let alignment = QuoteAlignment(gold: gold.map(\.span), predicted: predicted.map(\.span), threshold: 0.3)
        var scores = QuoteScores(threshold: 0.3, scoresSpeakerNames: true)
        scores.add(gold: gold, predicted: predicted, alignment: alignment, names: SpeakerNameMatcher())
        #expect(scores.counts == MatchCounts(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        #expect(scores.recallByType["direct"] == Accuracy(correct: 1, total: 1))
        #expect(scores.recallByType["indirect"] == Accuracy(correct: 1, total: 2))
        #expect(scores.speakerSpan == Accuracy(correct: 1, total: 2))
        #expect(scores.speakerName == Accuracy(correct: 1, total: 2))
        #expect(scores.cue == Accuracy(correct: 2, total: 2))
    }

    @Test func namesAreNotScoredUnlessAsked() {
        let scores = QuoteScores(threshold: 0.8, scoresSpeakerNames: false)
        #expect(scores.speakerName == nil)
    }
}
