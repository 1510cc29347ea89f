import Testing
@testable import VerbatimEval

@Suite struct EntityScoresTests {
    static func mention(_ start: Int, _ end: Int, _ label: EntityLabel) -> EntityMention {
        EntityMention(span: CodePointSpan(start: start, end: end), label: label)
    }

    //                        0         1         2         3         4         5
    //                        0123456789012345678901234567890123456789012345678901234567
    static let text = ArticleText("He said the Liberal Party's view in Canada and Ontario 🇨🇦.")

    @Test func exactSpanAndLabelPerClass() {
        var scores = EntityScores()
        scores.add(gold: [Self.mention(12, 25, .organization), Self.mention(36, 42, .geopolitical),
                          Self.mention(47, 54, .location)],
                   predicted: [Self.mention(12, 25, .person), Self.mention(36, 42, .location),
                               Self.mention(47, 54, .location)],
                   text: Self.text, pronouns: EvalOptions.englishPronouns)
        // GPE and LOC are one class: a GPE predicted as LOC is right.
        #expect(scores.exact[.place] == MatchCounts(truePositives: 2, falsePositives: 0, falseNegatives: 0))
        #expect(scores.exact[.organization] == MatchCounts(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(scores.exact[.person] == MatchCounts(truePositives: 0, falsePositives: 1, falseNegatives: 0))
        #expect(scores.exactMicro == MatchCounts(truePositives: 2, falsePositives: 1, falseNegatives: 1))
    }

    @Test func relaxedIgnoresLeadingTheAndPossessive() {
        var scores = EntityScores()
        scores.add(gold: [Self.mention(12, 25, .organization)], predicted: [Self.mention(8, 27, .organization)],
                   text: Self.text, pronouns: [])
        #expect(Self.text.substring(CodePointSpan(start: 8, end: 27)) == "the Liberal Party's")
        #expect(scores.exactMicro == MatchCounts(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(scores.relaxedMicro == MatchCounts(truePositives: 1, falsePositives: 0, falseNegatives: 0))
    }

    @Test func predictedPronounsAreNotMentions() {
        var scores = EntityScores()
        scores.add(gold: [], predicted: [Self.mention(0, 2, .person)], text: Self.text,
                   pronouns: EvalOptions.englishPronouns)
        #expect(scores.exactMicro == MatchCounts())
        var counted = EntityScores()
        counted.add(gold: [], predicted: [Self.mention(0, 2, .person)], text: Self.text, pronouns: [])
        #expect(counted.exactMicro == MatchCounts(truePositives: 0, falsePositives: 1, falseNegatives: 0))
    }

    @Test func withoutTextTheMentionTextIsUsed() {
        let gold = EntityMention(span: CodePointSpan(start: 4, end: 10), text: "Ottawa", label: .geopolitical)
        let predicted = EntityMention(span: CodePointSpan(start: 0, end: 10), text: "The Ottawa", label: .geopolitical)
        #expect(EntityScores.relaxedSpan(predicted, in: nil) == CodePointSpan(start: 4, end: 10))
        var scores = EntityScores()
        scores.add(gold: [gold], predicted: [predicted], text: nil, pronouns: [])
        #expect(scores.relaxedMicro.truePositives == 1)
    }
}
