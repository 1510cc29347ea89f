import Testing
@testable import VerbatimEval

@Suite struct ArticlePairingTests {
    @Test(arguments: [
        ("Corpus/samples/000_ea89e0b318c6d4cb.txt", "000_ea89e0b318c6d4cb"),
        ("../shared/data/zyte-dev/html/042bb7.html.gz", "042bb7"),
        ("breitbart_2016-09-12_stealth-over-health-hillary-clin", "breitbart_2016-09-12_stealth-over-health-hillary-clin"),
        ("dump.jsonl", "dump"),
        ("report-v1.2", "report-v1.2"),
        ("/abs/path/page.HTM", "page"),
    ])
    func stems(name: String, stem: String) {
        #expect(ArticlePairing.stem(of: name) == stem)
    }

    @Test func matchesByIDThenByStem() {
        let gold = ["A", "B", "C"].map { ArticleRecord(id: $0) }
        let predictions = [
            ArticleRecord(id: "Corpus/samples/B.txt"),
            ArticleRecord(id: "A"),
            ArticleRecord(id: "X"),
            ArticleRecord(id: "other", source: "pages/C.html.gz"),
        ]
        let pairing = ArticlePairing(gold: gold, predictions: predictions)
        #expect(pairing.pairs.map { $0.prediction?.id } == ["A", "Corpus/samples/B.txt", "other"])
        #expect(pairing.unmatchedPredictions == ["X"])
    }

    @Test func aPredictionIsUsedOnce() {
        let gold = [ArticleRecord(id: "A"), ArticleRecord(id: "dir/A.txt")]
        let pairing = ArticlePairing(gold: gold, predictions: [ArticleRecord(id: "A")])
        #expect(pairing.pairs[0].prediction?.id == "A")
        #expect(pairing.pairs[1].prediction == nil)
    }
}
