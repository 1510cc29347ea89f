import GRDB

/// The SQLite schema `verbatim load` and `verbatim extract --sqlite` write (documented in README "Databases").
///
/// - `articles`: one row per output line, keyed by the article id; error records are articles with `error_code`.
/// - `quotes`, `entities`: rows of an article (`article_id` → `articles.id`, `ON DELETE CASCADE`).
/// - `mentions`: rows of an entity (`(article_id, entity_id)` → `entities`, `ON DELETE CASCADE`).
/// - `quotes_fts`: a full-text index (FTS5, or FTS4 where SQLite lacks FTS5) over `quotes.text`, kept in step by
///   triggers, so replacing an article also replaces its indexed quotes.
/// - `store_info`: key/value facts: `schema` (`verbatim-sqlite/1`) and `full_text` (`fts5` or `fts4`).
///
/// Every offset column is a Unicode code point index into the article text, end exclusive, as in the JSONL.
public enum StoreSchema {
    /// The schema version recorded in `store_info`.
    public static let version = "verbatim-sqlite/1"

    /// The full-text engine a database uses.
    public enum FullText: String, Sendable {
        case fts5, fts4
    }

    /// Creates every table, index and trigger that is missing, and returns the full-text engine in use.
    /// Safe to run on a database that already has the schema.
    @discardableResult
    public static func create(in db: Database) throws -> FullText {
        try db.execute(sql: tables)
        if let recorded = try String.fetchOne(db, sql: "SELECT value FROM store_info WHERE key = 'full_text'"),
           let engine = FullText(rawValue: recorded) {
            return engine
        }
        let engine: FullText = try supportsFTS5(db) ? .fts5 : .fts4
        try db.execute(sql: engine == .fts5 ? fts5 : fts4)
        try db.execute(sql: "INSERT OR REPLACE INTO store_info(key, value) VALUES ('schema', ?), ('full_text', ?)",
                       arguments: [version, engine.rawValue])
        return engine
    }

    /// Whether this SQLite library was built with FTS5.
    static func supportsFTS5(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT sqlite_compileoption_used('ENABLE_FTS5')") ?? false
    }

    static let tables = """
        CREATE TABLE IF NOT EXISTS store_info (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS articles (
            id            TEXT PRIMARY KEY,
            source        TEXT NOT NULL,
            metadata      TEXT NOT NULL DEFAULT '{}',
            text          TEXT,
            error_code    TEXT,
            error_message TEXT,
            bytes         INTEGER,
            codepoints    INTEGER,
            paragraphs    INTEGER,
            sentences     INTEGER,
            quote_count   INTEGER,
            entity_count  INTEGER
        );
        CREATE TABLE IF NOT EXISTS entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity_id  TEXT NOT NULL,
            name       TEXT NOT NULL,
            type       TEXT NOT NULL,
            titles     TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (article_id, entity_id)
        );
        CREATE INDEX IF NOT EXISTS entities_name ON entities(name);
        CREATE TABLE IF NOT EXISTS mentions (
            id         INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL,
            entity_id  TEXT NOT NULL,
            start      INTEGER NOT NULL,
            "end"      INTEGER NOT NULL,
            text       TEXT NOT NULL,
            pronoun    INTEGER NOT NULL DEFAULT 0,
            FOREIGN KEY (article_id, entity_id) REFERENCES entities(article_id, entity_id) ON DELETE CASCADE
        );
        CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(article_id, entity_id);
        CREATE TABLE IF NOT EXISTS quotes (
            id             INTEGER PRIMARY KEY,
            article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            quote_id       TEXT NOT NULL,
            start          INTEGER NOT NULL,
            "end"          INTEGER NOT NULL,
            text           TEXT NOT NULL,
            type           TEXT NOT NULL,
            quote_group    INTEGER,
            rule           TEXT,
            cue_start      INTEGER,
            cue_end        INTEGER,
            cue_text       TEXT,
            cue_lemma      TEXT,
            speaker_start  INTEGER,
            speaker_end    INTEGER,
            speaker_text   TEXT,
            speaker_name   TEXT,
            speaker_title  TEXT,
            speaker_entity TEXT,
            speaker_rule   TEXT,
            UNIQUE (article_id, quote_id)
        );
        CREATE INDEX IF NOT EXISTS quotes_speaker_name ON quotes(speaker_name);
        """

    /// FTS5 over `quotes.text` as an external-content table: the text is stored once, in `quotes`.
    static let fts5 = """
        CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(text, content='quotes', content_rowid='id');
        CREATE TRIGGER IF NOT EXISTS quotes_fts_insert AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER IF NOT EXISTS quotes_fts_delete AFTER DELETE ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        """

    /// FTS4 fallback: same table name and `MATCH` syntax; no `rank` column (order by `bm25` is FTS5 only).
    static let fts4 = """
        CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts4(content='quotes', text);
        CREATE TRIGGER IF NOT EXISTS quotes_fts_insert AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts(docid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER IF NOT EXISTS quotes_fts_delete BEFORE DELETE ON quotes BEGIN
            DELETE FROM quotes_fts WHERE docid = old.id;
        END;
        """
}
