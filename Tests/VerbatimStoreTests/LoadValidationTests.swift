import Foundation
import GRDB
import Testing
import Verbatim
import VerbatimStore

/// `verbatim load` stores exactly what the lines say: ids differing only after a NUL stay distinct rows, and a
/// line of another schema is refused with its line number.
@Suite("Store: what load accepts")
struct LoadValidationTests {
    @Test("ids with U+0000 inside stay distinct: three ids give three rows, read back whole")
    func nulInIDs() throws {
        let path = StoreFixtures.databasePath()
        let ids = ["a\u{0}b", "a\u{0}c", "a"]
        try StoreFixtures.load(ids.map { StoreFixtures.errorLine(id: $0) }, into: path)
        let queue = try DatabaseQueue(path: path)
        let stored = try queue.read { db in
            try Data.fetchAll(db, sql: "SELECT CAST(id AS BLOB) FROM articles ORDER BY id")
        }
        #expect(stored.map { String(decoding: $0, as: UTF8.self) } == ["a", "a\u{0}b", "a\u{0}c"])
        let types = try queue.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT typeof(id) FROM articles") }
        #expect(types == ["text"])
    }

    @Test("a NUL inside quote text and names is kept too")
    func nulInText() throws {
        let path = StoreFixtures.databasePath()
        try StoreFixtures.load([StoreFixtures.line(id: "x", quotes: [(text: "“a\u{0}b”", speaker: "Jane\u{0}Doe")])], into: path)
        let queue = try DatabaseQueue(path: path)
        let text = try queue.read { db in try Data.fetchOne(db, sql: "SELECT CAST(text AS BLOB) FROM quotes") }
        #expect(text.map { String(decoding: $0, as: UTF8.self) } == "“a\u{0}b”")
    }

    @Test("a line of schema verbatim/2 is refused, with its line number", arguments: ["verbatim/2", "verbatim/10", "verbatim"])
    func otherSchema(schema: String) throws {
        let folder = (StoreFixtures.databasePath() as NSString).deletingLastPathComponent
        let file = folder + "/out.jsonl"
        let good = String(decoding: StoreFixtures.errorLine(id: "good"), as: UTF8.self)
        let other = #"{"schema":"\#(schema)","id":"other","source":"x","error":{"code":"c","message":"m"}}"#
        FileManager.default.createFile(atPath: file, contents: Data((good + "\n" + other + "\n").utf8))
        let writer = try SQLiteWriter(path: StoreFixtures.databasePath())
        var refused: [OutputLoader.InvalidLine] = []
        _ = try OutputLoader(writer: writer).load(path: file) { refused.append($0) }
        try writer.finish()
        #expect(refused.map(\.line) == [2])
        #expect(refused.first?.error.message.contains(schema) == true)
        #expect(writer.counts.articles == 1)
    }

    @Test("a database another process holds is refused at open")
    func lockedDatabase() throws {
        let path = StoreFixtures.databasePath()
        let first = try SQLiteWriter(path: path)
        #expect(throws: StoreError.self) { _ = try SQLiteWriter(path: path) }
        try first.finish()
    }
}
