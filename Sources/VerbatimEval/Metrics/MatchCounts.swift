/// True positives, false positives and false negatives, with precision, recall and F1 computed as the reference
/// scripts do: P = tp / (tp + fp), R = tp / (tp + fn), F1 = 2PR / (P + R).
public struct MatchCounts: Sendable, Hashable {
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// tp / (tp + fp), or nil when nothing was predicted.
    public var precision: Double? {
        let predicted = truePositives + falsePositives
        return predicted > 0 ? Double(truePositives) / Double(predicted) : nil
    }

    /// tp / (tp + fn), or nil when the gold has nothing.
    public var recall: Double? {
        let gold = truePositives + falseNegatives
        return gold > 0 ? Double(truePositives) / Double(gold) : nil
    }

    /// 2PR / (P + R); 0 when either side is empty and the other is not; nil when both are empty.
    public var f1: Double? {
        if let precision, let recall {
            return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        }
        return truePositives + falsePositives + falseNegatives > 0 ? 0 : nil
    }

    public static func + (lhs: MatchCounts, rhs: MatchCounts) -> MatchCounts {
        MatchCounts(truePositives: lhs.truePositives + rhs.truePositives,
                    falsePositives: lhs.falsePositives + rhs.falsePositives,
                    falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }

    public static func += (lhs: inout MatchCounts, rhs: MatchCounts) { lhs = lhs + rhs }

    /// Counts for comparing two multisets: tp is what both hold (with multiplicity).
    public static func multiset<Key: Hashable>(gold: [Key], predicted: [Key]) -> MatchCounts {
        var remaining: [Key: Int] = [:]
        for key in gold { remaining[key, default: 0] += 1 }
        var truePositives = 0
        for key in predicted {
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
                truePositives += 1
            }
        }
        return MatchCounts(truePositives: truePositives, falsePositives: predicted.count - truePositives,
                           falseNegatives: gold.count - truePositives)
    }
}
