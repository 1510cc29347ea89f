/// One paragraph prepared for the quote rules: its tokens (boilerplate removed), quotations, sentence of each token,
/// and the cues found outside quotation marks.
struct ParagraphView {
    /// A cue occurrence: its first token, its token count (1 or 2), its lemma and the lemma's classes.
    struct CueHit: Sendable {
        let index: Int
        let length: Int
        let lemma: String
        /// `.frameOnlyCue`, `.objectTakingCue`, `.clauseCue` when the lemma has them.
        let classes: QuoteWordClass

        func has(_ lemmaClass: QuoteWordClass) -> Bool { classes.contains(lemmaClass) }
    }

    /// For each token, the number of the quotation it lies in, kept in 4 bytes a token (a hostile one-paragraph
    /// article has millions of tokens).
    struct QuotationNumbers: Sendable {
        fileprivate var numbers: [Int32]

        /// The quotation token `index` lies in, or nil.
        subscript(index: Int) -> Int? { numbers[index] < 0 ? nil : Int(numbers[index]) }

        /// Whether any token in `range` lies in a quotation.
        func any(in range: Range<Int>) -> Bool { numbers[range].contains { $0 >= 0 } }
    }

    let span: TextSpan
    /// The document's UTF-8 bytes, which the tokens' spans point into.
    let bytes: [UInt8]
    let tokens: [QuoteToken]
    let quotations: [Quotation]
    /// For each token, the index of its sentence within the paragraph.
    let sentence: [Int]
    /// For each token, the quotation it lies in (marks included), if any.
    let quotationOf: QuotationNumbers
    let cues: [CueHit]
    /// For each sentence number, its token range (computed once: sentence look-ups stay linear overall).
    private let sentenceRanges: [Range<Int>]

    init(span: TextSpan, bytes: [UInt8], tokens: [QuoteToken], sentenceStarts: [Int], vocabulary: QuoteVocabulary) {
        self.span = span
        self.bytes = bytes
        self.tokens = tokens
        quotations = QuotationFinder.quotations(in: tokens, paragraphEnd: span.end)
        var sentence: [Int] = []
        sentence.reserveCapacity(tokens.count)
        var current = 0
        var nextStart = 0
        for token in tokens {
            while nextStart < sentenceStarts.count, sentenceStarts[nextStart] <= token.span.start {
                current = nextStart
                nextStart += 1
            }
            sentence.append(current)
        }
        self.sentence = sentence
        var quotationOf = QuotationNumbers(numbers: [Int32](repeating: -1, count: tokens.count))
        for (number, quotation) in quotations.enumerated() {
            for index in quotation.open...quotation.last(tokenCount: tokens.count) { quotationOf.numbers[index] = Int32(number) }
        }
        self.quotationOf = quotationOf
        var cues: [CueHit] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard tokens[index].isWord, quotationOf[index] == nil else { continue }
            if index + 1 < tokens.count, tokens[index + 1].isWord, tokens[index].has(.opensTwoWordCue),
               let (lemma, classes) = vocabulary.twoWordCue(tokens[index].word, tokens[index + 1].word) {
                cues.append(CueHit(index: index, length: 2, lemma: lemma, classes: classes))
                index += 1
                continue
            }
            // A capitalised cue word inside a sentence is part of a name ("United States", "Washington Post").
            if tokens[index].isCapitalized, index > 0, sentence[index - 1] == sentence[index], tokens[index - 1].isWord {
                continue
            }
            if let lemma = vocabulary.cueLemma(of: tokens[index]),
               !Self.isNounUse(tokens, index), !(index + 1 < tokens.count && tokens[index + 1].is(.to)) {
                cues.append(CueHit(index: index, length: 1, lemma: lemma, classes: tokens[index].classes))
            }
        }
        self.cues = cues
        var ranges: [Range<Int>] = []
        var rangeStart = 0
        for index in 1...max(1, sentence.count) where index == sentence.count || sentence[index] != sentence[index - 1] {
            if index <= sentence.count, rangeStart < index {
                while ranges.count < sentence[rangeStart] { ranges.append(rangeStart..<rangeStart) }
                ranges.append(rangeStart..<index)
            }
            rangeStart = index
        }
        self.sentenceRanges = ranges
    }

    /// The first cue starting at or after token `index`, by binary search.
    func firstCue(atOrAfter index: Int) -> CueHit? {
        var low = 0
        var high = cues.count
        while low < high {
            let middle = (low + high) / 2
            if cues[middle].index < index { low = middle + 1 } else { high = middle }
        }
        return low < cues.count ? cues[low] : nil
    }

    /// The cues starting in `range`, by binary search.
    func cues(in range: Range<Int>) -> ArraySlice<CueHit> {
        var low = 0
        var high = cues.count
        while low < high {
            let middle = (low + high) / 2
            if cues[middle].index < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < cues.count, cues[end].index < range.upperBound { end += 1 }
        return cues[low..<end]
    }

    /// Whether a cue word is used as a noun: "the reports", "Johnston's report", "media reports".
    private static func isNounUse(_ tokens: [QuoteToken], _ index: Int) -> Bool {
        guard index > 0, tokens[index - 1].isWord else { return false }
        let previous = tokens[index - 1]
        // A modifier counts in lower case, or capitalised only as the first word ("Media reports indicate"), so that
        // a name ending in one ("Global News reports") keeps its cue.
        let opensText = index == 1 || !tokens[index - 2].isWord
        let isModifier = previous.has(.nounModifier) && (opensText || !previous.shape.contains(.hasUppercase))
        return previous.has(.nounUseDeterminer) || isModifier || previous.isPossessive
    }

    /// Whether a cue starts at token `index`.
    func startsCue(_ index: Int) -> Bool { firstCue(atOrAfter: index)?.index == index }

    /// Token `index` as written.
    func text(_ index: Int) -> String { text(tokens[index].span) }

    /// The text of a UTF-8 span of the paragraph.
    func text(_ span: TextSpan) -> String { String(decoding: bytes[span.start..<span.end], as: UTF8.self) }

    /// First and one-past-last token index of the sentence holding token `index`.
    func sentenceBounds(of index: Int) -> Range<Int> {
        let number = sentence[index]
        if number < sentenceRanges.count, sentenceRanges[number].contains(index) { return sentenceRanges[number] }
        var start = index
        while start > 0, sentence[start - 1] == number { start -= 1 }
        var end = index + 1
        while end < tokens.count, sentence[end] == number { end += 1 }
        return start..<end
    }

    /// Tokens `from..<to`, empty when the bounds cross (never a trap).
    func tokens(from: Int, to: Int) -> ArraySlice<QuoteToken> {
        let lower = max(0, min(from, tokens.count))
        return tokens[lower..<max(lower, min(to, tokens.count))]
    }

    /// UTF-8 span from token `first` to token `last`, inclusive.
    func span(_ first: Int, _ last: Int) -> TextSpan {
        TextSpan(start: tokens[first].span.start, end: tokens[last].span.end)
    }

    /// Whether the paragraph opens with a quotation and has no cue of its own: it continues an earlier speaker.
    var isQuoteOnly: Bool {
        quotations.first?.open == 0 && cues.isEmpty
    }
}
