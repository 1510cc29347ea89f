import Foundation
import Testing
import Verbatim
@testable import VerbatimEval

/// The acceptance bar of issue 3 on ../shared/data/polnear-dev.jsonl: gold against itself scores 100 on every
/// metric, and a prediction file made by shifting every gold quote by a few code points and dropping every fifth
/// quote scores exactly what arithmetic says.
@Suite(.enabled(if: RepositoryPaths.exists(RepositoryPaths.polnearDev),
                "../shared/data/polnear-dev.jsonl is not beside the checkout"))
struct PolNeARAcceptanceTests {
    static let shift = 3

    static func gold() throws -> [ArticleRecord] {
        try RecordFile.read(path: RepositoryPaths.polnearDev)
    }

    @Test func goldAgainstItselfScoresOneHundred() throws {
        let gold = try Self.gold()
        let result = Evaluator().evaluate(gold: gold, predictions: gold)
        #expect(result.unproduced.isEmpty)
        let metrics = result.metrics
        #expect(metrics.count >= 19)
        for metric in metrics {
            #expect(metric.value == 1, "\(metric.name) = \(String(describing: metric.value))")
        }
        #expect(result.quotes[0].counts == MatchCounts(truePositives: 2515, falsePositives: 0, falseNegatives: 0))
    }

    /// One gold quote and how the test moved it.
    struct Moved {
        let type: String
        let length: Int
        let kept: Bool
    }

    /// Writes the shifted, thinned prediction file in Verbatim's output format and returns what was done to
    /// each gold quote.
    static func writeShiftedPredictions(gold: [ArticleRecord], to path: String) throws -> [Moved] {
        var moved: [Moved] = []
        var output: [UInt8] = []
        var quoteNumber = 0
        for article in gold {
            let quotes = try #require(article.quotes)
            var writer = JSONWriter()
            writer.beginObject()
            writer.key("schema"); writer.string("verbatim/1")
            writer.key("id"); writer.string("polnear/" + article.id + ".txt")
            writer.key("source"); writer.string(article.source ?? "")
            writer.key("text"); writer.string(try #require(article.text))
            writer.key("quotes")
            writer.beginArray()
            for (index, quote) in quotes.enumerated() {
                let span = try #require(shifted(quote.span, avoiding: quotes, except: index),
                                        "gold quote \(index) of \(article.id) cannot be shifted without touching another")
                let kept = quoteNumber % 5 != 4
                quoteNumber += 1
                moved.append(Moved(type: quote.type, length: quote.span.length, kept: kept))
                guard kept else { continue }
                writer.beginObject()
                writer.key("start"); writer.int(span.start)
                writer.key("end"); writer.int(span.end)
                writer.key("text"); writer.string(quote.text)
                writer.key("type"); writer.string(quote.type)
                writer.key("rule"); writer.string(quote.type + "-rule")
                writer.key("cue")
                if let cue = quote.cueText, let cueSpan = quote.cueSpan {
                    writer.beginObject()
                    writer.key("start"); writer.int(cueSpan.start)
                    writer.key("end"); writer.int(cueSpan.end)
                    writer.key("text"); writer.string(cue.uppercased())
                    writer.key("lemma"); writer.string(cue)
                    writer.endObject()
                } else {
                    writer.null()
                }
                writer.key("speaker")
                if let speakerSpan = quote.speakerSpan {
                    writer.beginObject()
                    writer.key("start"); writer.int(speakerSpan.start)
                    writer.key("end"); writer.int(speakerSpan.end)
                    writer.key("text"); writer.string(quote.speakerText ?? "")
                    writer.endObject()
                } else {
                    writer.null()
                }
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
            output += writer.bytes
            output.append(0x0A)
        }
        try Data(output).write(to: URL(fileURLWithPath: path))
        return moved
    }

    /// The quote moved right by `shift` code points, or left when moving right would make it a candidate (share
    /// above 0.3) for another gold quote of the article; nil when neither direction is clean.
    static func shifted(_ span: CodePointSpan, avoiding quotes: [QuoteRecord], except index: Int) -> CodePointSpan? {
        for offset in [shift, -shift] where span.start + offset >= 0 {
            let candidate = CodePointSpan(start: span.start + offset, end: span.end + offset)
            let clean = quotes.indices.allSatisfy { other in
                other == index || 10 * candidate.overlap(with: quotes[other].span) <= 3 * quotes[other].span.length
            }
            if clean { return candidate }
        }
        return nil
    }

    /// What arithmetic says at a threshold of `numerator / 10`: a kept quote of length n, moved by 3, covers
    /// (n - 3) / n of its gold quote, which is above the threshold when 10 (n - 3) > numerator · n.
    static func expectedCounts(_ moved: [Moved], numerator: Int) -> (MatchCounts, [String: Accuracy]) {
        var counts = MatchCounts()
        var byType: [String: Accuracy] = [:]
        for quote in moved {
            let matched = quote.kept && 10 * (quote.length - shift) > numerator * quote.length
            byType[quote.type, default: Accuracy()].record(matched)
            if matched {
                counts.truePositives += 1
            } else {
                counts.falseNegatives += 1
                if quote.kept { counts.falsePositives += 1 }
            }
        }
        return (counts, byType)
    }

    @Test(arguments: [nil, ["direct", "mixed"]] as [Set<String>?])
    func shiftedAndThinnedPredictionsScoreByArithmetic(types: Set<String>?) throws {
        let gold = try Self.gold()
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("verbatim-eval-shifted-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let everyQuote = try Self.writeShiftedPredictions(gold: gold, to: path)
        let moved = everyQuote.filter { types?.contains($0.type) ?? true }
        let predictions = try RecordFile.read(path: path)
        let result = Evaluator(options: EvalOptions(quoteTypes: types)).evaluate(gold: gold, predictions: predictions)

        let kept = moved.filter(\.kept).count
        #expect(kept == moved.count - moved.count / 5 || types != nil)
        #expect(result.count(.scored) == gold.count)
        for (index, numerator) in [3, 8].enumerated() {
            let (expected, byType) = Self.expectedCounts(moved, numerator: numerator)
            let scores = result.quotes[index]
            #expect(scores.counts == expected)
            #expect(scores.counts.precision == Double(expected.truePositives) / Double(kept))
            #expect(scores.counts.recall == Double(expected.truePositives) / Double(moved.count))
            let precision = Double(expected.truePositives) / Double(kept)
            let recall = Double(expected.truePositives) / Double(moved.count)
            #expect(scores.counts.f1 == 2 * precision * recall / (precision + recall))
            #expect(scores.recallByType == byType)
            // Speakers were kept where they were; cues were upper-cased, which the metric folds away.
            #expect(scores.speakerSpan == Accuracy(correct: expected.truePositives, total: expected.truePositives))
            #expect(scores.cue == Accuracy(correct: expected.truePositives, total: expected.truePositives))
        }
        // At 0.3 every kept quote longer than four code points matches.
        let (loose, _) = Self.expectedCounts(moved, numerator: 3)
        #expect(loose.truePositives == moved.filter { $0.kept && $0.length > 4 }.count)
        // No shifted span equals a gold span.
        #expect(result.exactQuotes == MatchCounts(truePositives: 0, falsePositives: kept, falseNegatives: moved.count))
        #expect(RuleScore.all(in: result).reduce(0) { $0 + $1.predicted } == kept)
    }
}
