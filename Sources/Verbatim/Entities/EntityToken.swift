/// One word of a sentence as the entity recognizer sees it. Offsets are **UTF-8 byte offsets** into `Document.text`.
///
/// A possessive "'s" (or the apostrophe of "Canadians'") is not part of the word: `end` stops before it and
/// `fullEnd` after it, so "Han Dong's" gives the mention "Han Dong".
///
/// The token holds no `String` and packs into 32 bytes (offsets as `UInt32`, the yes/no facts in one `Flags` byte,
/// the neighbouring punctuation as raw scalar values), so that tokens copy and store for little; `MentionFinder.word(_:)`
/// builds the text when a rule needs it. `EntityTokenizer.tokens(in:span:into:)` checks that offsets fit.
struct EntityToken: Sendable {
    /// The yes/no facts about a token, one bit each.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        static let capitalized = Flags(rawValue: 1 << 0)
        static let allCaps = Flags(rawValue: 1 << 1)
        static let innerCapital = Flags(rawValue: 1 << 2)
        static let possessive = Flags(rawValue: 1 << 3)
        static let joinedToPrevious = Flags(rawValue: 1 << 4)
        static let sentenceInitial = Flags(rawValue: 1 << 5)
        static let hyphenModifier = Flags(rawValue: 1 << 6)
    }

    /// The raw value of `before` and `after` when there is no punctuation (above every Unicode scalar value).
    static let noScalar = UInt32.max

    /// First UTF-8 byte of the word.
    private var startOffset: UInt32
    /// One past the last UTF-8 byte of the word, before any possessive.
    private var endOffset: UInt32
    /// One past the last UTF-8 byte of the word including its possessive.
    private var fullEndOffset: UInt32
    /// What the lexicon knows about the word.
    var classes: EntityWordClass
    /// The word's position in the tokenizer's table of words as written (`EntityTokenizer.exactIndex(of:)`), or -1
    /// when the word is not capitalised or not in it. `EntityLexicon.gazetteerIndex` groups entries by it.
    var exactEntry: Int32
    /// The scalar value of `before`, or `noScalar`.
    var beforeValue: UInt32
    /// The scalar value of `after`, or `noScalar`.
    var afterValue: UInt32
    var flags: Flags

    /// A token for the UTF-8 offsets `start..<end` (`fullEnd` after any possessive), without neighbouring
    /// punctuation. The offsets must fit in `UInt32`.
    init(start: Int, end: Int, fullEnd: Int, classes: EntityWordClass, exactEntry: Int32, flags: Flags) {
        startOffset = UInt32(truncatingIfNeeded: start)
        endOffset = UInt32(truncatingIfNeeded: end)
        fullEndOffset = UInt32(truncatingIfNeeded: fullEnd)
        self.classes = classes
        self.exactEntry = exactEntry
        beforeValue = Self.noScalar
        afterValue = Self.noScalar
        self.flags = flags
    }

    /// First UTF-8 byte of the word.
    var start: Int { Int(startOffset) }
    /// One past the last UTF-8 byte of the word, before any possessive.
    var end: Int { Int(endOffset) }
    /// One past the last UTF-8 byte of the word including its possessive.
    var fullEnd: Int { Int(fullEndOffset) }

    /// The first letter is upper case ("Dong", "CSIS", "Éric").
    var isCapitalized: Bool { flags.contains(.capitalized) }
    /// Two or more letters, none lower case ("CSIS", "U.S.").
    var isAllCaps: Bool { flags.contains(.allCaps) }
    /// Upper case after lower case inside the word ("CityNews", "LeBlanc").
    var hasInnerCapital: Bool { flags.contains(.innerCapital) }
    /// The word carried a possessive "'s" or a plural possessive apostrophe.
    var isPossessive: Bool { flags.contains(.possessive) }
    /// Only spaces (no punctuation, no line break) separate the word from the previous one.
    var joinedToPrevious: Bool { flags.contains(.joinedToPrevious) }
    /// The word opens its sentence, a quotation or a bracket, or follows a colon or dash.
    var isSentenceInitial: Bool { flags.contains(.sentenceInitial) }
    /// The word was cut before a hyphen and a modifier suffix ("Toronto" of "Toronto-area").
    var isHyphenModifier: Bool { flags.contains(.hyphenModifier) }
    /// The punctuation right before the word (skipping spaces), if any.
    var before: Unicode.Scalar? { beforeValue == Self.noScalar ? nil : Unicode.Scalar(beforeValue) }
    /// The punctuation right after the word and its possessive (skipping spaces), if any.
    var after: Unicode.Scalar? { afterValue == Self.noScalar ? nil : Unicode.Scalar(afterValue) }

    /// Length in UTF-8 bytes, without the possessive.
    var length: Int { end - start }

    /// The word is capitalised but not a run of capitals: "Dong", "Toronto", not "CSIS".
    var isTitleCase: Bool { flags.intersection([.capitalized, .allCaps]) == .capitalized }
}
