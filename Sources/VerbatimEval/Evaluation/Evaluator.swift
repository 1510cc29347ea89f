/// Scores predictions against gold, exactly as `docs/gold-and-metrics.md` defines the metrics.
///
/// Predictions are matched to gold articles by id, then by file stem (`ArticlePairing`). Each layer the gold has is
/// scored; a layer no prediction carries is listed in `EvalResult.unproduced` instead of being scored as zero.
/// A gold article without a prediction, or whose prediction is an error line, counts as an empty prediction. All
/// offsets on both sides are **Unicode code points**.
public struct Evaluator: Sendable {
    public let options: EvalOptions

    public init(options: EvalOptions = EvalOptions()) {
        self.options = options
    }

    /// Scores `predictions` against `gold`.
    public func evaluate(gold: [ArticleRecord], predictions: [ArticleRecord]) -> EvalResult {
        var result = EvalResult()
        result.thresholds = options.thresholds
        let selected = options.split.map { split in gold.filter { $0.split == split } } ?? gold
        result.excludedBySplit = gold.count - selected.count
        let pairing = ArticlePairing(gold: selected, predictions: predictions)
        result.unmatchedPredictions = pairing.unmatchedPredictions
        let usable = pairing.pairs.compactMap(\.prediction).filter { $0.failure == nil }
        decideLayers(gold: selected, usable: usable, into: &result)

        let goldHasNames = result.scoredLayers.contains(.speakerNames)
        result.quotes = options.thresholds.map { QuoteScores(threshold: $0, scoresSpeakerNames: goldHasNames) }
        for pair in pairing.pairs {
            result.articles.append(score(pair, into: &result))
        }
        return result
    }

    /// Which layers the gold has (scored) and which of those no usable prediction carries (unproduced).
    private func decideLayers(gold: [ArticleRecord], usable: [ArticleRecord], into result: inout EvalResult) {
        func decide(_ layer: EvalLayer, gold goldHas: Bool, predicted: Bool, reason: String) {
            guard goldHas else { return }
            result.scoredLayers.insert(layer)
            if !predicted { result.unproduced[layer] = reason }
        }
        decide(.quotes, gold: gold.contains { $0.quotes != nil }, predicted: usable.contains { $0.quotes != nil },
               reason: "no prediction carries a \"quotes\" layer")
        decide(.speakerNames, gold: gold.contains(where: \.hasSpeakerNames),
               predicted: usable.contains(where: \.hasSpeakerNames),
               reason: "no predicted quote carries \"speaker_name\"")
        decide(.entities, gold: gold.contains { $0.entities != nil },
               predicted: usable.contains { $0.entities != nil }, reason: "no prediction carries an \"entities\" layer")
        decide(.sentences, gold: gold.contains { $0.sentences != nil },
               predicted: usable.contains { $0.sentences != nil },
               reason: "no prediction carries a \"sentences\" layer (run extract with --with-sentences)")
        decide(.boilerplate, gold: gold.contains { $0.boilerplate != nil && $0.text != nil },
               predicted: usable.contains { $0.boilerplate != nil },
               reason: "no prediction carries a \"boilerplate\" layer")
        decide(.bodyText, gold: gold.contains { $0.articleBody != nil }, predicted: true, reason: "")
    }

    private func score(_ pair: ArticlePair, into result: inout EvalResult) -> ArticleEvaluation {
        let gold = pair.gold
        let status: ArticleEvaluation.Status
        if let prediction = pair.prediction {
            if let failure = prediction.failure {
                status = .failed(failure)
            } else if let goldText = gold.text, let predictedText = prediction.text, goldText != predictedText {
                status = .textMismatch
            } else {
                status = .scored
            }
        } else {
            status = .missing
        }
        // The prediction whose layers count; nil scores as an empty prediction.
        let prediction = status == .scored ? pair.prediction : nil
        func produced<Layer>(_ layer: EvalLayer, _ value: (ArticleRecord) -> [Layer]?) -> [Layer] {
            result.isProduced(layer) ? prediction.flatMap(value) ?? [] : []
        }

        var goldQuotes: [QuoteRecord] = []
        var predictedQuotes: [QuoteRecord] = []
        var alignments: [QuoteAlignment] = []
        var page: BodyTextScores.Page?
        let comparable = status != .textMismatch
        let needsText = comparable && (gold.entities != nil || gold.sentences != nil || gold.boilerplate != nil)
        let text = needsText ? gold.text.map(ArticleText.init) : nil

        if let quotes = gold.quotes, comparable {
            goldQuotes = filtered(quotes)
            predictedQuotes = filtered(produced(.quotes) { $0.quotes })
            let goldSpans = goldQuotes.map(\.span)
            let predictedSpans = predictedQuotes.map(\.span)
            alignments = options.thresholds.map {
                QuoteAlignment(gold: goldSpans, predicted: predictedSpans, threshold: $0)
            }
            for index in result.quotes.indices {
                result.quotes[index].add(gold: goldQuotes, predicted: predictedQuotes, alignment: alignments[index],
                                         names: options.speakerNames)
            }
            result.exactQuotes += MatchCounts.multiset(gold: goldSpans, predicted: predictedSpans)
            if let first = alignments.first {
                for (index, quote) in predictedQuotes.enumerated() {
                    let matched = first.goldForPrediction[index] != nil
                    result.rules[quote.rule ?? "(none)", default: MatchCounts()] +=
                        MatchCounts(truePositives: matched ? 1 : 0, falsePositives: matched ? 0 : 1)
                }
            }
        }
        if let entities = gold.entities, comparable {
            result.entities.add(gold: entities, predicted: produced(.entities) { $0.entities }, text: text,
                                pronouns: options.pronouns)
        }
        if let sentences = gold.sentences, comparable {
            result.sentences.add(gold: sentences, predicted: produced(.sentences) { $0.sentences }, text: text)
        }
        if let boilerplate = gold.boilerplate, let text, comparable {
            let kept: [CodePointSpan]? = prediction == nil ? nil : produced(.boilerplate) { $0.boilerplate }
            result.boilerplate.add(gold: boilerplate, predicted: kept, text: text)
        }
        if let body = gold.articleBody {
            page = result.bodyText.add(gold: body, predicted: prediction.map(Self.body(of:)) ?? "")
        }
        return ArticleEvaluation(gold: gold, prediction: pair.prediction, status: status, goldQuotes: goldQuotes,
                                 predictedQuotes: predictedQuotes, alignments: alignments, page: page)
    }

    /// Quotes of the selected types.
    private func filtered(_ quotes: [QuoteRecord]) -> [QuoteRecord] {
        guard let types = options.quoteTypes else { return quotes }
        return quotes.filter { types.contains($0.type) }
    }

    /// The body a prediction keeps: its `articleBody` if it has one, else its `text` without the `boilerplate`
    /// spans (code points), the kept pieces joined by newlines so no two words fuse.
    public static func body(of prediction: ArticleRecord) -> String {
        if let body = prediction.articleBody { return body }
        guard let text = prediction.text else { return "" }
        guard let boilerplate = prediction.boilerplate, !boilerplate.isEmpty else { return text }
        let article = ArticleText(text)
        let kept = BoilerplateScores.mask(removing: boilerplate, count: article.count)
        var body = String.UnicodeScalarView()
        var previousKept = true
        for (offset, scalar) in article.scalars.enumerated() {
            if kept[offset] {
                if !previousKept && !body.isEmpty { body.append("\n") }
                body.append(scalar)
            }
            previousKept = kept[offset]
        }
        return String(body)
    }
}
