import Foundation
import Testing
import Verbatim
@testable import VerbatimEval

/// Runs the pipeline over every `Corpus/gold/*.jsonl` file (scored together, micro-averaged) and fails when a score
/// drops under its floor in `Corpus/thresholds.json`. Floors are only ever raised (see Corpus/README.md).
@Suite struct CorpusFloorTests {
    static func goldFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.corpusGold)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.sorted().map { RepositoryPaths.corpusGold + "/" + $0 }
    }

    static func floors() throws -> [String: Double] {
        let data = try #require(FileManager.default.contents(atPath: RepositoryPaths.thresholds),
                                "Corpus/thresholds.json is missing")
        guard case let .object(members) = try JSONParser.parse([UInt8](data)) else {
            Issue.record("Corpus/thresholds.json must be one JSON object of metric name → floor")
            return [:]
        }
        var floors: [String: Double] = [:]
        for (name, value) in members {
            guard case let .number(floor) = value else {
                Issue.record("floor of \(name) is not a number")
                continue
            }
            floors[name] = floor.double
        }
        return floors
    }

    /// The scores of the pipeline on the corpus gold.
    static func corpusResult() throws -> EvalResult {
        let gold = try goldFiles().flatMap { try RecordFile.read(path: $0) }
        let models = try Models.load()
        let predictions = PipelinePredictor(models: models).predict(goldTexts: gold)
        let options = EvalOptions(speakerNames: SpeakerNameMatcher(titles: models.sentenceLexicon.titleAbbreviations))
        return Evaluator(options: options).evaluate(gold: gold, predictions: predictions)
    }

    @Test(.enabled(if: !goldFiles().isEmpty, "Corpus/gold has no .jsonl files"))
    func scoresStayAboveFloors() throws {
        let result = try Self.corpusResult()
        let floors = try Self.floors()
        #expect(result.count(.scored) == result.articles.count, "every gold article gets a prediction")
        let metrics = result.metrics
        for metric in metrics {
            guard let floor = floors[metric.name] else {
                Issue.record("\(metric.name) has no floor in Corpus/thresholds.json: add it at its current score")
                continue
            }
            if metric.isProduced {
                let value = metric.value ?? 0
                #expect(value >= floor, "\(metric.name) = \(value) fell under its floor \(floor)")
            } else {
                #expect(floor == 0, "\(metric.name) is not produced, so its floor must stay 0")
            }
        }
        let known = Set(metrics.map(\.name))
        for name in floors.keys.sorted() where !known.contains(name) {
            Issue.record("Corpus/thresholds.json names \(name), which the corpus evaluation does not measure")
        }
    }
}
