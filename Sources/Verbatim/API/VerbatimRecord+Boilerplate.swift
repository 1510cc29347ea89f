extension VerbatimRecord {
    /// A span that is not article body (code points); quotes and entities never come from inside one.
    public struct Boilerplate: Codable, Sendable, Hashable {
        public var start: Int
        public var end: Int
        /// `navigation`, `caption`, `byline`, ... (the schema lists them).
        public var kind: String
        /// The rule that masked it.
        public var rule: String
    }
}
