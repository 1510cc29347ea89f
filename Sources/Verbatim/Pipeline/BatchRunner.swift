import Foundation

/// Runs articles from a reader through a processor on several threads, writing lines in input order.
///
/// Articles are read in batches so memory stays bounded by the batch size, whatever the size of the dump.
public struct BatchRunner: Sendable {
    public let processor: ArticleProcessor
    /// Worker threads; 1 runs everything on the calling thread.
    public let jobs: Int
    /// Articles read ahead per batch.
    public let batchSize: Int

    public init(processor: ArticleProcessor, jobs: Int, batchSize: Int = 256) {
        self.processor = processor
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize)
    }

    /// Totals of a run.
    public struct Summary: Sendable {
        public var articles = 0
        public var failures = 0
        /// UTF-8 bytes of article text processed.
        public var bytes = 0
        public var quotes = 0
        public var entities = 0
        public var errorsByCode: [String: Int] = [:]
        /// Whether the run stopped early because `shouldStop` said so.
        public var interrupted = false
    }

    /// Reads every article, processes it and hands each output line (no newline) to `write`, in input order.
    /// `shouldStop` is asked between batches: a stop leaves every line written whole. `progress` is called after
    /// each batch with the running totals.
    public func run(reader: ArticleReader, shouldStop: () -> Bool = { false }, progress: (Summary) -> Void = { _ in },
                    write: (ArticleProcessor.Outcome) -> Void) -> Summary {
        var summary = Summary()
        while true {
            if shouldStop() {
                summary.interrupted = true
                break
            }
            var batch: [RawArticle] = []
            batch.reserveCapacity(batchSize)
            while batch.count < batchSize, let article = reader.next() { batch.append(article) }
            if batch.isEmpty { break }
            let outcomes = process(batch)
            for outcome in outcomes {
                summary.articles += 1
                summary.bytes += outcome.bytes
                summary.quotes += outcome.quotes
                summary.entities += outcome.entities
                if let error = outcome.error {
                    summary.failures += 1
                    summary.errorsByCode[error.code.rawValue, default: 0] += 1
                }
                write(outcome)
            }
            progress(summary)
        }
        return summary
    }

    private func process(_ batch: [RawArticle]) -> [ArticleProcessor.Outcome] {
        if jobs == 1 || batch.count == 1 { return batch.map(processor.process) }
        let results = OutcomeSlots(count: batch.count)
        let processor = self.processor
        // Each worker takes the next unclaimed article, so a long article does not hold up a fixed share of others.
        DispatchQueue.concurrentPerform(iterations: min(jobs, batch.count)) { _ in
            while let index = results.claim() {
                results.set(index, processor.process(batch[index]))
            }
        }
        return results.values()
    }
}

/// Slots filled by concurrent workers: each index is claimed, then written, by exactly one worker.
private final class OutcomeSlots: @unchecked Sendable {
    private var slots: [ArticleProcessor.Outcome?]
    private var nextUnclaimed = 0
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// The next index no worker has taken, or nil when all are taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextUnclaimed < slots.count else { return nil }
        nextUnclaimed += 1
        return nextUnclaimed - 1
    }

    func set(_ index: Int, _ outcome: ArticleProcessor.Outcome) {
        lock.lock()
        slots[index] = outcome
        lock.unlock()
    }

    func values() -> [ArticleProcessor.Outcome] {
        slots.map { $0! }
    }
}
