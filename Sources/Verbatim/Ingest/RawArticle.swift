/// One article as read, before decoding: its identity, its bytes and how to read them.
public struct RawArticle: Sendable {
    /// How the payload is to be read.
    public enum Payload: Sendable {
        /// Plain text bytes (to be checked as UTF-8).
        case text([UInt8])
        /// HTML bytes in any charset.
        case html([UInt8])
        /// Text that is already a decoded string (a JSONL `text` field).
        case decodedText(String)
        /// The article failed before decoding (unreadable, not JSON, ...).
        case failure(ArticleError)
    }

    public let id: String
    public let source: String
    public let payload: Payload
    /// Fields passed through from a dump line, in input order.
    public let metadata: [(key: String, value: JSONValue)]

    public init(id: String, source: String, payload: Payload, metadata: [(key: String, value: JSONValue)] = []) {
        self.id = id
        self.source = source
        self.payload = payload
        self.metadata = metadata
    }
}
