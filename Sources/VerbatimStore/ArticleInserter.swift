import Foundation
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

    // Text goes in as `CAST(? AS TEXT)`: GRDB binds a Swift string as a C string, which ends at its first U+0000,
    // so a string holding one is bound as its UTF-8 bytes (`whole`) and cast back to TEXT whole.
    static let deleteArticle = "DELETE FROM articles WHERE id = CAST(? AS TEXT)"
    static let insertArticle = """
        INSERT INTO articles (id, source, metadata, text, error_code, error_message, bytes, codepoints, paragraphs,
                              sentences, quote_count, entity_count)
        VALUES (CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT),
                ?, ?, ?, ?, ?, ?)
        """
    static let insertEntity = """
        INSERT INTO entities (article_id, entity_id, name, type, titles)
        VALUES (CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))
        """
    static let insertMention = """
        INSERT INTO mentions (article_id, entity_id, start, "end", text, pronoun)
        VALUES (CAST(? AS TEXT), CAST(? AS TEXT), ?, ?, CAST(? AS TEXT), ?)
        """
    static let insertQuote = """
        INSERT INTO quotes (article_id, quote_id, start, "end", text, type, quote_group, rule, cue_start, cue_end,
                            cue_text, cue_lemma, speaker_start, speaker_end, speaker_text, speaker_name,
                            speaker_title, speaker_entity, speaker_rule)
        VALUES (CAST(? AS TEXT), CAST(? AS TEXT), ?, ?, CAST(? AS TEXT), CAST(? AS TEXT), ?, CAST(? AS TEXT), ?, ?,
                CAST(? AS TEXT), CAST(? AS TEXT), ?, ?, CAST(? AS TEXT), CAST(? AS TEXT),
                CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))
        """

    /// `text` as an argument SQLite receives whole: its UTF-8 bytes when it holds U+0000 (the SQL casts them back
    /// to TEXT), else the string itself.
    static func whole(_ text: String?) -> (any DatabaseValueConvertible)? {
        guard let text else { return nil }
        return text.utf8.contains(0) ? Data(text.utf8) : text
    }

    /// Replaces `articles` in `db` (in order: a later article with the same id wins) and returns what it wrote.
    static func insert(_ articles: [StoredArticle], into db: Database) throws -> Counts {
        let delete = try db.cachedStatement(sql: deleteArticle)
        let article = try db.cachedStatement(sql: insertArticle)
        let entity = try db.cachedStatement(sql: insertEntity)
        let mention = try db.cachedStatement(sql: insertMention)
        let quote = try db.cachedStatement(sql: insertQuote)
        var counts = Counts()
        for item in articles {
            let id = whole(item.id)
            try delete.execute(arguments: [id])
            try article.execute(arguments: [
                id, whole(item.source), whole(item.metadataJSON), whole(item.text), whole(item.errorCode),
                whole(item.errorMessage), item.bytes, item.codepoints, item.paragraphs, item.sentences, item.quoteCount,
                item.entityCount,
            ])
            for row in item.entities {
                let entityID = whole(row.id)
                try entity.execute(arguments: [id, entityID, whole(row.name), whole(row.type), whole(row.titlesJSON)])
                for span in row.mentions {
                    try mention.execute(arguments: [id, entityID, span.start, span.end, whole(span.text), span.pronoun])
                }
                counts.mentions += row.mentions.count
            }
            for row in item.quotes {
                try quote.execute(arguments: [
                    id, whole(row.id), row.start, row.end, whole(row.text), whole(row.type), row.group, whole(row.rule),
                    row.cueStart, row.cueEnd, whole(row.cueText), whole(row.cueLemma), row.speakerStart, row.speakerEnd,
                    whole(row.speakerText), whole(row.speakerName), whole(row.speakerTitle), whole(row.speakerEntity),
                    whole(row.speakerRule),
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
