extension VerbatimRecord {
    /// A named entity and every mention of it (code points).
    public struct Entity: Codable, Sendable, Hashable {
        /// `E0`, `E1`, ...: what `Quote.speakerEntity` refers to.
        public var id: String
        /// The fullest name the article gives.
        public var name: String
        /// `PERSON`, `ORG`, `GPE` or `LOC`.
        public var type: String
        /// Titles the article gives the entity ("Mayor", ...).
        public var titles: [String]
        public var mentions: [Mention]
    }
}
