/// One word of a sentence as the entity recognizer sees it. Offsets are **UTF-8 byte offsets** into `Document.text`.
///
/// A possessive "'s" (or the apostrophe of "Canadians'") is not part of the word: `end` stops before it and
/// `fullEnd` after it, so "Han Dong's" gives the mention "Han Dong".
///
/// The token holds no `String`, so that tokens copy for free; `MentionFinder.word(_:)` builds the text when a
/// rule needs it.
struct EntityToken: Sendable {
    /// First UTF-8 byte of the word.
    var start: Int
    /// One past the last UTF-8 byte of the word, before any possessive.
    var end: Int
    /// One past the last UTF-8 byte of the word including its possessive.
    var fullEnd: Int
    /// What the lexicon knows about the word.
    var classes: EntityWordClass
    /// The word's position in the tokenizer's table of words as written (`EntityTokenizer.exactIndex(of:)`), or -1
    /// when the word is not capitalised or not in it. `EntityLexicon.gazetteerLists` is indexed by it.
    var exactEntry: Int32
    /// The first letter is upper case ("Dong", "CSIS", "Éric").
    var isCapitalized: Bool
    /// Two or more letters, none lower case ("CSIS", "U.S.").
    var isAllCaps: Bool
    /// Upper case after lower case inside the word ("CityNews", "LeBlanc").
    var hasInnerCapital: Bool
    /// The word carried a possessive "'s" or a plural possessive apostrophe.
    var isPossessive: Bool
    /// Only spaces (no punctuation, no line break) separate the word from the previous one.
    var joinedToPrevious: Bool
    /// The word opens its sentence, a quotation or a bracket, or follows a colon or dash.
    var isSentenceInitial: Bool
    /// The word was cut before a hyphen and a modifier suffix ("Toronto" of "Toronto-area").
    var isHyphenModifier: Bool
    /// The punctuation right before the word (skipping spaces), if any.
    var before: Unicode.Scalar?
    /// The punctuation right after the word and its possessive (skipping spaces), if any.
    var after: Unicode.Scalar?

    /// Length in UTF-8 bytes, without the possessive.
    var length: Int { end - start }

    /// The word is capitalised but not a run of capitals: "Dong", "Toronto", not "CSIS".
    var isTitleCase: Bool { isCapitalized && !isAllCaps }
}
