/// How one gold article was scored, kept for the error listing and the HTML report.
public struct ArticleEvaluation: Sendable {
    /// What the prediction for the article was.
    public enum Status: Sendable, Equatable {
        /// A prediction was found and scored.
        case scored
        /// No prediction line matched the gold article: it is scored as an empty prediction.
        case missing
        /// The prediction is an error line (`code: message`): it is scored as an empty prediction.
        case failed(String)
        /// The prediction's text differs from the gold text, so its offsets cannot be compared: not scored.
        case textMismatch
    }

    public let gold: ArticleRecord
    public let prediction: ArticleRecord?
    public let status: Status
    /// Gold quotes after the type filter, in gold order.
    public let goldQuotes: [QuoteRecord]
    /// Predicted quotes after the type filter, in prediction order.
    public let predictedQuotes: [QuoteRecord]
    /// The quote alignment at each threshold (in `EvalOptions.thresholds` order); empty when quotes are not scored.
    public let alignments: [QuoteAlignment]
    /// The body-text score of the page, when the gold has `articleBody`.
    public let page: BodyTextScores.Page?

    public init(gold: ArticleRecord, prediction: ArticleRecord?, status: Status, goldQuotes: [QuoteRecord],
                predictedQuotes: [QuoteRecord], alignments: [QuoteAlignment], page: BodyTextScores.Page?) {
        self.gold = gold
        self.prediction = prediction
        self.status = status
        self.goldQuotes = goldQuotes
        self.predictedQuotes = predictedQuotes
        self.alignments = alignments
        self.page = page
    }

    /// The gold article id.
    public var id: String { gold.id }
}
