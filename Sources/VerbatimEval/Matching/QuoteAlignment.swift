/// The Gender Gap Tracker quote matching, reproduced from its `evaluate_quotes.py`:
///
/// for each gold quote in order, the match is the not-yet-matched predicted quote that covers the largest share of
/// the gold quote's characters, provided that share is strictly above `threshold`; ties go to the prediction that
/// comes first. Matching is one to one. Shares are computed over **code point** offsets; an empty gold or predicted
/// span covers nothing. (The reference drops every prediction *equal* to the matched one from its list; here exactly
/// the matched prediction is used up, so two identical predictions count once each. Otherwise the counts agree
/// exactly with the reference script.)
public struct QuoteAlignment: Sendable, Equatable {
    /// The coverage threshold (0.3 and 0.8 in the metric).
    public let threshold: Double
    /// For each gold quote (by index), the index of its predicted quote, or nil when it was missed.
    public let predictionForGold: [Int?]
    /// For each predicted quote (by index), the index of the gold quote it matched, or nil when spurious.
    public let goldForPrediction: [Int?]

    /// The share of `gold`'s characters that `predicted` covers: |gold ∩ predicted| / |gold|, 0 when either is empty.
    public static func coverage(gold: CodePointSpan, predicted: CodePointSpan) -> Double {
        guard gold.length > 0, predicted.length > 0 else { return 0 }
        return Double(gold.overlap(with: predicted)) / Double(gold.length)
    }

    /// Aligns `predicted` spans to `gold` spans.
    public init(gold: [CodePointSpan], predicted: [CodePointSpan], threshold: Double) {
        self.threshold = threshold
        var predictionForGold = [Int?](repeating: nil, count: gold.count)
        var goldForPrediction = [Int?](repeating: nil, count: predicted.count)
        // Unmatched predictions in their original order, as the reference keeps its list.
        var remaining = Array(predicted.indices)
        for (goldIndex, goldSpan) in gold.enumerated() {
            var best: Int?
            var bestScore = 0.0
            for (position, predictedIndex) in remaining.enumerated() {
                let score = Self.coverage(gold: goldSpan, predicted: predicted[predictedIndex])
                if score > threshold && score > bestScore {
                    bestScore = score
                    best = position
                }
            }
            if let best {
                let predictedIndex = remaining.remove(at: best)
                predictionForGold[goldIndex] = predictedIndex
                goldForPrediction[predictedIndex] = goldIndex
            }
        }
        self.predictionForGold = predictionForGold
        self.goldForPrediction = goldForPrediction
    }

    /// Matched gold quotes (true positives).
    public var matched: Int { predictionForGold.lazy.filter { $0 != nil }.count }
    /// Gold quotes left unmatched (false negatives).
    public var missed: Int { predictionForGold.count - matched }
    /// Predicted quotes left unmatched (false positives).
    public var spurious: Int { goldForPrediction.count - matched }
}
