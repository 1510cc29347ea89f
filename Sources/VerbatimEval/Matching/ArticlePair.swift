/// One gold article and the prediction made for it, if any.
public struct ArticlePair: Sendable {
    public let gold: ArticleRecord
    /// The prediction, or nil when no prediction line matched the gold article.
    public let prediction: ArticleRecord?
}
