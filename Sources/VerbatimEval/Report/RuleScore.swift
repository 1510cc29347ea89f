/// The precision of one extraction rule: of the quotes it produced, how many matched a gold quote at the first
/// coverage threshold.
public struct RuleScore: Sendable, Hashable {
    /// The rule name (`(none)` for quotes that name no rule).
    public let rule: String
    /// Quotes the rule produced.
    public let predicted: Int
    /// Of those, quotes that matched gold.
    public let matched: Int

    /// matched / predicted.
    public var precision: Double? { predicted > 0 ? Double(matched) / Double(predicted) : nil }

    /// Every rule of `result`, worst precision first, then most quotes first.
    public static func all(in result: EvalResult) -> [RuleScore] {
        result.rules.map { rule, counts in
            RuleScore(rule: rule, predicted: counts.truePositives + counts.falsePositives, matched: counts.truePositives)
        }.sorted {
            let left = $0.precision ?? 0
            let right = $1.precision ?? 0
            if left != right { return left < right }
            if $0.predicted != $1.predicted { return $0.predicted > $1.predicted }
            return $0.rule < $1.rule
        }
    }
}
