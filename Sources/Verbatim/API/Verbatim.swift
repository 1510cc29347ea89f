/// The library's front door: load the models once, then extract quotes, speakers and entities from any number of
/// articles, from any number of tasks.
///
/// ```swift
/// import Verbatim
///
/// let verbatim = try Verbatim()                      // models found as the command-line tool finds them
/// let record = try verbatim.extract(text: "\"We will rebuild,\" said Mayor Ana Ruiz.", id: "a1")
/// for quote in record.quotes ?? [] {
///     print(quote.speakerName ?? "?", quote.text)     // Ana Ruiz "We will rebuild,"
/// }
/// ```
///
/// Every offset in what it returns is a **Unicode code point** index into the article text (Python `str`
/// indexing), end exclusive, exactly as in the command-line tool's JSONL lines; the library works in UTF-8 bytes
/// inside and converts once, at the end. An `VerbatimRecord` is the JSONL line as a `Codable` value: encoding it
/// with `JSONEncoder` gives the line's fields.
public struct Verbatim: Sendable {
    /// What `extract` returns (also reachable as `Verbatim.Record`, since the type `Verbatim` hides the module name
    /// `Verbatim` in qualified names).
    public typealias Record = VerbatimRecord
    /// What each record includes.
    public typealias Options = OutputOptions

    /// The loaded models (lexicons, rules, tagger) every extraction uses.
    public let models: Models
    /// What each record includes (sentences, text, tokens).
    public let options: OutputOptions
    private let processor: ArticleProcessor

    /// Loads the models from `modelsDirectory`, or when nil from where the command-line tool looks:
    /// `$VERBATIM_MODELS`, an install's `share/verbatim/Models` beside the executable, `./Models`, then the
    /// checkout this library was built from. Throws a `ModelError` naming the file (and line) at fault, or
    /// every folder tried.
    public init(modelsDirectory: String? = nil, options: OutputOptions = OutputOptions()) throws(ModelError) {
        try self.init(models: Models.load(explicit: modelsDirectory, loadingSyntax: options.withTokens), options: options)
    }

    /// Uses models already loaded (they are immutable and may be shared by many `Verbatim` values).
    public init(models: Models, options: OutputOptions = OutputOptions()) {
        self.models = models
        self.options = options
        self.processor = ArticleProcessor(pipeline: .standard(models: models, syntax: options.withTokens),
                                          encoder: RecordEncoder(options: options))
    }

    /// Extracts from plain text. `id` names the article in the record (its `id` and `source`).
    /// Throws an `ArticleError` when the text cannot be processed (empty, binary, ...); its message says why.
    public func extract(text: String, id: String = "text") throws(ArticleError) -> VerbatimRecord {
        try record(RawArticle(id: id, source: id, payload: .decodedText(text)))
    }

    /// Extracts from an HTML page given as a string; the record carries the extracted `text` its offsets index.
    public func extract(html: String, id: String = "page") throws(ArticleError) -> VerbatimRecord {
        try extract(html: Array(html.utf8), id: id)
    }

    /// Extracts from the bytes of an HTML page, in the charset it declares (else UTF-8, else Windows-1252);
    /// the record carries the extracted `text` its offsets index.
    public func extract(html bytes: [UInt8], id: String = "page") throws(ArticleError) -> VerbatimRecord {
        try record(RawArticle(id: id, source: id, payload: .html(bytes)))
    }

    /// The JSONL line (without its newline) the command-line tool writes for this text, error records included.
    public func jsonLine(text: String, id: String = "text") -> String {
        String(decoding: processor.process(RawArticle(id: id, source: id, payload: .decodedText(text))).line,
               as: UTF8.self)
    }

    private func record(_ article: RawArticle) throws(ArticleError) -> VerbatimRecord {
        let outcome = processor.process(article)
        if let error = outcome.error { throw error }
        do {
            return try VerbatimRecord(jsonLine: outcome.line)
        } catch {
            // The encoder and the record are tested against each other; reaching this is a bug in Verbatim.
            preconditionFailure("verbatim/1 line does not decode as VerbatimRecord: \(error)")
        }
    }
}
