/// The state of quote extraction over one article, paragraph by paragraph, in text order.
struct ArticleQuoteRun {
    let lexicon: QuoteLexicon
    let bytes: [UInt8]
    var resolver: SpeakerResolver
    private(set) var quotes: [Quote] = []
    private var nextGroup = 0

    /// The attribution the next quote-only paragraph continues: set by an attributed quote or an intro paragraph.
    var carried: Carried?
    /// Speaker phrases of the current paragraph's quotes, resolved in text order once every rule has run (so "he"
    /// in `“…,” he added.` can refer to a speaker the indirect rules found earlier in the same paragraph).
    private var pending: [(phrase: SpeakerPhrase, quotes: [Int])] = []

    /// Token indices of cues already used by a direct quote in the current paragraph.
    var usedCues: Set<Int> = []

    /// Whether a direct quote of the current paragraph used the cue at token `index`.
    func isUsedCue(_ index: Int) -> Bool { !usedCues.isEmpty && usedCues.contains(index) }
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
        if let rule = quote.speakerRule, rule.hasPrefix(Self.pendingPrefix), let id = Int(rule.dropFirst(Self.pendingPrefix.count)),
           id < pending.count {
            pending[id].quotes.append(quotes.count)
        }
        quotes.append(quote)
    }

    private static let pendingPrefix = "pending:"

    /// Resolves the paragraph's speaker phrases in text order and fills in their quotes.
    private mutating func resolvePending() {
        for entry in pending.sorted(by: { $0.phrase.span.start < $1.phrase.span.start }) {
            let resolved = resolver.resolve(entry.phrase)
            for index in entry.quotes {
                quotes[index].speakerName = resolved.name
                quotes[index].speakerEntity = resolved.entity
                quotes[index].speakerRule = quotes[index].rule == "direct.split" ? "speaker.split" : resolved.rule
            }
        }
        pending = []
    }

    mutating func process(_ view: ParagraphView) {
        let countBefore = quotes.count
        let continuedGroup = openGroup
        openGroup = nil
        var attributedHere = transcriptLine(view)
        if !attributedHere {
            attributedHere = directQuotes(view, continuedGroup: continuedGroup) || attributedHere
            attributedHere = indirectQuotes(view) || attributedHere
        }
        resolvePending()
        // The last attributed quote of the paragraph is the speaker a following quote-only paragraph continues.
        if let last = quotes[countBefore...].last(where: { $0.speakerName != nil && $0.speakerRule != "speaker.continuation" }),
           let name = last.speakerName {
            let isPerson = resolver.history.last { $0.name == name }?.isPerson ?? true
            carried = Carried(speaker: SpeakerResolver.Resolved(name: name, title: last.speakerTitle, isPerson: isPerson,
                                                                position: last.span.start),
                              cue: last.cue, age: 0, isIntro: false)
        }
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

    /// The speaker fields of a quote for `phrase`: the mention and title now, the name and entity once the paragraph
    /// is resolved (the rule field carries a pending marker until then).
    mutating func speaker(_ phrase: SpeakerPhrase) -> (span: TextSpan, name: String?, title: String?, entity: Int?, rule: String) {
        pending.append((phrase, []))
        return (phrase.span, nil, phrase.title, nil, Self.pendingPrefix + String(pending.count - 1))
    }

    func parser(_ view: ParagraphView) -> SpeakerPhraseParser {
        SpeakerPhraseParser(vocabulary: lexicon.vocabulary, tokens: view.tokens, bytes: bytes)
    }
}
