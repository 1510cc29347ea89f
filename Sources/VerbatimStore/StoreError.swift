/// Why a `verbatim/1` line could not be stored, or why the database could not be opened or written.
///
/// Carries a stable `code`, a `message` that says what went wrong and what to do about it, and the underlying
/// error when there is one (a GRDB `DatabaseError`, a JSON parse failure).
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Code: String, Sendable {
        /// The line is not JSON, not an object, or not a `verbatim/1` record (no `schema`/`id`).
        case invalidLine = "invalid_line"
        /// The database file could not be opened, created or migrated.
        case cannotOpen = "cannot_open"
        /// Another writer (another Verbatim run) holds the database file's lock.
        case locked = "locked"
        /// SQLite refused a write (disk full, locked, constraint).
        case writeFailed = "write_failed"
        /// The writer was used after `finish()`.
        case finished = "finished"
    }

    public let code: Code
    public let message: String
    /// The error that caused this one, if any.
    public let underlying: (any Error & Sendable)?

    public init(_ code: Code, _ message: String, underlying: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.underlying = underlying
    }

    public var description: String {
        if let underlying { return "\(message) (\(underlying))" }
        return message
    }
}
