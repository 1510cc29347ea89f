/// Splits each paragraph into sentences: ICU first, then news-aware repairs that join pieces ICU split wrongly and
/// break where ICU does not.
///
/// The repairs are driven by `SentenceLexicon` (data under `Models/segmentation`):
/// - a title abbreviation ("Gov.", "Lt.") never ends a sentence;
/// - an ambiguous abbreviation ("Jan.", "Inc.", "U.S.", "a.m.") or a single initial ("E.") ends one only when a
///   sentence starter follows, and an initial never before another capitalised name; an abbreviation after a number
///   ("6 P.M.") also ends one before a title ("Mr."), unless the sentence so far is only a short opening phrase;
/// - a piece that starts in lower case ("…?” he asked.", "... and then") continues the previous one;
/// - a list in a paragraph ("1.) item 2.) item", "a. item b. item", "• 9. item • 10. item") has one sentence per item,
///   its marker (`ListMarker`, bullets from `list-bullets.txt`) included, and a bare marker joins the item it opens;
/// - punctuated names ("Yahoo!") do not end a sentence;
/// - an ellipsis glued to the next word ("...I would") is a pause; after an ellipsis ("...", "…", "[...]", closing
///   quotes allowed) only a sentence starter opens a sentence; a spaced three-dot ellipsis (" . . . ") after a word
///   is an omission inside the sentence, and a full stop then a spaced ellipsis ("compounds. . . . The") ends the
///   sentence at the stop, the ellipsis opening the next one;
/// - a stop glued between a word and a capitalised word ("world.Today", "1,000.That") ends a sentence, except in
///   web and email addresses;
/// - a line break inside a paragraph (a hard-wrapped line, `WrappedLine`) never ends a sentence.
/// Every span is an exact UTF-8 range of the text: nothing is rewritten.
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
        var boundaries = mergedBoundaries(ICUSentenceBreaker.boundaries(in: bytes, span: paragraph),
                                          extraBreaks(in: bytes, paragraph: paragraph))
        var forced: Set<Int> = []
        if let list = ListEnumeration.find(in: bytes, paragraph: paragraph, bullets: lexicon.listBullets) {
            let starts = list.itemStarts
            boundaries = mergedBoundaries(list.removingMarkerBreaks(boundaries, in: bytes), starts)
            forced = Set(starts)
        }
        var result: [TextSpan] = []
        var start = paragraph.start
        for (index, boundary) in boundaries.enumerated() {
            let isLast = index == boundaries.count - 1
            if !isLast && (forced.isEmpty || !forced.contains(boundary))
                && shouldJoin(bytes, left: TextSpan(start: start, end: boundary), rightStart: boundary,
                              rightEnd: paragraph.end) {
                continue
            }
            let sentence = UTF8Scanner.trimmed(TextSpan(start: start, end: boundary), in: bytes)
            if !sentence.isEmpty { result.append(sentence) }
            start = boundary
        }
        return result
    }

    private func mergedBoundaries(_ icu: [Int], _ extra: [Int]) -> [Int] {
        extra.isEmpty ? icu : Array(Set(icu).union(extra)).sorted()
    }

    /// Whether the break between `left` and the text from `rightStart` is wrong and the pieces belong together.
    func shouldJoin(_ bytes: [UInt8], left: TextSpan, rightStart: Int, rightEnd: Int) -> Bool {
        let leftText = UTF8Scanner.trimmed(left, in: bytes)
        guard !leftText.isEmpty else { return true }
        // A line break inside a paragraph is a hard-wrapped line (`WrappedLine`): the sentence goes on.
        if Self.holdsLineBreak(bytes, from: leftText.end, to: rightStart) { return true }
        let next = Token.first(in: bytes, from: rightStart, to: rightEnd)
        guard let next else { return true }
        let last = Token.last(in: bytes, span: leftText)

        if let first = next.firstLetter, Token.isLowercase(first) { return true }
        if let run = Self.spacedEllipsis(endingAt: leftText.end, in: bytes, from: leftText.start) {
            // "the thing is . . . I didn't": an omission inside the sentence. "compounds. . . . The": the sentence
            // ended at the stop before the ellipsis (a break made there), so none after it.
            if run.dots == 3 && !run.glued { return true }
            if run.dots >= 4 && run.glued { return true }
        }
        // "stairways [...]\" (Smith 55).": an editorial omission; like any ellipsis it ends a sentence only before
        // a sentence starter.
        if last.isBracketedEllipsis { return !isSentenceStarter(next) }
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
            if next.startsWithDigit { return true }
            if isSentenceStarter(next) { return false }
            // "the bank at 6 P.M. Mr. Smith then went": a unit or time after a number ends the sentence before a
            // title, unless the sentence so far is a short opening phrase ("At 5 a.m. Mr. Smith went").
            if isTitleAbbreviation(next), Self.followsNumber(last, in: bytes, from: leftText.start),
               Self.wordCount(bytes, leftText, exceeds: Self.openingPhraseWords) {
                return false
            }
            return true
        }
        return false
    }

    /// Whether `token` is a title abbreviation with its stop ("Mr.", "Gov.").
    private func isTitleAbbreviation(_ token: Token) -> Bool {
        guard token.endsWithStop, !token.hasClosingPunctuation else { return false }
        let stem = token.stem
        return titleAbbreviationFilter.mayContain(stem) && lexicon.titleAbbreviations.contains(stem)
    }

    /// Whether the core of `token` is a sentence starter ("The", "He").
    /// A contraction counts by the word before its apostrophe ("I'm", "It’s", "That's").
    func isSentenceStarter(_ token: Token) -> Bool {
        let core = token.coreBytes
        if sentenceStarterFilter.mayContain(core) && lexicon.sentenceStarters.contains(token.core) { return true }
        guard let apostrophe = core.firstIndex(where: { $0 == 0x27 || $0 == 0xE2 }), apostrophe > core.startIndex
        else { return false }
        if core[apostrophe] == 0xE2 {
            // ’ is E2 80 99.
            guard apostrophe + 2 < core.endIndex, core[apostrophe + 1] == 0x80, core[apostrophe + 2] == 0x99 else {
                return false
            }
        }
        let stem = core[core.startIndex..<apostrophe]
        return sentenceStarterFilter.mayContain(stem)
            && lexicon.sentenceStarters.contains(String(decoding: stem, as: UTF8.self))
    }
}
