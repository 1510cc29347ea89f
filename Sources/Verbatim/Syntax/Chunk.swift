/// A phrase over the token layer: a noun phrase, verb group, prepositional phrase or clause boundary, as the
/// chunk grammar (`Models/syntax/chunks.rules`) found it.
public struct Chunk: Sendable, Hashable {
    /// The first token (an index into `Document.tokens`).
    public var firstToken: Int
    /// One past the last token.
    public var endToken: Int
    /// The phrase kind the rule gives (`NP`, `VG`, `PP`, `CB`, ...).
    public var label: String
    /// The rule that made the chunk (`np.possessive`, ...).
    public var rule: String
    /// The grammar level the rule is on: chunks of higher levels contain those of lower ones.
    public var level: Int

    public init(firstToken: Int, endToken: Int, label: String, rule: String, level: Int) {
        self.firstToken = firstToken
        self.endToken = endToken
        self.label = label
        self.rule = rule
        self.level = level
    }
}
