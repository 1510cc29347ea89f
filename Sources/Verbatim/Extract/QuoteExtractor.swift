/// Finds direct, indirect and mixed quotations and attributes each to a speaker with its cue.
///
/// Rules run per paragraph in a fixed order, each recorded on the quote it makes (`rule`):
/// direct quotes with a cue and speaker after them (`“Q,” S said.` / `“Q,” said S.`), before them (`S said: “Q”`),
/// a colon alone (`… his conclusion: “Q”`), a dash signature (`“Q” — Name`), split quotes (`“A,” he said. “B.”`),
/// quote-only paragraphs continuing the last speaker, and paragraphs introduced by `S wrote:`; then indirect and mixed
/// quotes: `S said (that) C`, `C, S said.`, `According to S, C`, `…, adding that C`. Boilerplate is never read.
public struct QuoteExtractor: Stage {
    public let name = "quotes"
    public let requires: Set<Layer> = [.paragraphs, .sentences, .boilerplate, .entities]
    public let provides: Set<Layer> = [.quotes]
    public let lexicon: QuoteLexicon
    private let filter: QuoteCandidateFilter
    private let tokenizer: QuoteTokenizer

    public init(lexicon: QuoteLexicon) {
        self.lexicon = lexicon
        self.filter = QuoteCandidateFilter(lexicon: lexicon)
        self.tokenizer = QuoteTokenizer(lexicon: lexicon)
    }

    public func process(_ document: inout Document) throws(ArticleError) {
        // With the entity layer, names come from its clusters and only paragraphs that may hold a quote are read,
        // one at a time; without it, every paragraph is read first to collect names.
        let quotes: [Quote]
        if document.layers.contains(.entities) {
            let names = ArticleNames(entities: document.entities, sentences: document.sentences, bytes: document.utf8)
            var run = ArticleQuoteRun(lexicon: lexicon, bytes: document.utf8,
                                      resolver: SpeakerResolver(lexicon: lexicon, names: names, entities: document.entities))
            forEachParagraphView(document, onlyCandidates: true) { view in
                if let view { run.process(view) } else { run.skipParagraph() }
            }
            quotes = run.quotes
        } else {
            var views: [ParagraphView?] = []
            forEachParagraphView(document, onlyCandidates: false) { views.append($0) }
            let sentenceStarts = Set(document.sentences.map(\.start))
            let names = ArticleNames(paragraphTokens: views.compactMap { $0?.tokens }, sentenceStarts: sentenceStarts,
                                     bytes: document.utf8, lexicon: lexicon)
            var run = ArticleQuoteRun(lexicon: lexicon, bytes: document.utf8,
                                      resolver: SpeakerResolver(lexicon: lexicon, names: names, entities: document.entities))
            for view in views {
                if let view { run.process(view) } else { run.skipParagraph() }
            }
            quotes = run.quotes
        }
        document.quotes = quotes.sorted { $0.span < $1.span }
    }

    /// Calls `body` with every paragraph that is not wholly boilerplate, in order, tokenized, with boilerplate
    /// tokens removed; with nil for a paragraph that cannot hold a quote when `onlyCandidates` is set. The token
    /// buffer is reused from one paragraph to the next unless `body` keeps the view.
    private func forEachParagraphView(_ document: Document, onlyCandidates: Bool, _ body: (ParagraphView?) -> Void) {
        var sentenceIndex = 0
        let sentences = document.sentences
        var starts: [Int] = []
        let vocabulary = lexicon.vocabulary
        var tokens: [QuoteToken] = []
        // Room for a long paragraph at once, rather than growing step by step in every article.
        tokens.reserveCapacity(512)
        for paragraph in document.paragraphs {
            starts.removeAll(keepingCapacity: true)
            while sentenceIndex < sentences.count, sentences[sentenceIndex].start < paragraph.end {
                if sentences[sentenceIndex].start >= paragraph.start { starts.append(sentences[sentenceIndex].start) }
                sentenceIndex += 1
            }
            if onlyCandidates, !filter.mayHoldQuote(document.utf8, paragraph) {
                body(nil)
                continue
            }
            tokenizer.tokens(in: document.utf8, span: paragraph, into: &tokens)
            if !document.boilerplate.isEmpty {
                tokens.removeAll { document.isBoilerplate($0.span) }
            }
            guard !tokens.isEmpty else { continue }
            body(ParagraphView(span: paragraph, bytes: document.utf8, tokens: tokens, sentenceStarts: starts,
                               vocabulary: vocabulary))
        }
    }
}
