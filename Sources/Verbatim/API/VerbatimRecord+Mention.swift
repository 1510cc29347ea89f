extension VerbatimRecord {
    /// One mention of an entity, in code points.
    public struct Mention: Codable, Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var text: String
        /// `true` for a pronoun resolved to the entity; absent (nil) otherwise, as in the line.
        public var pronoun: Bool?
    }
}
