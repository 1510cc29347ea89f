/// The Zyte article-extraction metric, reproduced from its `evaluate.py`: each page's predicted and gold bodies are
/// tokenised into `\w+` runs, compared as multisets of 4-token shingles, and the page's tp, fp and fn are
/// normalised to sum to 1. Precision is averaged over pages with tp + fp > 0, recall over pages with tp + fn > 0,
/// and F1 is their harmonic mean. Accuracy is the share of pages whose token sequences are identical.
public struct BodyTextScores: Sendable {
    /// One page's normalised shingle counts.
    public struct Page: Sendable, Hashable {
        public var truePositives: Double
        public var falsePositives: Double
        public var falseNegatives: Double
        /// Whether the predicted and gold token sequences are identical.
        public var tokensIdentical: Bool

        /// The page's precision as `evaluate.py` scores it (1 when nothing is wrong, 0 when nothing is right).
        public var precision: Double {
            if falsePositives == 0 && falseNegatives == 0 { return 1 }
            if truePositives == 0 && falsePositives == 0 { return 0 }
            return truePositives / (truePositives + falsePositives)
        }

        /// The page's recall as `evaluate.py` scores it.
        public var recall: Double {
            if falsePositives == 0 && falseNegatives == 0 { return 1 }
            if truePositives == 0 && falseNegatives == 0 { return 0 }
            return truePositives / (truePositives + falseNegatives)
        }

        public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
    }

    /// The shingle length.
    public static let shingleLength = 4

    /// Every scored page, in order.
    public var pages: [Page] = []

    public init() {}

    /// Scores one page and adds it.
    @discardableResult
    public mutating func add(gold: String, predicted: String) -> Page {
        let page = Self.score(gold: gold, predicted: predicted)
        pages.append(page)
        return page
    }

    /// One page's counts, as `string_shingle_matching` computes them.
    public static func score(gold: String, predicted: String) -> Page {
        let goldTokens = WordTokenizer.tokens(gold)
        let predictedTokens = WordTokenizer.tokens(predicted)
        let goldShingles = shingles(goldTokens)
        var predictedShingles = shingles(predictedTokens)
        var truePositives = 0.0
        var falsePositives = 0.0
        var falseNegatives = 0.0
        for (shingle, goldCount) in goldShingles {
            let predictedCount = predictedShingles.removeValue(forKey: shingle) ?? 0
            truePositives += Double(min(goldCount, predictedCount))
            falsePositives += Double(max(0, predictedCount - goldCount))
            falseNegatives += Double(max(0, goldCount - predictedCount))
        }
        for predictedCount in predictedShingles.values {
            falsePositives += Double(predictedCount)
        }
        // Normalise so that longer pages do not weigh more (sum in the reference's order: tp, fp, fn).
        let sum = truePositives + falsePositives + falseNegatives
        if sum > 0 {
            truePositives /= sum
            falsePositives /= sum
            falseNegatives /= sum
        }
        return Page(truePositives: truePositives, falsePositives: falsePositives, falseNegatives: falseNegatives,
                    tokensIdentical: goldTokens == predictedTokens)
    }

    /// Shingle counts: each run of `shingleLength` consecutive tokens, or the whole sequence when it is shorter
    /// (and no shingle for no tokens), as `_ngrams` builds them.
    static func shingles(_ tokens: [String]) -> [String: Int] {
        var counts: [String: Int] = [:]
        guard !tokens.isEmpty else { return counts }
        let last = max(1, tokens.count - shingleLength + 1)
        for start in 0..<last {
            // Tokens never contain a space, so a space-joined key is unambiguous.
            let key = tokens[start..<min(tokens.count, start + shingleLength)].joined(separator: " ")
            counts[key, default: 0] += 1
        }
        return counts
    }

    /// Mean precision over pages with tp + fp > 0, or nil when there are none.
    public var precision: Double? {
        Self.mean(pages.filter { $0.truePositives + $0.falsePositives > 0 }.map(\.precision))
    }

    /// Mean recall over pages with tp + fn > 0, or nil when there are none.
    public var recall: Double? {
        Self.mean(pages.filter { $0.truePositives + $0.falseNegatives > 0 }.map(\.recall))
    }

    /// 2PR / (P + R) of the averaged precision and recall.
    public var f1: Double? {
        guard let precision, let recall else { return nil }
        return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    /// Pages whose token sequences are identical.
    public var accuracy: Accuracy {
        Accuracy(correct: pages.filter(\.tokensIdentical).count, total: pages.count)
    }

    /// The mean with an error-free (Neumaier-compensated) sum, close to Python's exact `statistics.mean`.
    static func mean(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        var sum = 0.0
        var compensation = 0.0
        for value in values {
            let total = sum + value
            if abs(sum) >= abs(value) {
                compensation += (sum - total) + value
            } else {
                compensation += (value - total) + sum
            }
            sum = total
        }
        return (sum + compensation) / Double(values.count)
    }
}
