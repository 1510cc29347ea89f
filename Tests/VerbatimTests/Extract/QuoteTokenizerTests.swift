import Testing
@testable import Verbatim

/// The quote tokenizer reads bytes: these pin what it decides about each token, since the rules test these flags
/// instead of comparing strings.
@Suite("Quote tokenizer")
struct QuoteTokenizerTests {
    static let lexicon = TestModels.models.quoteLexicon
    static let tokenizer = QuoteTokenizer(lexicon: lexicon)

    private func tokens(_ text: String) -> (tokens: [QuoteToken], texts: [String]) {
        let bytes = Array(text.utf8)
        let tokens = Self.tokenizer.tokens(in: bytes, span: TextSpan(start: 0, end: bytes.count))
        return (tokens, tokens.map { String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) })
    }

    @Test("words keep inner joiners and abbreviation stops; other marks stand alone")
    func wordBoundaries() {
        let result = tokens("Mr. Dong’s Toronto-area office, in the U.S., said: “No.”")
        #expect(result.texts == ["Mr.", "Dong’s", "Toronto-area", "office", ",", "in", "the", "U.S.", ",", "said", ":",
                                 "“", "No", ".", "”"])
        #expect(result.tokens.map(\.kind).filter { $0 != .word && $0 != .punctuation } == [.openQuote, .closeQuote])
    }

    @Test("straight quotation marks open after a space and close before one")
    func straightMarks() {
        let result = tokens("He said \"it works\" today, and ''so be it,'' he added.")
        let marks = result.tokens.filter(\.isQuoteMark).map(\.kind)
        #expect(marks == [.openQuote, .closeQuote, .openQuote, .closeQuote])
    }

    @Test("shape flags: capitals, possessives with either apostrophe, title stems and suffixes")
    func shapes() {
        let result = tokens("Johnston's Dong’s Gov. saying recently however ÉLISE café")
        let shapes = result.tokens.map(\.shape)
        #expect(shapes[0].contains(.capitalized) && shapes[0].contains(.possessive))
        #expect(shapes[1].contains(.curlyPossessive) && !shapes[1].contains(.possessive))
        #expect(result.tokens[1].spanWithoutPossessive.length == "Dong".utf8.count)
        #expect(shapes[2].contains(.titleStem))
        #expect(shapes[3].contains(.endsInIng) && !shapes[3].contains(.capitalized))
        #expect(shapes[4].contains(.endsInLy))
        #expect(shapes[5].contains(.endsInEver))
        #expect(shapes[6].contains(.capitalized) && shapes[6].contains(.hasUppercase))
        #expect(!shapes[7].contains(.capitalized) && !shapes[7].contains(.hasUppercase))
    }

    @Test("lexicon classes come from the lower-case word, and listed marks get theirs as written")
    func classes() {
        let result = tokens("SAID the Spokesperson - he")
        #expect(Self.lexicon.vocabulary.cueLemma(of: result.tokens[0]) == "say")
        #expect(!result.tokens[0].has(.frameOnlyCue))
        #expect(result.tokens[1].is(.the) && result.tokens[1].has(.phraseDeterminer))
        #expect(result.tokens[2].isRoleNoun)
        #expect(result.tokens[3].isPunctuation("-") && result.tokens[3].has(.badContentStart))
        #expect(Self.lexicon.vocabulary.pronounClass(of: result.tokens[4]) == "person-male")
    }

    @Test("two-word cues are found by their words' numbers")
    func twoWordCues() {
        let result = tokens("according to")
        let cue = Self.lexicon.vocabulary.twoWordCue(result.tokens[0].word, result.tokens[1].word)
        #expect(result.tokens[0].has(.opensTwoWordCue))
        #expect(cue?.lemma == "according to")
    }
}
