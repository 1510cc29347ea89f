/// Encodes one processed article, or one failure, as a line of the `verbatim/1` JSONL schema
/// (`Schemas/verbatim-1.schema.json`). Offsets are converted from UTF-8 to Unicode code points here, once.
public struct RecordEncoder: Sendable {
    /// The schema name every line carries.
    public static let schema = "verbatim/1"
    /// Keys the schema owns; input metadata with one of these names is passed through as `input_<name>`.
    public static let reservedKeys: Set<String> = [
        "schema", "id", "source", "offset_unit", "text", "paragraphs", "sentences", "boilerplate", "quotes",
        "entities", "stats", "error",
    ]

    public let options: OutputOptions

    public init(options: OutputOptions) {
        self.options = options
    }

    /// The JSON line (without the newline) for a processed document. Layers the pipeline did not fill are omitted.
    public func encode(_ document: Document) -> [UInt8] {
        let mapper = CodePointMapper(bytes: document.utf8, offsets: offsets(of: document))
        var writer = JSONWriter()
        writer.beginObject()
        writeHeader(&writer, id: document.id, source: document.source)
        writeMetadata(&writer, document.metadata)
        writer.key("offset_unit"); writer.string("codepoint")
        if document.isExtractedText || options.withText {
            writer.key("text"); writer.string(document.text)
        }
        writer.key("paragraphs"); writeSpans(&writer, document.paragraphs, mapper)
        if options.withSentences {
            writer.key("sentences"); writeSpans(&writer, document.sentences, mapper)
        }
        if document.layers.contains(.boilerplate) {
            writer.key("boilerplate"); LayerEncoding.writeBoilerplate(&writer, document.boilerplate, mapper)
        }
        if document.layers.contains(.quotes) {
            writer.key("quotes"); LayerEncoding.writeQuotes(&writer, document, mapper)
        }
        if document.layers.contains(.entities) {
            writer.key("entities"); LayerEncoding.writeEntities(&writer, document, mapper)
        }
        writer.key("stats")
        writer.beginObject()
        writer.key("bytes"); writer.int(document.utf8.count)
        writer.key("codepoints"); writer.int(mapper[document.utf8.count])
        writer.key("paragraphs"); writer.int(document.paragraphs.count)
        writer.key("sentences"); writer.int(document.sentences.count)
        if document.layers.contains(.quotes) { writer.key("quotes"); writer.int(document.quotes.count) }
        if document.layers.contains(.entities) { writer.key("entities"); writer.int(document.entities.count) }
        writer.endObject()
        writer.endObject()
        return writer.bytes
    }

    /// Every UTF-8 offset the record will emit, for one conversion pass.
    private func offsets(of document: Document) -> [Int] {
        var offsets: [Int] = [document.utf8.count]
        func add(_ span: TextSpan) {
            offsets.append(span.start)
            offsets.append(span.end)
        }
        document.paragraphs.forEach(add)
        if options.withSentences { document.sentences.forEach(add) }
        document.boilerplate.forEach { add($0.span) }
        for quote in document.quotes {
            add(quote.span)
            if let cue = quote.cue { add(cue.span) }
            if let speaker = quote.speaker { add(speaker) }
        }
        for entity in document.entities { entity.mentions.forEach { add($0.span) } }
        return offsets
    }

    /// The JSON line (without the newline) for an article that failed.
    public func encodeFailure(id: String, source: String, error: ArticleError,
                              metadata: [(key: String, value: JSONValue)] = []) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writeHeader(&writer, id: id, source: source)
        writeMetadata(&writer, metadata)
        writer.key("error")
        writer.beginObject()
        writer.key("code"); writer.string(error.code.rawValue)
        writer.key("message"); writer.string(error.message)
        writer.endObject()
        writer.endObject()
        return writer.bytes
    }

    private func writeHeader(_ writer: inout JSONWriter, id: String, source: String) {
        writer.key("schema"); writer.string(Self.schema)
        writer.key("id"); writer.string(id)
        writer.key("source"); writer.string(source)
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
            writer.key("start"); writer.int(mapper[span.start])
            writer.key("end"); writer.int(mapper[span.end])
            writer.endObject()
        }
        writer.endArray()
    }
}
