/// One sentence of training or evaluation data: its words (UTF-8) and their gold tags.
public struct TaggedSentence: Sendable, Equatable {
    public var words: [[UInt8]]
    public var tags: [UniversalTag]

    public init(words: [[UInt8]], tags: [UniversalTag]) {
        precondition(words.count == tags.count, "one tag a word")
        self.words = words
        self.tags = tags
    }
}
