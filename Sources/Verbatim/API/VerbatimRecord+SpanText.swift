extension VerbatimRecord {
    /// A span (code points) with the text it covers, such as a quote's speaker mention.
    public struct SpanText: Codable, Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var text: String
    }
}
