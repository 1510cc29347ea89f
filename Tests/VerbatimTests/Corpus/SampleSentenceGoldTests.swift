import Foundation
import Testing
import Verbatim

/// The bundled samples, read from `Corpus/samples` as a user would, must split exactly as `Corpus/gold` says.
@Suite("Sample corpus sentences")
struct SampleSentenceGoldTests {
    struct GoldArticle: Sendable, CustomStringConvertible {
        let id: String
        let sentences: [[Int]]
        var description: String { id }
    }

    static let gold: [GoldArticle] = {
        let path = TestModels.repositoryRoot + "/Corpus/gold/samples.jsonl"
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return data.split(separator: 0x0A).compactMap { line in
            guard let value = try? JSONParser.parse(Array(line)), let id = value["id"]?.stringValue,
                  case let .array(spans)? = value["sentences"] else { return nil }
            let sentences = spans.map { span -> [Int] in
                guard case let .number(start)? = span["start"], case let .number(end)? = span["end"] else { return [] }
                return [Int(start.double), Int(end.double)]
            }
            return GoldArticle(id: id, sentences: sentences)
        }
    }()

    @Test("the gold file covers all five samples")
    func coverage() {
        #expect(Self.gold.count == 5)
    }

    @Test("sentence boundaries match the gold exactly", arguments: gold)
    func sentences(_ article: GoldArticle) throws {
        let path = TestModels.repositoryRoot + "/Corpus/samples/" + article.id + ".txt"
        let processor = ArticleProcessor(pipeline: .standard(models: TestModels.models),
                                         encoder: RecordEncoder(options: OutputOptions(withSentences: true)))
        let reader = ArticleReader(paths: [path])
        let raw = try #require(reader.next())
        let value = try JSONParser.parse(processor.process(raw).line)
        guard case let .array(spans)? = value["sentences"] else {
            Issue.record("no sentences in the output")
            return
        }
        let predicted = spans.map { span -> [Int] in
            guard case let .number(start)? = span["start"], case let .number(end)? = span["end"] else { return [] }
            return [Int(start.double), Int(end.double)]
        }
        #expect(predicted == article.sentences)
    }
}
