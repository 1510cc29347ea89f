/// The state of quote extraction over one article, paragraph by paragraph, in text order.
struct ArticleQuoteRun {
    let lexicon: QuoteLexicon
    let bytes: [UInt8]
    var resolver: SpeakerResolver
    private(set) var quotes: [Quote] = []
    private var nextGroup = 0

    /// The attribution the next quote-only paragraph continues: set by an attributed quote or an intro paragraph.
    var carried: Carried?
    /// Token indices of cues already used by a direct quote in the current paragraph.
    var usedCues: Set<Int> = []
    /// Group of the previous paragraph's last quote when it ran on unclosed (multi-paragraph quotation).
    var openGroup: Int?

    /// A speaker that a following paragraph may continue.
    struct Carried {
        let speaker: SpeakerResolver.Resolved
        let cue: Quote.Cue?
        /// Paragraphs since the attribution; continuation stops after a few unrelated ones.
        var age: Int
        /// Whether the attributing paragraph ended with a colon ("In a statement, she wrote:").
        let isIntro: Bool
    }

    init(lexicon: QuoteLexicon, bytes: [UInt8], resolver: SpeakerResolver) {
        self.lexicon = lexicon
        self.bytes = bytes
        self.resolver = resolver
    }

    mutating func newGroup() -> Int {
        defer { nextGroup += 1 }
        return nextGroup
    }

    mutating func append(_ quote: Quote) {
        // Never two quotes over the same text: the first rule to claim it wins. Quotes arrive in nearly text order,
        // so only the latest few can overlap (this keeps a page of 100,000 quotation marks linear).
        if quotes.suffix(16).contains(where: { $0.span.overlaps(quote.span) && ($0.span.contains(quote.span) || quote.span.contains($0.span)) }) {
            return
        }
        quotes.append(quote)
    }

    mutating func process(_ view: ParagraphView) {
        let countBefore = quotes.count
        let continuedGroup = openGroup
        openGroup = nil
        if transcriptLine(view) { return }
        var attributedHere = false
        attributedHere = directQuotes(view, continuedGroup: continuedGroup) || attributedHere
        attributedHere = indirectQuotes(view) || attributedHere
        if let last = view.tokens.last, last.isPunctuation(":") {
            introduction(view)
        } else if quotes.count == countBefore && !attributedHere {
            carried?.age += 1
        }
    }

    /// A paragraph without quotes passed by: the carried speaker ages as it would for any unrelated paragraph.
    mutating func skipParagraph() {
        openGroup = nil
        carried?.age += 1
    }

    /// The cue value for a cue hit.
    func cue(_ view: ParagraphView, _ hit: ParagraphView.CueHit) -> Quote.Cue {
        Quote.Cue(span: view.span(hit.index, hit.index + hit.length - 1), lemma: hit.lemma)
    }

    /// Resolves a phrase into the speaker fields of a quote.
    mutating func speaker(_ phrase: SpeakerPhrase) -> (span: TextSpan, name: String?, title: String?, entity: Int?, rule: String) {
        let resolved = resolver.resolve(phrase)
        return (phrase.span, resolved.name, phrase.title, resolved.entity, resolved.rule)
    }

    func parser(_ view: ParagraphView) -> SpeakerPhraseParser {
        SpeakerPhraseParser(lexicon: lexicon, tokens: view.tokens, bytes: bytes)
    }
}
