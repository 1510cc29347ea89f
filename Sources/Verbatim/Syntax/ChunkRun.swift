/// One run of a sentence's tokens as the chunker sees it: the symbols of the current level (tokens, and chunks of
/// earlier levels standing for their tokens), and the pattern matcher over them.
///
/// A class holding its scratch, so one run object serves every sentence of a document.
final class ChunkRun {
    /// A token, or a chunk standing for its tokens.
    struct Symbol {
        var first: Int
        var end: Int
        /// The chunk's label number (`ChunkGrammar.labels`), -1 for a token.
        var label: Int
    }

    var symbols: [Symbol] = []
    private let bytes: [UInt8]
    private let tokens: TokenLayer

    init(bytes: [UInt8], tokens: TokenLayer) {
        self.bytes = bytes
        self.tokens = tokens
    }

    /// Starts over on the tokens `range`, each a symbol.
    func reset(_ range: Range<Int>) {
        symbols.removeAll(keepingCapacity: true)
        for index in range { symbols.append(Symbol(first: index, end: index + 1, label: -1)) }
    }

    /// Whether `rule` can match at `position` at all (a test on its first element).
    func canStart(_ rule: ChunkRule, at position: Int) -> Bool {
        let symbol = symbols[position]
        if symbol.label >= 0 { return rule.firstLabelBits & (1 << UInt64(symbol.label & 63)) != 0 }
        if rule.startsWithWordOrAny { return true }
        return rule.firstTags & (1 << UInt32(tokens.tags[symbol.first].rawValue)) != 0
    }

    /// The end of `rule`'s longest match at `start` (followed by its context, when it has one), or nil.
    func match(_ rule: ChunkRule, at start: Int) -> Int? {
        rule.automaton.findEnds(from: start, symbolCount: symbols.count, scratch: &scratch, passes: passes)
        guard let context = rule.contextAutomaton else { return scratch.ends.first }
        let ends = scratch.ends
        for end in ends {
            context.findEnds(from: end, symbolCount: symbols.count, scratch: &scratch, passes: passes)
            if !scratch.ends.isEmpty { return end }
        }
        return nil
    }

    private var scratch = ChunkScratch()

    /// Whether symbol `index` passes `test`.
    private func passes(_ index: Int, _ test: ChunkAutomaton.Test) -> Bool {
        let symbol = symbols[index]
        switch test {
        case .tags(let mask):
            return symbol.label < 0 && mask & (1 << UInt32(tokens.tags[symbol.first].rawValue)) != 0
        case .label(let label):
            return symbol.label == label
        case .word(let word):
            return symbol.label < 0 && isWord(symbol.first, word)
        case .anyToken:
            return symbol.label < 0
        }
    }

    /// Whether token `index` is `word` (lower case, straight apostrophes), compared on the bytes: ASCII letters
    /// fold to lower case and a curly apostrophe reads as a straight one.
    private func isWord(_ index: Int, _ word: [UInt8]) -> Bool {
        var position = Int(tokens.starts[index])
        let end = Int(tokens.ends[index])
        var offset = 0
        while position < end {
            var byte = bytes[position]
            if byte == 0xE2, position + 2 < end, bytes[position + 1] == 0x80, bytes[position + 2] == 0x99 {
                byte = 0x27
                position += 3
            } else {
                if (byte &- 0x41) < 26 { byte |= 0x20 }
                position += 1
            }
            guard offset < word.count, word[offset] == byte else { return false }
            offset += 1
        }
        return offset == word.count
    }
}
