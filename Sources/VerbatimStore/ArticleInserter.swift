import GRDB

/// Writes parsed articles into an open database, replacing any article with the same id.
///
/// Replacing is delete-then-insert: deleting the `articles` row cascades to its quotes, entities and mentions
/// (and the triggers drop its quotes from the full-text index), so a re-load never duplicates rows. The caller
/// runs `insert` inside a transaction; statements are cached per connection.
struct ArticleInserter {
    /// Row counts of what was inserted.
    struct Counts: Sendable, Equatable {
        var articles = 0
        var errors = 0
        var quotes = 0
        var entities = 0
        var mentions = 0

        static func += (lhs: inout Counts, rhs: Counts) {
            lhs.articles += rhs.articles
            lhs.errors += rhs.errors
            lhs.quotes += rhs.quotes
            lhs.entities += rhs.entities
            lhs.mentions += rhs.mentions
        }
    }

    static let deleteArticle = "DELETE FROM articles WHERE id = ?"
    static let insertArticle = """
        INSERT INTO articles (id, source, metadata, text, error_code, error_message, bytes, codepoints, paragraphs,
                              sentences, quote_count, entity_count)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let insertEntity = "INSERT INTO entities (article_id, entity_id, name, type, titles) VALUES (?, ?, ?, ?, ?)"
    static let insertMention = """
        INSERT INTO mentions (article_id, entity_id, start, "end", text, pronoun) VALUES (?, ?, ?, ?, ?, ?)
        """
    static let insertQuote = """
        INSERT INTO quotes (article_id, quote_id, start, "end", text, type, quote_group, rule, cue_start, cue_end,
                            cue_text, cue_lemma, speaker_start, speaker_end, speaker_text, speaker_name,
                            speaker_title, speaker_entity, speaker_rule)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Replaces `articles` in `db` (in order: a later article with the same id wins) and returns what it wrote.
    static func insert(_ articles: [StoredArticle], into db: Database) throws -> Counts {
        let delete = try db.cachedStatement(sql: deleteArticle)
        let article = try db.cachedStatement(sql: insertArticle)
        let entity = try db.cachedStatement(sql: insertEntity)
        let mention = try db.cachedStatement(sql: insertMention)
        let quote = try db.cachedStatement(sql: insertQuote)
        var counts = Counts()
        for item in articles {
            try delete.execute(arguments: [item.id])
            try article.execute(arguments: [
                item.id, item.source, item.metadataJSON, item.text, item.errorCode, item.errorMessage, item.bytes,
                item.codepoints, item.paragraphs, item.sentences, item.quoteCount, item.entityCount,
            ])
            for row in item.entities {
                try entity.execute(arguments: [item.id, row.id, row.name, row.type, row.titlesJSON])
                for span in row.mentions {
                    try mention.execute(arguments: [item.id, row.id, span.start, span.end, span.text, span.pronoun])
                }
                counts.mentions += row.mentions.count
            }
            for row in item.quotes {
                try quote.execute(arguments: [
                    item.id, row.id, row.start, row.end, row.text, row.type, row.group, row.rule, row.cueStart,
                    row.cueEnd, row.cueText, row.cueLemma, row.speakerStart, row.speakerEnd, row.speakerText,
                    row.speakerName, row.speakerTitle, row.speakerEntity, row.speakerRule,
                ])
            }
            counts.articles += 1
            if item.errorCode != nil { counts.errors += 1 }
            counts.quotes += item.quotes.count
            counts.entities += item.entities.count
        }
        return counts
    }
}
