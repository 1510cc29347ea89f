extension VerbatimRecord {
    /// A phrase chunk (code points), and the tokens it covers as indices into `tokens`.
    public struct Chunk: Codable, Sendable, Hashable {
        public var start: Int
        public var end: Int
        /// `NP`, `VG`, `PP`, `CB`, or another label the grammar defines.
        public var label: String
        public var rule: String
        /// Index of the first token in `tokens`.
        public var firstToken: Int
        /// One past the last token.
        public var endToken: Int

        enum CodingKeys: String, CodingKey {
            case start, end, label, rule
            case firstToken = "first_token", endToken = "end_token"
        }
    }
}
