extension VerbatimRecord {
    /// A token with its Universal Dependencies part of speech, in code points.
    public struct Token: Codable, Sendable, Hashable {
        public var start: Int
        public var end: Int
        /// `NOUN`, `VERB`, `PROPN`, ...
        public var upos: String?
    }
}
