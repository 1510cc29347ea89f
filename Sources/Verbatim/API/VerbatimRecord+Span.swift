extension VerbatimRecord {
    /// A stretch of the article text, in **code points**, end exclusive.
    public struct Span: Codable, Sendable, Hashable {
        public var start: Int
        public var end: Int

        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }
    }
}
