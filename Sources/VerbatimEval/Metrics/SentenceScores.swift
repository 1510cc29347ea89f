/// The sentence metric: the share of documents whose sentence split matches the gold exactly, and boundary
/// precision/recall/F1. Both sides are whitespace-normalised first: every span is trimmed of white space (U+00A0
/// included) and spans left empty are dropped. A boundary is the (trimmed) end of a sentence, in code points,
/// other than the end of the document's last non-white-space code point.
public struct SentenceScores: Sendable {
    /// Documents whose normalised sentence spans equal the gold's.
    public var documents = Accuracy()
    /// Sentence-end boundaries found.
    public var boundaries = MatchCounts()

    public init() {}

    /// Adds one article. Without the text, spans are compared as given.
    public mutating func add(gold: [CodePointSpan], predicted: [CodePointSpan], text: ArticleText?) {
        let goldSpans = Self.normalized(gold, in: text)
        let predictedSpans = Self.normalized(predicted, in: text)
        documents.record(goldSpans == predictedSpans)
        var documentEnd = goldSpans.map(\.end).max() ?? 0
        if let text { documentEnd = text.trimmed(CodePointSpan(start: 0, end: text.count)).end }
        let goldEnds = Set(goldSpans.map(\.end)).subtracting([documentEnd])
        let predictedEnds = Set(predictedSpans.map(\.end)).subtracting([documentEnd])
        boundaries += MatchCounts.multiset(gold: Array(goldEnds), predicted: Array(predictedEnds))
    }

    /// Trimmed, non-empty spans in text order.
    static func normalized(_ spans: [CodePointSpan], in text: ArticleText?) -> [CodePointSpan] {
        let trimmed = text.map { text in spans.map { text.trimmed($0) } } ?? spans
        return trimmed.filter { $0.length > 0 }.sorted()
    }
}
