import Foundation
import Testing
import Verbatim

/// The five samples against `Corpus/gold`: every gold boilerplate span masked, every gold body sentence kept, and
/// per-character precision and recall of the kept text at 1.0.
@Suite("Sample corpus boilerplate")
struct SampleBoilerplateGoldTests {
    struct GoldArticle: Sendable, CustomStringConvertible {
        let id: String
        let text: String
        /// Code point spans.
        let sentences: [Range<Int>]
        let boilerplate: [Range<Int>]
        var description: String { id }
    }

    static let gold: [GoldArticle] = {
        let path = TestModels.repositoryRoot + "/Corpus/gold/samples.jsonl"
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        func spans(_ value: JSONValue?) -> [Range<Int>] {
            guard case let .array(items)? = value else { return [] }
            return items.compactMap { item in
                guard case let .number(start)? = item["start"], case let .number(end)? = item["end"] else { return nil }
                return Int(start.double)..<Int(end.double)
            }
        }
        return data.split(separator: 0x0A).compactMap { line in
            guard let value = try? JSONParser.parse(Array(line)), let id = value["id"]?.stringValue,
                  let text = value["text"]?.stringValue else { return nil }
            return GoldArticle(id: id, text: text, sentences: spans(value["sentences"]), boilerplate: spans(value["boilerplate"]))
        }
    }()

    @Test("the gold file has boilerplate for all five samples")
    func coverage() {
        #expect(Self.gold.count == 5)
        #expect(Self.gold.allSatisfy { !$0.boilerplate.isEmpty })
    }

    /// The masked code points of the sample as the pipeline reads it from `Corpus/samples`.
    private func predictedMask(_ article: GoldArticle) throws -> [Bool] {
        let path = TestModels.repositoryRoot + "/Corpus/samples/" + article.id + ".txt"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == article.text)
        let document = try TestModels.process(text, id: article.id)
        // UTF-8 offset -> code point index.
        var codePointAt = [Int](repeating: 0, count: document.utf8.count + 1)
        var index = 0
        for (offset, byte) in document.utf8.enumerated() {
            if byte & 0xC0 != 0x80 {
                codePointAt[offset] = index
                index += 1
            } else {
                codePointAt[offset] = index - 1
            }
        }
        codePointAt[document.utf8.count] = index
        var mask = [Bool](repeating: false, count: index)
        for item in document.boilerplate {
            let start = codePointAt[item.span.start]
            let end = codePointAt[item.span.end]
            for position in start..<end { mask[position] = true }
        }
        return mask
    }

    @Test("every gold boilerplate span is masked and every gold body sentence kept", arguments: gold)
    func article(_ article: GoldArticle) throws {
        let mask = try predictedMask(article)
        let scalars = Array(article.text.unicodeScalars)
        for span in article.boilerplate {
            #expect(mask[span].allSatisfy { $0 }, "not masked: \(String(String.UnicodeScalarView(scalars[span])))")
        }
        for sentence in article.sentences where !article.boilerplate.contains(where: { $0.overlaps(sentence) }) {
            #expect(mask[sentence].allSatisfy { !$0 }, "body masked: \(String(String.UnicodeScalarView(scalars[sentence])))")
        }
    }

    @Test("per-character precision and recall of the kept text")
    func keptText() throws {
        var truePositive = 0, falsePositive = 0, falseNegative = 0
        for article in Self.gold {
            let mask = try predictedMask(article)
            var goldMask = [Bool](repeating: false, count: mask.count)
            for span in article.boilerplate { for position in span { goldMask[position] = true } }
            for (position, scalar) in article.text.unicodeScalars.enumerated() where !scalar.properties.isWhitespace {
                switch (!mask[position], !goldMask[position]) {
                case (true, true): truePositive += 1
                case (true, false): falsePositive += 1
                case (false, true): falseNegative += 1
                default: break
                }
            }
        }
        let precision = Double(truePositive) / Double(max(1, truePositive + falsePositive))
        let recall = Double(truePositive) / Double(max(1, truePositive + falseNegative))
        print("sample gold, kept text: precision \(precision), recall \(recall)")
        #expect(precision >= 1.0)
        #expect(recall >= 1.0)
    }
}
