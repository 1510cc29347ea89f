/// The plain-text boilerplate metric: precision and recall of the text kept as article body against the gold
/// body, per code point, over non-white-space code points. Kept text is everything outside the predicted
/// boilerplate spans; gold body is everything outside the gold boilerplate spans.
public struct BoilerplateScores: Sendable {
    /// tp: body kept; fp: boilerplate kept; fn: body removed (counts of non-white-space code points).
    public var characters = MatchCounts()

    public init() {}

    /// Adds one article. `predicted` nil means the prediction kept nothing (a failed or missing article).
    public mutating func add(gold: [CodePointSpan], predicted: [CodePointSpan]?, text: ArticleText) {
        let goldBody = Self.mask(removing: gold, count: text.count)
        let kept = predicted.map { Self.mask(removing: $0, count: text.count) }
            ?? [Bool](repeating: false, count: text.count)
        var counts = MatchCounts()
        for offset in 0..<text.count where !text.isWhitespace(at: offset) {
            switch (kept[offset], goldBody[offset]) {
            case (true, true): counts.truePositives += 1
            case (true, false): counts.falsePositives += 1
            case (false, true): counts.falseNegatives += 1
            case (false, false): break
            }
        }
        characters += counts
    }

    /// For each code point, whether it lies outside every span.
    static func mask(removing spans: [CodePointSpan], count: Int) -> [Bool] {
        var mask = [Bool](repeating: true, count: count)
        for span in spans {
            let start = min(max(0, span.start), count)
            let end = min(max(start, span.end), count)
            for offset in start..<end { mask[offset] = false }
        }
        return mask
    }
}
