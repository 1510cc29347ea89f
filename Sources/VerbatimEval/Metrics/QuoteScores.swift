/// The quote metric at one coverage threshold, micro-averaged over articles: matching P/R/F1, recall by quote type,
/// and, on matched pairs, speaker span, speaker name and cue accuracy.
public struct QuoteScores: Sendable {
    /// The coverage threshold the gold quotes were matched at.
    public let threshold: Double
    /// Matched gold (tp), missed gold (fn), spurious predictions (fp).
    public var counts = MatchCounts()
    /// Matched of all gold quotes, per gold quote type.
    public var recallByType: [String: Accuracy] = [:]
    /// Matched pairs whose predicted speaker mention overlaps the gold mention by at least one code point
    /// (or both have no mention).
    public var speakerSpan = Accuracy()
    /// Matched pairs whose canonical speaker names agree; nil when not scored.
    public var speakerName: Accuracy?
    /// Matched pairs whose cues agree, case-folded and trimmed (a missing cue reads as "").
    public var cue = Accuracy()

    public init(threshold: Double, scoresSpeakerNames: Bool) {
        self.threshold = threshold
        self.speakerName = scoresSpeakerNames ? Accuracy() : nil
    }

    /// Adds one article's quotes, aligned at this threshold.
    public mutating func add(gold: [QuoteRecord], predicted: [QuoteRecord], alignment: QuoteAlignment,
                             names: SpeakerNameMatcher) {
        counts += MatchCounts(truePositives: alignment.matched, falsePositives: alignment.spurious,
                              falseNegatives: alignment.missed)
        for (goldIndex, quote) in gold.enumerated() {
            let match = alignment.predictionForGold[goldIndex]
            recallByType[quote.type, default: Accuracy()].record(match != nil)
            guard let match else { continue }
            let prediction = predicted[match]
            speakerSpan.record(Self.speakerSpanAgrees(gold: quote, predicted: prediction))
            cue.record(Self.cueAgrees(gold: quote, predicted: prediction))
            speakerName?.record(names.matches(gold: quote.speakerName, predicted: prediction.speakerName))
        }
    }

    /// The Gender Gap Tracker speaker test: the mentions overlap by at least one code point. When the gold quote
    /// has no mention (a continuation paragraph), a prediction with no mention agrees, as the reference's
    /// floating-quote rule has it.
    public static func speakerSpanAgrees(gold: QuoteRecord, predicted: QuoteRecord) -> Bool {
        switch (gold.speakerSpan, predicted.speakerSpan) {
        case let (goldSpan?, predictedSpan?): return goldSpan.overlap(with: predictedSpan) > 0
        case (nil, nil): return true
        default: return false
        }
    }

    /// The Gender Gap Tracker cue test: lower-cased, trimmed strings are equal.
    public static func cueAgrees(gold: QuoteRecord, predicted: QuoteRecord) -> Bool {
        normalizedCue(gold.cueText) == normalizedCue(predicted.cueText)
    }

    static func normalizedCue(_ cue: String?) -> String {
        (cue ?? "").lowercased().trimmingWhitespace()
    }
}
