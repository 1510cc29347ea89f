import Foundation
import GRDB
import Testing
import Verbatim
import VerbatimStore

@Suite("Store: SQLiteWriter")
struct SQLiteWriterTests {
    @Test("the schema is created: tables, indexes, full-text table, schema version")
    func schemaCreated() throws {
        let path = StoreFixtures.databasePath()
        let writer = try SQLiteWriter(path: path)
        try writer.finish()
        let queue = try DatabaseQueue(path: path)
        try queue.read { db in
            for table in ["articles", "quotes", "entities", "mentions", "quotes_fts", "store_info"] {
                #expect(try db.tableExists(table), "missing table \(table)")
            }
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")
            #expect(indexes.contains("quotes_speaker_name"))
            #expect(indexes.contains("entities_name"))
            let version = try String.fetchOne(db, sql: "SELECT value FROM store_info WHERE key = 'schema'")
            #expect(version == StoreSchema.version)
            let cascades = try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(quotes)")
            #expect(cascades.contains { $0["on_delete"] == "CASCADE" && $0["table"] == "articles" })
        }
        #expect(writer.fullText == .fts5, "this SQLite lacks FTS5: the store falls back to FTS4")
    }

    @Test("the sample output loads with the right counts")
    func sampleCounts() throws {
        let path = StoreFixtures.databasePath()
        let lines = StoreFixtures.sampleLines
        let writer = try SQLiteWriter(path: path, batchSize: 2)
        for line in lines { try writer.write(line: line) }
        try writer.finish()
        let counts = try StoredCounts(lines)
        #expect(lines.count == 5)
        #expect(try StoreFixtures.rowCounts(path) == [
            "articles": lines.count, "quotes": counts.quotes, "entities": counts.entities, "mentions": counts.mentions,
        ])
        #expect(writer.counts.articles == lines.count)
        #expect(writer.counts.quotes == counts.quotes)
        #expect(counts.quotes > 0 && counts.entities > 0)
        let queue = try DatabaseQueue(path: path)
        let stats = try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT sum(quote_count) FROM articles")
        }
        #expect(stats == counts.quotes)
    }

    @Test("loading the same output twice gives the same counts")
    func reloadIsIdempotent() throws {
        let path = StoreFixtures.databasePath()
        try StoreFixtures.load(StoreFixtures.sampleLines, into: path)
        let first = try StoreFixtures.rowCounts(path)
        try StoreFixtures.load(StoreFixtures.sampleLines, into: path)
        try StoreFixtures.load(StoreFixtures.sampleLines + StoreFixtures.sampleLines, into: path, batchSize: 3)
        #expect(try StoreFixtures.rowCounts(path) == first)
        let queue = try DatabaseQueue(path: path)
        let indexed = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM quotes_fts") }
        #expect(indexed == first["quotes"])
    }

    @Test("a full-text query finds a quote by phrase")
    func fullTextPhrase() throws {
        let path = StoreFixtures.databasePath()
        try StoreFixtures.load([
            StoreFixtures.line(id: "a", quotes: [("The economy is recovering faster than expected", "Jane Doe"),
                                                 ("We will not raise taxes", "John Roe")]),
            StoreFixtures.line(id: "b", quotes: [("Recovering the economy takes time", "Jane Doe")]),
        ], into: path)
        let queue = try DatabaseQueue(path: path)
        let hits = try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT q.article_id, q.speaker_name FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid
                WHERE quotes_fts MATCH ? ORDER BY q.article_id
                """, arguments: ["\"economy is recovering\""])
        }
        #expect(hits.map { $0["article_id"] as String } == ["a"])
        #expect(hits.first?["speaker_name"] == "Jane Doe")
        let words = try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'economy'")
        }
        #expect(words == 2)
    }

    @Test("replacing an article cascades to its quotes, entities, mentions and full-text rows")
    func replaceCascades() throws {
        let path = StoreFixtures.databasePath()
        try StoreFixtures.load([
            StoreFixtures.line(id: "a", quotes: [("Old words here", "Jane Doe"), ("More old words", "John Roe")]),
            StoreFixtures.line(id: "b", quotes: [("Unrelated remark", "Ann Poe")]),
        ], into: path)
        #expect(try StoreFixtures.rowCounts(path) == ["articles": 2, "quotes": 3, "entities": 3, "mentions": 6])
        try StoreFixtures.load([StoreFixtures.line(id: "a", quotes: [("Fresh words", "Jane Doe")])], into: path)
        #expect(try StoreFixtures.rowCounts(path) == ["articles": 2, "quotes": 2, "entities": 2, "mentions": 4])
        let queue = try DatabaseQueue(path: path)
        let (old, fresh, names) = try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'old'"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'fresh'"),
             try String.fetchAll(db, sql: "SELECT name FROM entities ORDER BY name"))
        }
        #expect(old == 0)
        #expect(fresh == 1)
        #expect(names == ["Ann Poe", "Jane Doe"])
        // A plain DELETE cascades too (foreign keys are on in a connection that enables them).
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        try DatabaseQueue(path: path, configuration: configuration).write { db in
            try db.execute(sql: "DELETE FROM articles WHERE id = 'b'")
        }
        #expect(try StoreFixtures.rowCounts(path) == ["articles": 1, "quotes": 1, "entities": 1, "mentions": 2])
    }

    @Test("an error record loads as an article with its error")
    func errorRecord() throws {
        let path = StoreFixtures.databasePath()
        try StoreFixtures.load([StoreFixtures.errorLine(id: "dump.jsonl:4")], into: path)
        let queue = try DatabaseQueue(path: path)
        let row = try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM articles WHERE id = 'dump.jsonl:4'")
        }
        #expect(row?["error_code"] == "invalid_json")
        #expect((row?["error_message"] as String?)?.contains("not valid JSON") == true)
        #expect(row?["quote_count"] == nil as Int?)
        #expect(try StoreFixtures.rowCounts(path)["quotes"] == 0)
    }

    @Test("metadata fields are kept as a JSON object; text when present")
    func metadata() throws {
        let path = StoreFixtures.databasePath()
        try StoreFixtures.load([StoreFixtures.line(id: "a", quotes: [])], into: path)
        let metadata = try DatabaseQueue(path: path).read { db in
            try String.fetchOne(db, sql: "SELECT json_extract(metadata, '$.url') FROM articles")
        }
        #expect(metadata == "https://example.org/a")
    }

    @Test("an invalid line throws and stores nothing; blank lines are ignored",
          arguments: ["not json", "[1,2]", #"{"id":"x"}"#, #"{"schema":"verbatim/1"}"#])
    func invalidLine(line: String) throws {
        let path = StoreFixtures.databasePath()
        let writer = try SQLiteWriter(path: path)
        #expect(throws: StoreError.self) { try writer.write(line: Array(line.utf8)) }
        try writer.write(line: Array(" \r\n".utf8))
        try writer.finish()
        #expect(try StoreFixtures.rowCounts(path)["articles"] == 0)
    }

    @Test("the loader reads a file, reports bad lines with their numbers and loads the rest")
    func loaderSkipsBadLines() throws {
        let path = StoreFixtures.databasePath()
        let folder = (path as NSString).deletingLastPathComponent
        let output = try StoreFixtures.writeSampleOutput(in: folder)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"schema":"verbatim/1","id":"cut"#.utf8))
        try handle.close()
        let writer = try SQLiteWriter(path: path)
        var skipped: [Int] = []
        let result = try OutputLoader(writer: writer).load(path: output) { skipped.append($0.line) }
        try writer.finish()
        #expect(skipped == [StoreFixtures.sampleLines.count + 1])
        #expect(result.lines == StoreFixtures.sampleLines.count + 1)
        #expect(writer.counts.articles == StoreFixtures.sampleLines.count)
    }
}

/// Quote, entity and mention totals of some output lines, counted from the JSON.
struct StoredCounts {
    var quotes = 0
    var entities = 0
    var mentions = 0

    init(_ lines: [[UInt8]]) throws {
        for line in lines {
            let value = try JSONParser.parse(line)
            if case let .array(items)? = value["quotes"] { quotes += items.count }
            if case let .array(items)? = value["entities"] {
                entities += items.count
                for item in items { if case let .array(spans)? = item["mentions"] { mentions += spans.count } }
            }
        }
    }
}
