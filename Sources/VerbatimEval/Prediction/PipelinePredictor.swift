import Foundation
import Verbatim

/// Makes predictions by running the Verbatim pipeline, with sentences and text on, and reading its output lines
/// back as `ArticleRecord`s (offsets in **code points**, as the output schema has them).
public struct PipelinePredictor: Sendable {
    public let processor: ArticleProcessor
    /// Worker threads.
    public let jobs: Int

    public init(processor: ArticleProcessor, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.processor = processor
        self.jobs = max(1, jobs)
    }

    /// A predictor running the standard pipeline of `models`.
    public init(models: Models, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.init(processor: ArticleProcessor(
            pipeline: .standard(models: models),
            encoder: RecordEncoder(options: OutputOptions(withSentences: true, withText: true))), jobs: jobs)
    }

    /// Runs the pipeline on each gold article's `text` (articles without text are skipped), keeping gold ids.
    public func predict(goldTexts gold: [ArticleRecord]) -> [ArticleRecord] {
        let articles = gold.compactMap { record in
            record.text.map { RawArticle(id: record.id, source: record.source ?? record.id, payload: .decodedText($0)) }
        }
        return predict(articles)
    }

    /// Runs the pipeline on files, folders and dumps, read as `verbatim extract` reads them.
    public func predict(paths: [String]) -> [ArticleRecord] {
        let reader = ArticleReader(paths: paths)
        var lines: [[UInt8]] = []
        _ = BatchRunner(processor: processor, jobs: jobs).run(reader: reader) { lines.append($0.line) }
        return lines.map(Self.record(fromLine:))
    }

    /// Runs the pipeline on in-memory articles, in parallel, keeping their order.
    public func predict(_ articles: [RawArticle]) -> [ArticleRecord] {
        let slots = Slots(count: articles.count)
        let processor = self.processor
        let workers = min(jobs, max(1, articles.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < articles.count {
                slots.set(index, Self.record(fromLine: processor.process(articles[index]).line))
                index += workers
            }
        }
        return slots.values()
    }

    /// One output line read back; a line that cannot be read (which the encoder never writes) becomes a failure.
    static func record(fromLine line: [UInt8]) -> ArticleRecord {
        do {
            return try RecordDecoder.decode(line: line)
        } catch {
            return ArticleRecord(id: "", failure: "unreadable_output: \(error)")
        }
    }

    /// Results written by several threads, each to its own index.
    private final class Slots: @unchecked Sendable {
        private var records: [ArticleRecord?]
        private let lock = NSLock()

        init(count: Int) { records = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ record: ArticleRecord) {
            lock.lock()
            records[index] = record
            lock.unlock()
        }

        func values() -> [ArticleRecord] { records.map { $0! } }
    }
}
