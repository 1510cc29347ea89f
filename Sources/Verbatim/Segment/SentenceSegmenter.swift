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

    public init(lexicon: SentenceLexicon) {
        self.lexicon = lexicon
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
        let boundaries = ICUSentenceBreaker.boundaries(in: bytes, span: paragraph)
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

    /// Whether the break between `left` and the text from `rightStart` is wrong and the pieces belong together.
    func shouldJoin(_ bytes: [UInt8], left: TextSpan, rightStart: Int, rightEnd: Int) -> Bool {
        let leftText = UTF8Scanner.trimmed(left, in: bytes)
        guard !leftText.isEmpty else { return true }
        let next = Token.first(in: bytes, from: rightStart, to: rightEnd)
        guard let next else { return true }
        let last = Token.last(in: bytes, span: leftText)

        if let first = next.firstLetter, first.properties.isLowercase { return true }
        // "a parliamentarian...I would": an ellipsis glued to the next word is a pause, not an end.
        if rightStart < bytes.count, !UTF8Scanner.isSpace(UTF8Scanner.scalar(in: bytes, at: rightStart).scalar),
           last.text.hasSuffix("...") || last.text.hasSuffix("…") {
            return true
        }
        if Token.isListMarker(bytes, leftText) { return true }

        let word = last.core
        let endsWithStop = last.text.hasSuffix(".")
        if lexicon.punctuatedNames.contains(last.text) { return true }
        guard endsWithStop, !word.isEmpty else { return false }
        let stem = String(word.dropLast())
        if last.hasClosingPunctuation { return false }
        if lexicon.titleAbbreviations.contains(stem) { return true }
        let isInitial = stem.count == 1 && stem.first!.isUppercase
        let isDottedAbbreviation = Token.isDottedAbbreviation(stem)
        let isAbbreviation = lexicon.abbreviations.contains(stem) || isDottedAbbreviation
        if isInitial {
            // "Jonas E. Smith": an initial inside a name. A starter word ("E. The") still breaks.
            return !lexicon.sentenceStarters.contains(next.core)
        }
        if isAbbreviation {
            // "Pitt, Briggs & Co. at noon", "p. 55", "the U.S. Senate" go on; "and co. They should" breaks.
            return next.startsWithDigit || !lexicon.sentenceStarters.contains(next.core)
        }
        return false
    }
}
