import Testing
@testable import VerbatimEval

@Suite struct MatchCountsTests {
    @Test(arguments: [
        // tp, fp, fn, precision, recall, f1
        (3, 1, 2, 0.75, 0.6, 2 * 0.75 * 0.6 / (0.75 + 0.6)),
        (0, 0, 4, nil, 0.0, 0.0),
        (0, 2, 0, 0.0, nil, 0.0),
        (5, 0, 0, 1.0, 1.0, 1.0),
    ] as [(Int, Int, Int, Double?, Double?, Double?)])
    func ratios(tp: Int, fp: Int, fn: Int, precision: Double?, recall: Double?, f1: Double?) {
        let counts = MatchCounts(truePositives: tp, falsePositives: fp, falseNegatives: fn)
        #expect(counts.precision == precision)
        #expect(counts.recall == recall)
        #expect(counts.f1 == f1)
    }

    @Test func nothingOnEitherSideIsUndefined() {
        let counts = MatchCounts()
        #expect(counts.precision == nil)
        #expect(counts.recall == nil)
        #expect(counts.f1 == nil)
    }

    @Test func multisetCountsDuplicatesOnce() {
        let counts = MatchCounts.multiset(gold: ["a", "a", "b"], predicted: ["a", "c", "c"])
        #expect(counts == MatchCounts(truePositives: 1, falsePositives: 2, falseNegatives: 2))
    }
}
