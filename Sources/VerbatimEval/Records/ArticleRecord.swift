/// One line of a gold file or of a prediction file, read into the layers the evaluation scores.
///
/// Every layer is optional: nil means the line does not carry that layer at all (not scored), an empty array
/// means it carries the layer and found nothing. All offsets are **Unicode code points** into `text`.
public struct ArticleRecord: Sendable {
    /// The article id (gold ids are often file stems; Verbatim ids are often paths).
    public var id: String
    /// Where the article came from, when the line says.
    public var source: String?
    /// The article text the offsets point into, when the line carries it.
    public var text: String?
    /// The data split the article belongs to (`train`, `dev`, ...), when the line says.
    public var split: String?
    /// Quotes, or nil when the line has no `quotes` layer.
    public var quotes: [QuoteRecord]?
    /// Whether the quotes carry canonical speaker names (`speaker_canonical` or `speaker_name` keys).
    public var hasSpeakerNames: Bool
    /// Entity mentions, or nil when the line has no `entities` layer.
    public var entities: [EntityMention]?
    /// Sentences, or nil when the line has no `sentences` layer.
    public var sentences: [CodePointSpan]?
    /// Boilerplate spans (text that is not article body), or nil when the line has no `boilerplate` layer.
    public var boilerplate: [CodePointSpan]?
    /// The article body as plain text (Zyte benchmark gold, or a prediction in that format).
    public var articleBody: String?
    /// `code: message` when the line is a Verbatim error record.
    public var failure: String?
    /// The 1-based line number in the file it was read from (0 when not read from a file).
    public var line: Int

    public init(id: String, source: String? = nil, text: String? = nil, split: String? = nil,
                quotes: [QuoteRecord]? = nil, hasSpeakerNames: Bool = false, entities: [EntityMention]? = nil,
                sentences: [CodePointSpan]? = nil, boilerplate: [CodePointSpan]? = nil, articleBody: String? = nil,
                failure: String? = nil, line: Int = 0) {
        self.id = id
        self.source = source
        self.text = text
        self.split = split
        self.quotes = quotes
        self.hasSpeakerNames = hasSpeakerNames
        self.entities = entities
        self.sentences = sentences
        self.boilerplate = boilerplate
        self.articleBody = articleBody
        self.failure = failure
        self.line = line
    }
}
