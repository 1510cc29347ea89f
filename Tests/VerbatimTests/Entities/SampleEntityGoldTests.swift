import Foundation
import Testing
import Verbatim

/// The entity layer scored against the hand-annotated entities of `Corpus/gold/samples.jsonl`: exact span and label
/// (GPE and LOC together), micro-averaged, with mentions inside the gold boilerplate left out on both sides.
/// Pronoun mentions are coreference links and are never scored.
@Suite("Sample corpus entities")
struct SampleEntityGoldTests {
    /// Measured on the five samples when the stage landed: micro F1 1.000, PERSON F1 1.000 (ORG 1.000,
    /// GPE+LOC 1.000). The floors leave a little room for changes in the stages before this one.
    static let microFloor = 0.97
    static let personFloor = 0.97

    struct Labelled: Hashable {
        let start: Int
        let end: Int
        let label: String
    }

    struct Counts {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var f1: Double {
            let predicted = Double(truePositives + falsePositives)
            let gold = Double(truePositives + falseNegatives)
            guard predicted > 0, gold > 0, truePositives > 0 else { return 0 }
            let precision = Double(truePositives) / predicted
            let recall = Double(truePositives) / gold
            return 2 * precision * recall / (precision + recall)
        }
        mutating func add(gold: Set<Labelled>, predicted: Set<Labelled>) {
            truePositives += gold.intersection(predicted).count
            falsePositives += predicted.subtracting(gold).count
            falseNegatives += gold.subtracting(predicted).count
        }
    }

    static func group(_ label: String) -> String { label == "LOC" || label == "GPE" ? "GPE+LOC" : label }

    /// Micro counts over all five articles: all labels, then per label group.
    static func score() throws -> [String: Counts] {
        let path = TestModels.repositoryRoot + "/Corpus/gold/samples.jsonl"
        let data = try #require(FileManager.default.contents(atPath: path))
        var counts: [String: Counts] = [:]
        var articles = 0
        for line in data.split(separator: 0x0A) {
            let record = try JSONParser.parse(Array(line))
            let text = try #require(record["text"]?.stringValue)
            // Code point index → UTF-8 offset.
            var offsets: [Int] = []
            var utf8 = 0
            for scalar in text.unicodeScalars {
                offsets.append(utf8)
                utf8 += String(scalar).utf8.count
            }
            offsets.append(utf8)
            func spans(_ key: String) -> [(TextSpan, String)] {
                guard case let .array(items)? = record[key] else { return [] }
                return items.compactMap { item in
                    guard case let .number(start)? = item["start"], case let .number(end)? = item["end"] else { return nil }
                    let label = item["label"]?.stringValue ?? item["kind"]?.stringValue ?? ""
                    return (TextSpan(start: offsets[Int(start.double)], end: offsets[Int(end.double)]), label)
                }
            }
            let boilerplate = spans("boilerplate").map(\.0)
            func inBoilerplate(_ span: TextSpan) -> Bool { boilerplate.contains { $0.overlaps(span) } }
            let gold = Set(spans("entities").filter { !inBoilerplate($0.0) }.map {
                Labelled(start: $0.0.start, end: $0.0.end, label: group($0.1))
            })
            let document = try TestModels.process(text)
            let predicted = Set(document.entities.flatMap { entity in
                entity.mentions.filter { !$0.isPronoun && !inBoilerplate($0.span) }.map {
                    Labelled(start: $0.span.start, end: $0.span.end, label: group(entity.kind.rawValue))
                }
            })
            counts["micro", default: Counts()].add(gold: gold, predicted: predicted)
            for label in ["PERSON", "ORG", "GPE+LOC"] {
                counts[label, default: Counts()].add(gold: gold.filter { $0.label == label },
                                                     predicted: predicted.filter { $0.label == label })
            }
            articles += 1
        }
        #expect(articles == 5)
        return counts
    }

    @Test("exact-span micro F1 and PERSON F1 stay above the measured floors")
    func floors() throws {
        let counts = try Self.score()
        let micro = try #require(counts["micro"])
        let person = try #require(counts["PERSON"])
        #expect(micro.truePositives + micro.falseNegatives == 208, "the gold has 208 body entities")
        #expect(micro.f1 >= Self.microFloor, "micro F1 \(micro.f1) fell under \(Self.microFloor): \(micro)")
        #expect(person.f1 >= Self.personFloor, "PERSON F1 \(person.f1) fell under \(Self.personFloor): \(person)")
    }
}
