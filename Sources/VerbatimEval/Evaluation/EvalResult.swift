/// Everything an evaluation measured: micro-averaged scores per layer, per-article details, and what was not scored.
///
/// A layer the gold has but the predictions lack is still scored against empty predictions (so its metric names are
/// known) and listed in `unproduced`; its metrics carry `isProduced == false`.
public struct EvalResult: Sendable {
    /// One entry per gold article scored (after the split filter), in gold order.
    public var articles: [ArticleEvaluation] = []
    /// Gold articles left out by the split filter.
    public var excludedBySplit = 0
    /// Ids of prediction lines that matched no gold article.
    public var unmatchedPredictions: [String] = []
    /// The layers the gold has, each scored.
    public var scoredLayers: Set<EvalLayer> = []
    /// Layers the gold has but the predictions lack, with the reason.
    public var unproduced: [EvalLayer: String] = [:]
    /// The coverage thresholds, in order.
    public var thresholds: [Double] = []
    /// Quote scores, one per threshold (empty when the gold has no quotes).
    public var quotes: [QuoteScores] = []
    /// Exact quote span matches.
    public var exactQuotes = MatchCounts()
    /// Per rule, at the first threshold: matched predictions (tp) and spurious ones (fp).
    public var rules: [String: MatchCounts] = [:]
    public var entities = EntityScores()
    public var sentences = SentenceScores()
    public var boilerplate = BoilerplateScores()
    public var bodyText = BodyTextScores()

    public init() {}

    /// Layers the gold does not have, so nothing was scored for them.
    public var absentFromGold: [EvalLayer] {
        EvalLayer.allCases.filter { !scoredLayers.contains($0) }
    }

    /// Articles per status.
    public func count(_ status: ArticleEvaluation.Status) -> Int {
        articles.lazy.filter { $0.status == status }.count
    }

    /// Articles whose prediction was an error line.
    public var failedCount: Int {
        articles.lazy.filter { if case .failed = $0.status { return true } else { return false } }.count
    }

    /// Whether the layer was scored against real predictions.
    public func isProduced(_ layer: EvalLayer) -> Bool {
        scoredLayers.contains(layer) && unproduced[layer] == nil
    }

    /// Every metric of every layer the gold has, in a stable order.
    public var metrics: [Metric] {
        var result: [Metric] = []
        func add(_ name: String, _ value: Double?, _ layer: EvalLayer) {
            result.append(Metric(name: name, value: value, layer: layer, isProduced: isProduced(layer)))
        }
        func addCounts(_ prefix: String, _ counts: MatchCounts, _ layer: EvalLayer, suffix: String = "") {
            add(prefix + "precision" + suffix, counts.precision, layer)
            add(prefix + "recall" + suffix, counts.recall, layer)
            add(prefix + "f1" + suffix, counts.f1, layer)
        }
        if scoredLayers.contains(.quotes) {
            for scores in quotes {
                let suffix = "_" + String(scores.threshold)
                addCounts("quotes.", scores.counts, .quotes, suffix: suffix)
                for type in scores.recallByType.keys.sorted() {
                    add("quotes.recall_" + type + suffix, scores.recallByType[type]?.value, .quotes)
                }
                add("quotes.speaker_span" + suffix, scores.speakerSpan.value, .quotes)
                if let names = scores.speakerName {
                    add("quotes.speaker_name" + suffix, names.value, .speakerNames)
                }
                add("quotes.cue" + suffix, scores.cue.value, .quotes)
            }
            addCounts("quotes.exact_", exactQuotes, .quotes)
        }
        if scoredLayers.contains(.entities) {
            for (kind, counts) in [("exact", entities.exact), ("relaxed", entities.relaxed)] {
                addCounts("entities.\(kind)_", counts.values.reduce(MatchCounts(), +), .entities)
                for entityClass in EntityClass.allCases {
                    addCounts("entities.\(kind)_", counts[entityClass] ?? MatchCounts(), .entities,
                              suffix: "_" + entityClass.rawValue)
                }
            }
        }
        if scoredLayers.contains(.sentences) {
            add("sentences.documents_exact", sentences.documents.value, .sentences)
            addCounts("sentences.boundary_", sentences.boundaries, .sentences)
        }
        if scoredLayers.contains(.boilerplate) {
            addCounts("boilerplate.", boilerplate.characters, .boilerplate)
        }
        if scoredLayers.contains(.bodyText) {
            add("html.precision", bodyText.precision, .bodyText)
            add("html.recall", bodyText.recall, .bodyText)
            add("html.f1", bodyText.f1, .bodyText)
            add("html.accuracy", bodyText.accuracy.value, .bodyText)
        }
        return result
    }
}
