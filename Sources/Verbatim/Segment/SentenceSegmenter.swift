/// Splits each paragraph into sentences: ICU first, then news-aware repairs that join pieces ICU split wrongly.
///
/// The repairs are driven by `SentenceLexicon` (data under `Models/segmentation`):
/// - a title abbreviation ("Gov.", "Lt.") never ends a sentence;
/// - an ambiguous abbreviation ("Jan.", "Inc.", "U.S.", "a.m.") or a single initial ("E.") ends one only when a
///   sentence starter follows, and an initial never before another capitalised name;
/// - a piece that starts in lower case ("…?” he asked.", "... and then") continues the previous one;
/// - a bare list marker ("1.", "b)") joins the item it introduces;
/// - punctuated names ("Yahoo!") do not end a sentence;
/// - an ellipsis glued to the next word ("...I would") is a pause.
public struct SentenceSegmenter: Stage {
    public let name = "sentences"
    public let requires: Set<Layer> = [.paragraphs]
    public let provides: Set<Layer> = [.sentences]
    public let lexicon: SentenceLexicon
    /// Byte tests that skip most look-ups in the lexicon's sets.
    private let titleAbbreviationFilter: WordSetPrefilter
    private let abbreviationFilter: WordSetPrefilter
    private let sentenceStarterFilter: WordSetPrefilter
    private let punctuatedNameFilter: WordSetPrefilter

    public init(lexicon: SentenceLexicon) {
        self.lexicon = lexicon
        titleAbbreviationFilter = WordSetPrefilter(lexicon.titleAbbreviations)
        abbreviationFilter = WordSetPrefilter(lexicon.abbreviations)
        sentenceStarterFilter = WordSetPrefilter(lexicon.sentenceStarters)
        punctuatedNameFilter = WordSetPrefilter(lexicon.punctuatedNames)
    }

    public func process(_ document: inout Document) throws(ArticleError) {
        var sentences: [TextSpan] = []
        sentences.reserveCapacity(document.paragraphs.count * 3)
        for paragraph in document.paragraphs {
            sentences.append(contentsOf: self.sentences(in: document.utf8, paragraph: paragraph))
        }
        document.sentences = sentences
    }

    /// The sentences (UTF-8 offsets, trimmed) of one paragraph span.
    public func sentences(in bytes: [UInt8], paragraph: TextSpan) -> [TextSpan] {
        let boundaries = mergedBoundaries(ICUSentenceBreaker.boundaries(in: bytes, span: paragraph),
                                          ellipsisBreaks(in: bytes, paragraph: paragraph))
        var result: [TextSpan] = []
        var start = paragraph.start
        for (index, boundary) in boundaries.enumerated() {
            let isLast = index == boundaries.count - 1
            if !isLast && shouldJoin(bytes, left: TextSpan(start: start, end: boundary),
                                     rightStart: boundary, rightEnd: paragraph.end) {
                continue
            }
            let sentence = UTF8Scanner.trimmed(TextSpan(start: start, end: boundary), in: bytes)
            if !sentence.isEmpty { result.append(sentence) }
            start = boundary
        }
        return result
    }

    /// Breaks after an ellipsis ("...", "…") followed by white space and a sentence starter ("… Then he").
    func ellipsisBreaks(in bytes: [UInt8], paragraph: TextSpan) -> [Int] {
        var result: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            var position = paragraph.start
            while position < paragraph.end {
                position = Self.skipToStopOrE2(in: buffer, from: position, to: paragraph.end)
                guard position < paragraph.end else { break }
                guard let after = Self.ellipsisEnd(in: buffer, at: position, limit: paragraph.end) else {
                    position += 1
                    continue
                }
                var wordStart = after
                while wordStart < paragraph.end, buffer[wordStart] == 0x20 { wordStart += 1 }
                if wordStart > after, let next = Token.first(in: bytes, from: wordStart, to: paragraph.end),
                   isSentenceStarter(next) {
                    result.append(wordStart)
                }
                position = after
            }
        }
        return result
    }

    /// The first position from `start` (before `end`) holding "." or 0xE2 (the lead byte of "…"), or `end`.
    /// Skips eight bytes at a time while none of them is one of the two.
    private static func skipToStopOrE2(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var position = start
        while position + 8 <= end {
            let word = ByteWord.load(bytes, at: position)
            if ByteWord.contains(word, 0x2E) || ByteWord.contains(word, 0xE2) { break }
            position += 8
        }
        while position < end, bytes[position] != 0x2E, bytes[position] != 0xE2 { position += 1 }
        return position
    }

    /// The end of an ellipsis ("…", or three or more stops) starting at `position`, before `limit`; nil when none
    /// starts there.
    private static func ellipsisEnd(in bytes: UnsafeBufferPointer<UInt8>, at position: Int, limit: Int) -> Int? {
        let byte = bytes[position]
        guard byte == 0xE2 || byte == 0x2E, position + 2 < limit else { return nil }
        if byte == 0xE2 {
            return bytes[position + 1] == 0x80 && bytes[position + 2] == 0xA6 ? position + 3 : nil
        }
        guard bytes[position + 1] == 0x2E, bytes[position + 2] == 0x2E else { return nil }
        var after = position + 3
        while after < limit, bytes[after] == 0x2E { after += 1 }
        return after
    }

    private func mergedBoundaries(_ icu: [Int], _ extra: [Int]) -> [Int] {
        extra.isEmpty ? icu : Array(Set(icu).union(extra)).sorted()
    }

    /// Whether the break between `left` and the text from `rightStart` is wrong and the pieces belong together.
    func shouldJoin(_ bytes: [UInt8], left: TextSpan, rightStart: Int, rightEnd: Int) -> Bool {
        let leftText = UTF8Scanner.trimmed(left, in: bytes)
        guard !leftText.isEmpty else { return true }
        let next = Token.first(in: bytes, from: rightStart, to: rightEnd)
        guard let next else { return true }
        let last = Token.last(in: bytes, span: leftText)

        if let first = next.firstLetter, Token.isLowercase(first) { return true }
        // "a parliamentarian...I would": an ellipsis glued to the next word is a pause, not an end.
        let gluedToNext = left.end == leftText.end
        let endsWithEllipsis = last.endsWithEllipsis
        if gluedToNext, endsWithEllipsis { return true }
        if Token.isListMarker(bytes, leftText) { return true }

        if punctuatedNameFilter.mayContain(bytes[last.span.start..<last.span.end]),
           lexicon.punctuatedNames.contains(last.text) {
            return true
        }
        if endsWithEllipsis {
            // After an ellipsis only a sentence starter opens a new sentence; a name ("... Canada") continues.
            return !isSentenceStarter(next)
        }
        guard last.endsWithStop, !last.coreSpan.isEmpty else { return false }
        if last.hasClosingPunctuation { return false }
        let stem = last.stem
        if titleAbbreviationFilter.mayContain(stem), lexicon.titleAbbreviations.contains(stem) { return true }
        let isInitial = stem.unicodeScalars.count == 1 && Token.isUppercase(stem.unicodeScalars.first!)
        if isInitial {
            // "Jonas E. Smith": an initial inside a name. A starter word ("E. The") still breaks.
            return !isSentenceStarter(next)
        }
        let isAbbreviation = (abbreviationFilter.mayContain(stem) && lexicon.abbreviations.contains(stem))
            || (stem.utf8.contains(0x2E) && Token.isDottedAbbreviation(stem))
        if isAbbreviation {
            // "Pitt, Briggs & Co. at noon", "p. 55", "the U.S. Senate" go on; "and co. They should" breaks.
            return next.startsWithDigit || !isSentenceStarter(next)
        }
        return false
    }

    /// Whether the core of `token` is a sentence starter ("The", "He").
    private func isSentenceStarter(_ token: Token) -> Bool {
        sentenceStarterFilter.mayContain(token.coreBytes) && lexicon.sentenceStarters.contains(token.core)
    }
}
