import Foundation
import GRDB
import Verbatim

/// Writes `verbatim/1` output lines into a SQLite database (schema: `StoreSchema`, README "Databases").
///
/// Feed it every line as it is written (`write(line:)`), then call `finish()`. Lines are parsed at once (so a bad
/// line throws at the call that gave it) and buffered; every `batchSize` articles are written in one transaction,
/// replacing any article already stored under the same id, so loading the same output twice changes nothing.
///
/// It is safe to call from several threads (calls are serialised by a lock), but lines are stored in call order,
/// so feed it from the one place that orders output. Lines still buffered when the writer is released without
/// `finish()` are written then, on a best-effort basis; call `finish()` to see errors.
///
/// ```swift
/// let writer = try SQLiteWriter(path: "out.db")
/// for line in lines { try writer.write(line: line) }
/// try writer.finish()
/// ```
public final class SQLiteWriter: @unchecked Sendable {
    /// Row counts written so far (buffered lines are counted once their batch is committed).
    public struct Counts: Sendable, Equatable {
        /// Articles stored, error records included.
        public var articles: Int
        /// Of those, error records.
        public var errors: Int
        public var quotes: Int
        public var entities: Int
        public var mentions: Int
    }

    /// The database file.
    public let path: String
    /// Articles per transaction.
    public let batchSize: Int
    /// The full-text engine the database uses (`fts5`, or `fts4` where SQLite lacks FTS5).
    public let fullText: StoreSchema.FullText

    private let queue: DatabaseQueue
    /// Held while the writer writes, so a second writer (another run) is refused at open.
    private let fileLock: FileLock?
    private let lock = NSLock()
    private var pending: [StoredArticle] = []
    private var written = ArticleInserter.Counts()
    private var finished = false

    /// Opens (or creates) the database at `path` and creates the schema where it is missing.
    /// - Parameter batchSize: articles per transaction (default 1,000).
    /// The file is locked (`FileLock`) until `finish()` (an in-memory `:memory:` database has nothing to lock).
    /// - Throws: `StoreError` `.locked` when another writer (another process, or another `SQLiteWriter`) holds the
    ///   file, `.cannotOpen` when the file cannot be opened or is not a database.
    public init(path: String, batchSize: Int = 1_000) throws {
        self.path = path
        self.batchSize = max(1, batchSize)
        do {
            fileLock = path.isEmpty || path == ":memory:" || path.hasPrefix("file:") ? nil : try FileLock(path: path)
        } catch {
            throw StoreError(error.isHeldElsewhere ? .locked : .cannotOpen, error.message)
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            fullText = try queue.write { db in try StoreSchema.create(in: db) }
        } catch {
            throw StoreError(.cannotOpen, "cannot open '\(path)' as a SQLite database: check the path and that it "
                             + "is not another kind of file", underlying: error)
        }
    }

    deinit {
        if !finished, !pending.isEmpty { try? flush() }
    }

    /// Parses one output line (a trailing `\n` or `\r\n` is allowed) and buffers it; writes a batch when full.
    /// Blank lines are ignored.
    /// - Throws: `StoreError` `.invalidLine` for a line that is not a `verbatim/1` record (nothing is buffered),
    ///   `.writeFailed` when a batch cannot be committed, `.finished` after `finish()`.
    public func write(line: [UInt8]) throws {
        var end = line.count
        while end > 0, line[end - 1] == 0x0A || line[end - 1] == 0x0D || line[end - 1] == 0x20 { end -= 1 }
        if end == 0 { return }
        let article = try StoredArticle(line: end == line.count ? line : Array(line[..<end]))
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { throw StoreError(.finished, "write(line:) after finish(): open a new SQLiteWriter") }
        pending.append(article)
        if pending.count >= batchSize { try flush() }
    }

    /// Writes what is buffered and closes the batch; later `write(line:)` calls throw. Calling it twice is harmless.
    /// - Throws: `StoreError` `.writeFailed`.
    public func finish() throws {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        try flush()
        finished = true
        try? queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA optimize") }
        fileLock?.release()
    }

    /// Row counts committed so far.
    public var counts: Counts {
        lock.lock()
        defer { lock.unlock() }
        return Counts(articles: written.articles, errors: written.errors, quotes: written.quotes,
                      entities: written.entities, mentions: written.mentions)
    }

    /// Writes the buffer in one transaction. Call with the lock held.
    private func flush() throws {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        do {
            written += try queue.write { db in try ArticleInserter.insert(batch, into: db) }
        } catch {
            throw StoreError(.writeFailed, "cannot write \(batch.count) articles to '\(path)' (the batch was rolled "
                             + "back; load the same output again once fixed)", underlying: error)
        }
    }
}
