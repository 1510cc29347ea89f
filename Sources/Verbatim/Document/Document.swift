/// One article flowing through the pipeline.
///
/// The text is fixed once read (or once extracted from HTML); stages only add layers. Every span in every layer is
/// in UTF-8 byte offsets into `text`, so cleaning masks text and never rewrites it.
public struct Document: Sendable {
    /// The article id: its `id` field in a dump, else the path it was read from.
    public let id: String
    /// Where the article came from: a path, `path:line` for a dump line; on stdin `-` for one article, `-:line` for
    /// a dump line.
    public let source: String
    /// The article text as given (or as extracted from HTML). Never modified.
    public let text: String
    /// `text` as UTF-8 bytes, the form every stage scans. Offsets into it are the UTF-8 offsets of every span.
    public let utf8: [UInt8]
    /// Fields passed through from the input (`url`, `title`, `date`, ...), in input order.
    public var metadata: [(key: String, value: JSONValue)]

    /// Whether `text` was extracted from HTML (and so is emitted with the record, since offsets refer to it).
    public var isExtractedText = false

    /// Paragraph spans, in UTF-8 offsets, trimmed of surrounding whitespace, in text order.
    public var paragraphs: [TextSpan] = []
    /// Sentence spans, in UTF-8 offsets, trimmed, in text order; none crosses a paragraph.
    public var sentences: [TextSpan] = []

    /// Spans that are not article body (navigation, captions, teasers, ...), in UTF-8 offsets, sorted, disjoint.
    /// Extractors never look inside them.
    public var boilerplate: [BoilerplateSpan] = []
    /// The tokens of every sentence, with their tags once tagged: the one token layer all stages read.
    public var tokens = TokenLayer()
    /// Phrase chunks (noun phrases, verb groups, prepositional phrases, clause boundaries) over `tokens`.
    public var chunks: [Chunk] = []
    /// Named entities with their clustered mentions.
    public var entities: [Entity] = []
    /// Quotations with their speakers and cues, in text order.
    public var quotes: [Quote] = []

    /// The layers stages have added so far.
    public private(set) var layers = Set<Layer>(minimumCapacity: 8)

    public init(id: String, source: String, text: String, metadata: [(key: String, value: JSONValue)] = []) {
        self.id = id
        self.source = source
        self.text = text
        self.utf8 = Array(text.utf8)
        self.metadata = metadata
    }

    /// Whether `span` (UTF-8 offsets) overlaps boilerplate.
    public func isBoilerplate(_ span: TextSpan) -> Bool {
        // Binary search: boilerplate spans are sorted and disjoint.
        var low = 0
        var high = boilerplate.count
        while low < high {
            let middle = (low + high) / 2
            if boilerplate[middle].span.end <= span.start { low = middle + 1 } else { high = middle }
        }
        return low < boilerplate.count && boilerplate[low].span.overlaps(span)
    }

    /// Records that a stage has filled `layer`.
    public mutating func markProvided(_ layer: Layer) {
        layers.insert(layer)
    }

    /// The text of a span (UTF-8 offsets).
    public func substring(_ span: TextSpan) -> String {
        String(decoding: utf8[span.start..<span.end], as: UTF8.self)
    }
}
