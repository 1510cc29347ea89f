/// The chunking stage: runs the chunk grammar over each sentence's tagged tokens and fills `Document.chunks`.
///
/// Tokens in boilerplate are barriers: no chunk contains one.
public struct Chunker: Stage {
    public let name = "chunks"
    public let requires: Set<Layer> = [.tokens, .partsOfSpeech]
    public let provides: Set<Layer> = [.chunks]

    let grammar: ChunkGrammar
    /// The levels, in order, each with its rules.
    private let levels: [[ChunkRule]]

    public init(grammar: ChunkGrammar) {
        self.grammar = grammar
        var levels: [[ChunkRule]] = []
        for rule in grammar.rules {
            if levels.isEmpty || levels[levels.count - 1][0].level != rule.level { levels.append([]) }
            levels[levels.count - 1].append(rule)
        }
        self.levels = levels
    }

    /// A token, or a chunk standing for its tokens.
    private struct Symbol {
        var first: Int
        var end: Int
        /// The chunk's label, nil for a token.
        var label: String?
    }

    public func process(_ document: inout Document) throws(ArticleError) {
        var chunks: [Chunk] = []
        let tokens = document.tokens
        var symbols: [Symbol] = []
        for sentence in 0..<(tokens.sentenceStarts.count - 1) {
            let range = tokens.tokens(ofSentence: sentence)
            // Runs of tokens outside boilerplate.
            var runStart = range.lowerBound
            for index in range.lowerBound...range.upperBound {
                let barrier = index == range.upperBound || tokens.shapes[index].contains(.boilerplate)
                guard barrier else { continue }
                if runStart < index {
                    symbols = (runStart..<index).map { Symbol(first: $0, end: $0 + 1, label: nil) }
                    chunk(&symbols, document, into: &chunks)
                }
                runStart = index + 1
            }
        }
        chunks.sort { ($0.firstToken, -$0.level, $0.endToken) < ($1.firstToken, -$1.level, $1.endToken) }
        document.chunks = chunks
    }

    private func chunk(_ symbols: inout [Symbol], _ document: Document, into chunks: inout [Chunk]) {
        for rules in levels {
            var output: [Symbol] = []
            output.reserveCapacity(symbols.count)
            var position = 0
            while position < symbols.count {
                var matched = false
                for rule in rules where canStart(rule, symbols[position], document) {
                    guard let end = match(rule, symbols, at: position, document), end > position else { continue }
                    let symbol = Symbol(first: symbols[position].first, end: symbols[end - 1].end, label: rule.label)
                    chunks.append(Chunk(firstToken: symbol.first, endToken: symbol.end, label: rule.label,
                                        rule: rule.name, level: rule.level))
                    output.append(symbol)
                    position = end
                    matched = true
                    break
                }
                if !matched {
                    output.append(symbols[position])
                    position += 1
                }
            }
            symbols = output
        }
    }

    private func canStart(_ rule: ChunkRule, _ symbol: Symbol, _ document: Document) -> Bool {
        if let label = symbol.label { return rule.firstLabels.contains(label) }
        if rule.startsWithWordOrAny { return true }
        return rule.firstTags & (1 << UInt32(document.tokens.tags[symbol.first].rawValue)) != 0
    }

    /// The end of `rule`'s match at `start`, or nil.
    private func match(_ rule: ChunkRule, _ symbols: [Symbol], at start: Int, _ document: Document) -> Int? {
        match(rule.pattern, symbols, start, document) { end in
            guard let context = rule.context else { return end }
            return self.match(context, symbols, end, document) { _ in end }
        }
    }

    /// Matches `pattern` at `position`, then `next` on the end; returns what `next` returns for the first
    /// (greediest) way that succeeds.
    private func match(_ pattern: ChunkPattern, _ symbols: [Symbol], _ position: Int, _ document: Document,
                       _ next: (Int) -> Int?) -> Int? {
        switch pattern {
        case .tag(let tag):
            guard position < symbols.count, symbols[position].label == nil,
                  document.tokens.tags[symbols[position].first] == tag else { return nil }
            return next(position + 1)
        case .label(let label):
            guard position < symbols.count, symbols[position].label == label else { return nil }
            return next(position + 1)
        case .word(let word):
            guard position < symbols.count, symbols[position].label == nil,
                  Self.tokenText(symbols[position].first, document) == word else { return nil }
            return next(position + 1)
        case .anyToken:
            guard position < symbols.count, symbols[position].label == nil else { return nil }
            return next(position + 1)
        case .sequence(let elements):
            return matchSequence(elements[...], symbols, position, document, next)
        case .alternatives(let options):
            for option in options {
                if let end = match(option, symbols, position, document, next) { return end }
            }
            return nil
        case .repeated(let inner, let minimum, let maximum):
            func repeatFrom(_ count: Int, _ at: Int) -> Int? {
                if count < maximum, let end = match(inner, symbols, at, document, { after in
                    after > at ? repeatFrom(count + 1, after) : nil
                }) {
                    return end
                }
                return count >= minimum ? next(at) : nil
            }
            return repeatFrom(0, position)
        }
    }

    private func matchSequence(_ elements: ArraySlice<ChunkPattern>, _ symbols: [Symbol], _ position: Int,
                               _ document: Document, _ next: (Int) -> Int?) -> Int? {
        guard let first = elements.first else { return next(position) }
        return match(first, symbols, position, document) { after in
            matchSequence(elements.dropFirst(), symbols, after, document, next)
        }
    }

    /// A token's text as word literals compare it.
    private static func tokenText(_ index: Int, _ document: Document) -> String {
        ChunkPattern.normalized(document.substring(document.tokens.span(index)))
    }
}
