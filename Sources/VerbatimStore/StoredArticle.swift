import Verbatim

/// One `verbatim/1` output line, flattened into the rows the database stores: the article, its quotes, its
/// entities and their mentions.
///
/// Offsets are what the line carries: Unicode code point indexes into the article text, end exclusive.
struct StoredArticle {
    /// A row of `quotes`.
    struct Quote {
        var id: String
        var start: Int64
        var end: Int64
        var text: String
        var type: String
        var group: Int64?
        var rule: String?
        var cueStart: Int64?
        var cueEnd: Int64?
        var cueText: String?
        var cueLemma: String?
        var speakerStart: Int64?
        var speakerEnd: Int64?
        var speakerText: String?
        var speakerName: String?
        var speakerTitle: String?
        var speakerEntity: String?
        var speakerRule: String?
    }

    /// A row of `mentions` (its entity is the enclosing `Entity`).
    struct Mention {
        var start: Int64
        var end: Int64
        var text: String
        var pronoun: Bool
    }

    /// A row of `entities`, with its mentions.
    struct Entity {
        var id: String
        var name: String
        var type: String
        /// The titles as a JSON array, e.g. `["Prime Minister"]`.
        var titlesJSON: String
        var mentions: [Mention]
    }

    var id: String
    var source: String
    /// Every top-level field the schema does not own (url, title, date, input_*), as a JSON object.
    var metadataJSON: String
    var text: String?
    var errorCode: String?
    var errorMessage: String?
    /// The `stats` object's fields; nil for an error record.
    var bytes: Int64?
    var codepoints: Int64?
    var paragraphs: Int64?
    var sentences: Int64?
    var quoteCount: Int64?
    var entityCount: Int64?
    var quotes: [Quote]
    var entities: [Entity]
}
