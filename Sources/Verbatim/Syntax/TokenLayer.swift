/// The one token layer every stage reads: words and punctuation of the article's sentences, as parallel arrays
/// (struct of arrays, one element a token, in text order).
///
/// Tokens follow Universal Dependencies English conventions, as the tagger was trained on: punctuation apart,
/// clitics apart ("do" "n't", "Smith" "'s"), hyphens apart, abbreviations with their stop ("Mr.", "U.S.").
public struct TokenLayer: Sendable {
    /// Each token's first UTF-8 byte in `Document.utf8`.
    public internal(set) var starts: [UInt32] = []
    /// One past each token's last UTF-8 byte.
    public internal(set) var ends: [UInt32] = []
    /// Each token's word number: its entry in the vocabulary of `Vocabulary` (the tagger's frequent forms), or
    /// `Vocabulary.unknown`.
    public internal(set) var words: [UInt32] = []
    /// What each token looks like.
    public internal(set) var shapes: [TokenShape] = []
    /// Each token's lexicon classes (`WordClassTable`), as bits numbered by `Models/syntax/word-classes.tsv`.
    public internal(set) var classes: [UInt32] = []
    /// Each token's part-of-speech tag, once the tagger ran (`Layer.partsOfSpeech`); empty before.
    public internal(set) var tags: [UniversalTag] = []
    /// The first token of each sentence of `Document.sentences`, and the token count last (`sentences.count + 1`
    /// elements): sentence `s` holds tokens `sentenceStarts[s] ..< sentenceStarts[s + 1]`.
    public internal(set) var sentenceStarts: [Int32] = [0]

    public init() {}

    /// The number of tokens.
    public var count: Int { starts.count }

    /// Token `index`'s span, in UTF-8 offsets.
    public func span(_ index: Int) -> TextSpan {
        TextSpan(start: Int(starts[index]), end: Int(ends[index]))
    }

    /// The tokens of sentence `sentence`.
    public func tokens(ofSentence sentence: Int) -> Range<Int> {
        Int(sentenceStarts[sentence])..<Int(sentenceStarts[sentence + 1])
    }

    /// The index of the first token that ends after UTF-8 offset `offset` (binary search), `count` if none.
    public func firstToken(endingAfter offset: Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if Int(ends[middle]) <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    mutating func append(span: TextSpan, word: UInt32, shape: TokenShape, classes: UInt32) {
        starts.append(UInt32(span.start))
        ends.append(UInt32(span.end))
        words.append(word)
        shapes.append(shape)
        self.classes.append(classes)
    }

    mutating func endSentence() {
        sentenceStarts.append(Int32(starts.count))
    }

    mutating func reserve(_ capacity: Int) {
        starts.reserveCapacity(capacity)
        ends.reserveCapacity(capacity)
        words.reserveCapacity(capacity)
        shapes.reserveCapacity(capacity)
        classes.reserveCapacity(capacity)
    }
}
