import Foundation

/// One article's result as a `Codable` value: the `verbatim/1` JSONL line the command-line tool writes, field for
/// field (`JSONEncoder` gives the line's fields back; key order aside).
///
/// Every `start`/`end` in it is a **Unicode code point** index into the article text (the text as given, or for
/// HTML the extracted `text`), end exclusive; the library's UTF-8 byte offsets never reach this surface.
/// Optional layers are nil when the record does not carry them (`sentences` without `withSentences`, ...).
public struct VerbatimRecord: Codable, Sendable, Hashable {
    /// Always `verbatim/1`.
    public var schema: String
    /// The article id (the dump line's `id`, else its path, else what the caller gave).
    public var id: String
    /// Where the article came from: a path, `path:line` for a dump line, `-` or `-:line` for stdin.
    public var source: String
    /// The command-line tool's fingerprint of the options that made the record; nil from the library.
    public var options: String?
    /// Always `codepoint`: the unit of every offset in the record.
    public var offsetUnit: String
    /// The article text: present for HTML (the extracted text) and with `withText`.
    public var text: String?
    /// Paragraph spans, trimmed, in text order (code points).
    public var paragraphs: [Span]
    /// Sentence spans (with `withSentences`), in code points.
    public var sentences: [Span]?
    /// Tokens with their UPOS tags (with `withTokens`), in code points.
    public var tokens: [Token]?
    /// Phrase chunks over `tokens` (with `withTokens`).
    public var chunks: [Chunk]?
    /// Spans that are not article body (navigation, captions, ...), in code points.
    public var boilerplate: [Boilerplate]?
    /// Quotations in text order, with speakers and cues.
    public var quotes: [Quote]?
    /// Named entities with their mentions.
    public var entities: [Entity]?
    /// Counts: bytes, code points, paragraphs, sentences, quotes, entities, tokens.
    public var stats: Stats
    /// Fields passed through from the input or found in an HTML page (`title`, `url`, `date`, `authors`, ...).
    public var metadata: [String: MetadataValue]

    /// Decodes one JSONL line (without or with its newline) as the command-line tool writes it.
    public init(jsonLine: some Collection<UInt8>) throws {
        self = try JSONDecoder().decode(VerbatimRecord.self, from: Data(jsonLine))
    }

    static let knownKeys: Set<String> = [
        "schema", "id", "source", "options", "offset_unit", "text", "paragraphs", "sentences", "tokens", "chunks",
        "boilerplate", "quotes", "entities", "stats",
    ]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: RecordKey.self)
        func key(_ name: String) -> RecordKey { RecordKey(name) }
        schema = try container.decode(String.self, forKey: key("schema"))
        id = try container.decode(String.self, forKey: key("id"))
        source = try container.decode(String.self, forKey: key("source"))
        options = try container.decodeIfPresent(String.self, forKey: key("options"))
        offsetUnit = try container.decode(String.self, forKey: key("offset_unit"))
        text = try container.decodeIfPresent(String.self, forKey: key("text"))
        paragraphs = try container.decode([Span].self, forKey: key("paragraphs"))
        sentences = try container.decodeIfPresent([Span].self, forKey: key("sentences"))
        tokens = try container.decodeIfPresent([Token].self, forKey: key("tokens"))
        chunks = try container.decodeIfPresent([Chunk].self, forKey: key("chunks"))
        boilerplate = try container.decodeIfPresent([Boilerplate].self, forKey: key("boilerplate"))
        quotes = try container.decodeIfPresent([Quote].self, forKey: key("quotes"))
        entities = try container.decodeIfPresent([Entity].self, forKey: key("entities"))
        stats = try container.decode(Stats.self, forKey: key("stats"))
        metadata = [:]
        for other in container.allKeys where !Self.knownKeys.contains(other.stringValue) {
            metadata[other.stringValue] = try container.decode(MetadataValue.self, forKey: other)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: RecordKey.self)
        func key(_ name: String) -> RecordKey { RecordKey(name) }
        try container.encode(schema, forKey: key("schema"))
        try container.encode(id, forKey: key("id"))
        try container.encode(source, forKey: key("source"))
        try container.encodeIfPresent(options, forKey: key("options"))
        for (name, value) in metadata { try container.encode(value, forKey: key(name)) }
        try container.encode(offsetUnit, forKey: key("offset_unit"))
        try container.encodeIfPresent(text, forKey: key("text"))
        try container.encode(paragraphs, forKey: key("paragraphs"))
        try container.encodeIfPresent(sentences, forKey: key("sentences"))
        try container.encodeIfPresent(tokens, forKey: key("tokens"))
        try container.encodeIfPresent(chunks, forKey: key("chunks"))
        try container.encodeIfPresent(boilerplate, forKey: key("boilerplate"))
        try container.encodeIfPresent(quotes, forKey: key("quotes"))
        try container.encodeIfPresent(entities, forKey: key("entities"))
        try container.encode(stats, forKey: key("stats"))
    }
}
