extension VerbatimRecord {
    /// The speech verb of a quote (or `:` for a colon frame), in code points.
    public struct Cue: Codable, Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var text: String
        /// The verb's lemma (`say` for "said"), or `:`.
        public var lemma: String
    }
}
