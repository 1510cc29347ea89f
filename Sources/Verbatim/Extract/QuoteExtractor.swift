/// Finds direct, indirect and mixed quotations and attributes each to a speaker with its cue.
///
/// Rules run per paragraph in a fixed order, each recorded on the quote it makes (`rule`):
/// direct quotes with a cue and speaker after them (`“Q,” S said.` / `“Q,” said S.`), before them (`S said: “Q”`),
/// a colon alone (`… his conclusion: “Q”`), a dash signature (`“Q” — Name`), split quotes (`“A,” he said. “B.”`),
/// quote-only paragraphs continuing the last speaker, and paragraphs introduced by `S wrote:`; then indirect and mixed
/// quotes: `S said (that) C`, `C, S said.`, `According to S, C`, `…, adding that C`. Boilerplate is never read.
public struct QuoteExtractor: Stage {
    public let name = "quotes"
    public let requires: Set<Layer> = [.paragraphs, .sentences]
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
        // With the entity layer, names come from its clusters and only paragraphs that may hold a quote are read;
        // without it, every paragraph is read to collect names.
        let hasEntities = document.layers.contains(.entities)
        let views = paragraphViews(document, onlyCandidates: hasEntities)
        let names: ArticleNames
        if hasEntities {
            names = ArticleNames(entities: document.entities, sentences: document.sentences, bytes: document.utf8)
        } else {
            let sentenceStarts = Set(document.sentences.map(\.start))
            names = ArticleNames(paragraphTokens: views.compactMap { $0?.tokens }, sentenceStarts: sentenceStarts, bytes: document.utf8,
                                 lexicon: lexicon)
        }
        var run = ArticleQuoteRun(lexicon: lexicon, bytes: document.utf8,
                                  resolver: SpeakerResolver(lexicon: lexicon, names: names, entities: document.entities))
        for view in views {
            if let view { run.process(view) } else { run.skipParagraph() }
        }
        document.quotes = run.quotes.sorted { $0.span < $1.span }
    }

    /// Every paragraph that is not wholly boilerplate, tokenized, with boilerplate tokens removed; nil for a
    /// paragraph that cannot hold a quote when `onlyCandidates` is set.
    private func paragraphViews(_ document: Document, onlyCandidates: Bool) -> [ParagraphView?] {
        var views: [ParagraphView?] = []
        var sentenceIndex = 0
        let sentences = document.sentences
        for paragraph in document.paragraphs {
            var starts: [Int] = []
            while sentenceIndex < sentences.count, sentences[sentenceIndex].start < paragraph.end {
                if sentences[sentenceIndex].start >= paragraph.start { starts.append(sentences[sentenceIndex].start) }
                sentenceIndex += 1
            }
            if onlyCandidates, !filter.mayHoldQuote(document.utf8, paragraph) {
                views.append(nil)
                continue
            }
            var tokens = tokenizer.tokens(in: document.utf8, span: paragraph)
            if !document.boilerplate.isEmpty {
                tokens.removeAll { document.isBoilerplate($0.span) }
            }
            guard !tokens.isEmpty else { continue }
            views.append(ParagraphView(span: paragraph, bytes: document.utf8, tokens: tokens, sentenceStarts: starts, lexicon: lexicon))
        }
        return views
    }
}
