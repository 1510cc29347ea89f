extension VerbatimRecord {
    /// The record's counts. `bytes` is the text's UTF-8 length, `codepoints` its length in the offsets' unit.
    public struct Stats: Codable, Sendable, Hashable {
        public var bytes: Int
        public var codepoints: Int
        public var paragraphs: Int
        public var sentences: Int
        public var quotes: Int?
        public var entities: Int?
        public var tokens: Int?
    }
}
