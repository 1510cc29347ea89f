/// Runs one raw article through loading, the pipeline and encoding: always exactly one output line, never a throw.
public struct ArticleProcessor: Sendable {
    public let pipeline: Pipeline
    public let encoder: RecordEncoder

    public init(pipeline: Pipeline, encoder: RecordEncoder) {
        self.pipeline = pipeline
        self.encoder = encoder
    }

    /// What processing one article gave.
    public struct Outcome: Sendable {
        /// The JSON line, without its newline.
        public let line: [UInt8]
        /// The error, when the article failed.
        public let error: ArticleError?
        /// Input bytes the article had (text after decoding, for throughput).
        public let bytes: Int
        /// Quotes and entities found, for the run summary.
        public var quotes = 0
        public var entities = 0
        /// The article id, so a resumed run can check it skips the right articles.
        public var id = ""
    }

    public func process(_ article: RawArticle) -> Outcome {
        do {
            var document = try ArticleLoader.document(from: article, htmlRules: pipeline.htmlRules)
            try pipeline.process(&document)
            return Outcome(line: encoder.encode(document), error: nil, bytes: document.utf8.count,
                           quotes: document.quotes.count, entities: document.entities.count, id: article.id)
        } catch {
            return Outcome(line: encoder.encodeFailure(id: article.id, source: article.source, error: error,
                                                      metadata: article.metadata),
                           error: error, bytes: 0, id: article.id)
        }
    }
}
