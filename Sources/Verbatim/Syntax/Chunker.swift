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

    public func process(_ document: inout Document) throws(ArticleError) {
        var chunks: [Chunk] = []
        let tokens = document.tokens
        let run = ChunkRun(bytes: document.utf8, tokens: tokens)
        for sentence in 0..<(tokens.sentenceStarts.count - 1) {
            let range = tokens.tokens(ofSentence: sentence)
            // Runs of tokens outside boilerplate.
            var runStart = range.lowerBound
            for index in range.lowerBound...range.upperBound {
                let barrier = index == range.upperBound || tokens.shapes[index].contains(.boilerplate)
                guard barrier else { continue }
                if runStart < index {
                    run.reset(runStart..<index)
                    chunk(run, into: &chunks)
                }
                runStart = index + 1
            }
        }
        chunks.sort { ($0.firstToken, -$0.level, $0.endToken) < ($1.firstToken, -$1.level, $1.endToken) }
        document.chunks = chunks
    }

    private func chunk(_ run: ChunkRun, into chunks: inout [Chunk]) {
        for rules in levels {
            var output: [ChunkRun.Symbol] = []
            output.reserveCapacity(run.symbols.count)
            var position = 0
            while position < run.symbols.count {
                var matched = false
                for index in rules.indices where run.canStart(rules[index], at: position) {
                    let rule = rules[index]
                    guard let end = run.match(rule, at: position), end > position else { continue }
                    let symbol = ChunkRun.Symbol(first: run.symbols[position].first, end: run.symbols[end - 1].end,
                                                 label: rule.labelNumber)
                    chunks.append(Chunk(firstToken: symbol.first, endToken: symbol.end, label: rule.label,
                                        rule: rule.name, level: rule.level))
                    output.append(symbol)
                    position = end
                    matched = true
                    break
                }
                if !matched {
                    output.append(run.symbols[position])
                    position += 1
                }
            }
            run.symbols = output
        }
    }
}
