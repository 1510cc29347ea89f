import Testing
@testable import VerbatimEval

@Suite struct QuoteAlignmentTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let gold: [(Int, Int)]
        let predicted: [(Int, Int)]
        let threshold: Double
        /// For each gold quote, the index of the prediction it should match.
        let expected: [Int?]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a share equal to the threshold is not above it", gold: [(0, 10)], predicted: [(0, 3)],
             threshold: 0.3, expected: [nil]),
        Case(name: "a share just above 0.3 matches", gold: [(0, 10)], predicted: [(0, 4)], threshold: 0.3,
             expected: [0]),
        Case(name: "0.8 exactly is not above 0.8", gold: [(0, 10)], predicted: [(2, 10)], threshold: 0.8,
             expected: [nil]),
        Case(name: "0.9 is above 0.8", gold: [(0, 10)], predicted: [(1, 12)], threshold: 0.8, expected: [0]),
        Case(name: "the share is of gold characters: a long prediction covers a short gold quote fully",
             gold: [(10, 20)], predicted: [(0, 100)], threshold: 0.8, expected: [0]),
        Case(name: "the largest share wins, not the first candidate", gold: [(0, 10)], predicted: [(0, 5), (0, 9)],
             threshold: 0.3, expected: [1]),
        Case(name: "equal shares go to the first prediction", gold: [(0, 10)], predicted: [(0, 6), (4, 10)],
             threshold: 0.3, expected: [0]),
        Case(name: "one to one: a prediction taken by an earlier gold quote is gone", gold: [(0, 10), (0, 10)],
             predicted: [(0, 10)], threshold: 0.3, expected: [0, nil]),
        Case(name: "greedy in gold order, even when a later gold quote fits better",
             gold: [(0, 10), (5, 15)], predicted: [(0, 15), (8, 15)], threshold: 0.3, expected: [0, 1]),
        Case(name: "an empty gold span never matches", gold: [(5, 5)], predicted: [(0, 10)], threshold: 0.3,
             expected: [nil]),
        Case(name: "an empty predicted span covers nothing", gold: [(0, 10)], predicted: [(3, 3)], threshold: 0.3,
             expected: [nil]),
        Case(name: "touching spans share nothing", gold: [(0, 10)], predicted: [(10, 20)], threshold: 0.3,
             expected: [nil]),
    ]

    @Test(arguments: cases)
    func matching(_ testCase: Case) {
        let alignment = QuoteAlignment(gold: Fixtures.spans(testCase.gold), predicted: Fixtures.spans(testCase.predicted),
                                       threshold: testCase.threshold)
        #expect(alignment.predictionForGold == testCase.expected)
        let matched = testCase.expected.compactMap { $0 }.count
        #expect(alignment.matched == matched)
        #expect(alignment.missed == testCase.gold.count - matched)
        #expect(alignment.spurious == testCase.predicted.count - matched)
        for (goldIndex, prediction) in testCase.expected.enumerated() {
            if let prediction { #expect(alignment.goldForPrediction[prediction] == goldIndex) }
        }
    }

    @Test func coverageIsTheShareOfGoldCharacters() {
        let gold = CodePointSpan(start: 0, end: 8)
        #expect(QuoteAlignment.coverage(gold: gold, predicted: CodePointSpan(start: 6, end: 100)) == 0.25)
        #expect(QuoteAlignment.coverage(gold: CodePointSpan(start: 6, end: 100), predicted: gold) == 2.0 / 94.0)
    }
}
