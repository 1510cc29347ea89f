/// A token of a paragraph, as the quote rules see it: a plain value (no strings), so that arrays of tokens are cheap
/// to build and copy. The text is read from the document's bytes when a rule needs it (`ParagraphView.text(_:)`).
struct QuoteToken: Sendable {
    enum Kind: UInt8, Sendable, Equatable {
        /// Letters, digits, and inner apostrophes, hyphens and abbreviation stops ("Dong's", "Toronto-area", "U.S.").
        case word
        /// A quotation mark that opens (“, «, or a straight " in opening position).
        case openQuote
        /// A quotation mark that closes (”, », or a straight " in closing position).
        case closeQuote
        /// Any other punctuation character.
        case punctuation
    }

    /// What the spelling of a word says, decided once when it is tokenized.
    struct Shape: OptionSet, Sendable {
        let rawValue: UInt8
        /// Starts with an upper-case letter.
        static let capitalized = Shape(rawValue: 1 << 0)
        /// Has an upper-case letter anywhere (its lower-case form differs from the text).
        static let hasUppercase = Shape(rawValue: 1 << 1)
        /// Ends in a possessive "'s".
        static let possessive = Shape(rawValue: 1 << 2)
        /// Ends in a possessive "’s" (curly apostrophe).
        static let curlyPossessive = Shape(rawValue: 1 << 7)
        /// Is a title abbreviation once its last character is dropped ("Mr." → "Mr").
        static let titleStem = Shape(rawValue: 1 << 3)
        /// Its lower-case form ends in "ing" (a participle: "saying").
        static let endsInIng = Shape(rawValue: 1 << 4)
        /// Its lower-case form ends in "ly" (an adverb: "recently").
        static let endsInLy = Shape(rawValue: 1 << 5)
        /// Its lower-case form ends in "ever" ("however").
        static let endsInEver = Shape(rawValue: 1 << 6)
    }

    // Stored largest first, so a token packs into 32 bytes.
    /// UTF-8 offsets.
    let span: TextSpan
    /// The first scalar: for punctuation, the mark itself.
    let scalar: Unicode.Scalar
    /// The lexicon classes of the lower-case word.
    let classes: QuoteWordClass
    /// The lower-case word's number in the `QuoteVocabulary`, or -1 when no list names it.
    let word: Int32
    let kind: Kind
    let shape: Shape

    init(kind: Kind, span: TextSpan, scalar: Unicode.Scalar, shape: Shape = [], classes: QuoteWordClass = [],
         word: Int32 = -1) {
        self.kind = kind
        self.span = span
        self.scalar = scalar
        self.shape = shape
        self.classes = classes
        self.word = word
    }

    var isWord: Bool { kind == .word }
    var isQuoteMark: Bool { kind == .openQuote || kind == .closeQuote }
    var isCapitalized: Bool { shape.contains(.capitalized) }
    var isPossessive: Bool { !shape.isDisjoint(with: [.possessive, .curlyPossessive]) }

    var isRoleNoun: Bool { classes.contains(.roleNoun) }
    var isAdverbial: Bool { classes.contains(.adverbial) }
    var isOrganizationHead: Bool { classes.contains(.organizationHead) }
    var isPronoun: Bool { classes.contains(.pronoun) }

    /// Whether the lexicons put the word in `wordClass`.
    func has(_ wordClass: QuoteWordClass) -> Bool { classes.contains(wordClass) }

    /// Whether the word is the rule word `ruleWord`, in any case.
    func `is`(_ ruleWord: RuleWord) -> Bool { word == ruleWord.rawValue }

    /// The span without a possessive "'s" (2 bytes) or "’s" (4 bytes).
    var spanWithoutPossessive: TextSpan {
        if shape.contains(.possessive) { return TextSpan(start: span.start, end: span.end - 2) }
        if shape.contains(.curlyPossessive) { return TextSpan(start: span.start, end: span.end - 4) }
        return span
    }

    func isPunctuation(_ mark: Unicode.Scalar) -> Bool { kind == .punctuation && scalar == mark }
    /// A stop that ends a clause: . ! ?
    var isTerminal: Bool { kind == .punctuation && (scalar == "." || scalar == "!" || scalar == "?") }
}
