/// One article flowing through the pipeline.
///
/// The text is fixed once read (or once extracted from HTML); stages only add layers. Every span in every layer is
/// in UTF-8 byte offsets into `text`, so cleaning masks text and never rewrites it.
public struct Document: Sendable {
    /// The article id: its `id` field in a dump, else the path it was read from.
    public let id: String
    /// Where the article came from: a path, `path:line` for a dump line, or `-` for stdin.
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

    /// The layers stages have added so far.
    public private(set) var layers: Set<Layer> = []

    public init(id: String, source: String, text: String, metadata: [(key: String, value: JSONValue)] = []) {
        self.id = id
        self.source = source
        self.text = text
        self.utf8 = Array(text.utf8)
        self.metadata = metadata
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
