import Testing
@testable import Verbatim

/// The byte-level filter must let through every paragraph a quote rule could use; letting others through only costs time.
@Suite("Quote candidate filter")
struct QuoteCandidateFilterTests {
    static let filter = QuoteCandidateFilter(lexicon: TestModels.models.quoteLexicon)

    private func passes(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return Self.filter.mayHoldQuote(bytes, TextSpan(start: 0, end: bytes.count))
    }

    @Test("paragraphs a rule could use pass", arguments: [
        "“Never,” she replied.", "He said \"no\".", "''Old style,'' he added.", "Officials SAID the plan failed.",
        "According to police, it ended.", "PENCE: Well, look.", "The minister pointed out the flaw.", "«Non», dit-il.",
    ])
    func candidates(_ text: String) {
        #expect(passes(text))
    }

    @Test("paragraphs without marks, cues or labels are skipped", arguments: [
        "The river rose three metres overnight.", "Prices fell 3% in March, the lowest in years.", "Top Stories",
    ])
    func nonCandidates(_ text: String) {
        #expect(!passes(text))
    }
}
