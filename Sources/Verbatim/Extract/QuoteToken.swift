/// A token of a paragraph, as the quote rules see it. Spans are UTF-8 offsets into the document.
struct QuoteToken: Sendable {
    enum Kind: Sendable, Equatable {
        /// Letters, digits, and inner apostrophes, hyphens and abbreviation stops ("Dong's", "Toronto-area", "U.S.").
        case word
        /// A quotation mark that opens (“, «, or a straight " in opening position).
        case openQuote
        /// A quotation mark that closes (”, », or a straight " in closing position).
        case closeQuote
        /// Any other punctuation character.
        case punctuation
    }

    let kind: Kind
    /// UTF-8 offsets.
    let span: TextSpan
    /// The token as written.
    let text: String
    /// Lower-cased text, for lexicon look-ups.
    let lower: String
    /// Whether the word starts with an upper-case letter.
    let isCapitalized: Bool
    /// What the quote lexicons say of the word.
    let info: WordInfo?

    var isRoleNoun: Bool { info?.isRoleNoun ?? false }
    var isAdverbial: Bool { info?.isAdverbial ?? false }
    var isOrganizationHead: Bool { info?.isOrganizationHead ?? false }
    var pronounClass: String? { info?.pronounClass }
    var cueLemma: String? { info?.cueLemma }

    init(kind: Kind, span: TextSpan, text: String, lower: String, info: WordInfo? = nil) {
        self.kind = kind
        self.span = span
        self.text = text
        self.lower = lower
        self.info = info
        if kind == .word, let first = text.utf8.first {
            isCapitalized = first < 0x80 ? (0x41...0x5A).contains(first) : text.unicodeScalars.first!.properties.isUppercase
        } else {
            isCapitalized = false
        }
    }

    var isWord: Bool { kind == .word }
    var isQuoteMark: Bool { kind == .openQuote || kind == .closeQuote }


    /// The word without a possessive "'s" / "’s".
    var withoutPossessive: String {
        for suffix in ["'s", "’s"] where text.hasSuffix(suffix) { return String(text.dropLast(2)) }
        return text
    }

    func isPunctuation(_ character: String) -> Bool { kind == .punctuation && text == character }
    /// A stop that ends a clause: . ! ?
    var isTerminal: Bool { kind == .punctuation && (text == "." || text == "!" || text == "?") }
}
