/// One quote the evaluation got wrong, at the first coverage threshold: what the error listing, the JSON errors and
/// the HTML report show. Offsets inside the quotes are **code points**.
public struct QuoteError: Sendable {
    /// What went wrong.
    public enum Kind: String, Sendable, CaseIterable {
        /// A gold quote no prediction covers enough.
        case missed
        /// A predicted quote that matches no gold quote.
        case spurious
        /// A matched quote whose speaker mention or canonical name is wrong.
        case misattributed
        /// A matched quote whose cue is wrong (speaker right).
        case wrongCue = "wrong_cue"
    }

    public let kind: Kind
    /// The gold article id.
    public let articleID: String
    /// The gold quote (nil for a spurious prediction).
    public let gold: QuoteRecord?
    /// The predicted quote (nil for a missed gold quote).
    public let predicted: QuoteRecord?

    /// Every error of every scored article, in article order, then gold order, then prediction order.
    public static func collect(from result: EvalResult, names: SpeakerNameMatcher) -> [QuoteError] {
        result.articles.flatMap { collect(from: $0, result: result, names: names) }
    }

    /// The errors of one article.
    public static func collect(from article: ArticleEvaluation, result: EvalResult,
                               names: SpeakerNameMatcher) -> [QuoteError] {
        guard let alignment = article.alignments.first else { return [] }
        let scoresNames = result.isProduced(.speakerNames)
        var errors: [QuoteError] = []
        for (index, gold) in article.goldQuotes.enumerated() {
            guard let match = alignment.predictionForGold[index] else {
                errors.append(QuoteError(kind: .missed, articleID: article.id, gold: gold, predicted: nil))
                continue
            }
            let predicted = article.predictedQuotes[match]
            let speakerRight = QuoteScores.speakerSpanAgrees(gold: gold, predicted: predicted)
                && (!scoresNames || names.matches(gold: gold.speakerName, predicted: predicted.speakerName))
            if !speakerRight {
                errors.append(QuoteError(kind: .misattributed, articleID: article.id, gold: gold, predicted: predicted))
            } else if !QuoteScores.cueAgrees(gold: gold, predicted: predicted) {
                errors.append(QuoteError(kind: .wrongCue, articleID: article.id, gold: gold, predicted: predicted))
            }
        }
        for (index, predicted) in article.predictedQuotes.enumerated() where alignment.goldForPrediction[index] == nil {
            errors.append(QuoteError(kind: .spurious, articleID: article.id, gold: nil, predicted: predicted))
        }
        return errors
    }
}
