/// Encodes one processed article, or one failure, as a line of the `verbatim/1` JSONL schema
/// (`Schemas/verbatim-1.schema.json`). Offsets are converted from UTF-8 to Unicode code points here, once.
public struct RecordEncoder: Sendable {
    /// The schema name every line carries.
    public static let schema = "verbatim/1"
    /// Keys the schema owns; input metadata with one of these names is passed through as `input_<name>`.
    public static let reservedKeys: Set<String> = [
        "schema", "id", "source", "offset_unit", "text", "paragraphs", "sentences", "boilerplate", "quotes",
        "entities", "stats", "error", "options", "tokens", "chunks",
    ]

    public let options: OutputOptions

    public init(options: OutputOptions) {
        self.options = options
    }

    /// The JSON line (without the newline) for a processed document. Layers the pipeline did not fill are omitted.
    public func encode(_ document: Document) -> [UInt8] {
        let mapper = CodePointMapper(bytes: document.utf8)
        var writer = JSONWriter(capacity: Self.estimatedLineLength(of: document, options: options))
        writer.beginObject()
        writeHeader(&writer, id: document.id, source: document.source)
        writeMetadata(&writer, document.metadata)
        writer.field("offset_unit", string: "codepoint")
        if document.isExtractedText || options.withText {
            writer.field("text", string: document.text)
        }
        writer.field("paragraphs"); writeSpans(&writer, document.paragraphs, mapper)
        if options.withSentences {
            writer.field("sentences"); writeSpans(&writer, document.sentences, mapper)
        }
        if options.withTokens && document.layers.contains(.tokens) {
            writer.field("tokens"); SyntaxEncoding.writeTokens(&writer, document.tokens, mapper)
        }
        if options.withTokens && document.layers.contains(.chunks) {
            writer.field("chunks"); SyntaxEncoding.writeChunks(&writer, document.chunks, document.tokens, mapper)
        }
        if document.layers.contains(.boilerplate) {
            writer.field("boilerplate"); LayerEncoding.writeBoilerplate(&writer, document.boilerplate, mapper)
        }
        if document.layers.contains(.quotes) {
            writer.field("quotes"); LayerEncoding.writeQuotes(&writer, document, mapper)
        }
        if document.layers.contains(.entities) {
            writer.field("entities"); LayerEncoding.writeEntities(&writer, document, mapper)
        }
        writer.field("stats")
        writer.beginObject()
        writer.field("bytes", int: document.utf8.count)
        writer.field("codepoints", int: mapper[document.utf8.count])
        writer.field("paragraphs", int: document.paragraphs.count)
        writer.field("sentences", int: document.sentences.count)
        if document.layers.contains(.quotes) { writer.field("quotes", int: document.quotes.count) }
        if document.layers.contains(.entities) { writer.field("entities", int: document.entities.count) }
        if options.withTokens && document.layers.contains(.tokens) { writer.field("tokens", int: document.tokens.count) }
        writer.endObject()
        writer.endObject()
        return writer.bytes
    }

    /// About how many bytes the line of `document` takes (measured on news dumps: about twice the text, plus
    /// the text itself when it is included), so the writer rarely grows its buffer.
    static func estimatedLineLength(of document: Document, options: OutputOptions) -> Int {
        let withText = document.isExtractedText || options.withText
        return 1024 + document.utf8.count * (withText ? 4 : 3) + (options.withTokens ? document.utf8.count * 8 : 0)
    }

    /// The JSON line (without the newline) for an article that failed.
    public func encodeFailure(id: String, source: String, error: ArticleError,
                              metadata: [(key: String, value: JSONValue)] = []) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writeHeader(&writer, id: id, source: source)
        writeMetadata(&writer, metadata)
        writer.field("error")
        writer.beginObject()
        writer.field("code", string: error.code.rawValue)
        writer.field("message", string: error.message)
        writer.endObject()
        writer.endObject()
        return writer.bytes
    }

    private func writeHeader(_ writer: inout JSONWriter, id: String, source: String) {
        writer.field("schema", string: Self.schema)
        writer.field("id", string: id)
        writer.field("source", string: source)
        if let fingerprint = options.runFingerprint { writer.field("options", string: fingerprint) }
    }

    private func writeMetadata(_ writer: inout JSONWriter, _ metadata: [(key: String, value: JSONValue)]) {
        for (key, value) in metadata {
            writer.key(Self.reservedKeys.contains(key) ? "input_" + key : key)
            writer.value(value)
        }
    }

    func writeSpans(_ writer: inout JSONWriter, _ spans: [TextSpan], _ mapper: CodePointMapper) {
        writer.beginArray()
        for span in spans {
            writer.beginObject()
            LayerEncoding.writeSpan(&writer, span, mapper)
            writer.endObject()
        }
        writer.endArray()
    }
}
