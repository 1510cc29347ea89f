/// The entity metric: exact span and label, per class (PERSON, ORG, GPE+LOC) and micro-averaged; and a relaxed
/// variant that ignores a leading "the" and a trailing possessive "'s" on both sides. Offsets are code points.
public struct EntityScores: Sendable {
    /// Exact-span counts per class.
    public var exact: [EntityClass: MatchCounts] = [:]
    /// Relaxed-span counts per class.
    public var relaxed: [EntityClass: MatchCounts] = [:]

    public init() {}

    /// Exact counts over all classes.
    public var exactMicro: MatchCounts { exact.values.reduce(MatchCounts(), +) }
    /// Relaxed counts over all classes.
    public var relaxedMicro: MatchCounts { relaxed.values.reduce(MatchCounts(), +) }

    /// Adds one article. Predicted mentions whose text is a pronoun are not entity mentions and are left out.
    /// `text` is the article (used to read mention texts and to relax spans); without it the mentions' own
    /// `text` fields are used.
    public mutating func add(gold: [EntityMention], predicted: [EntityMention], text: ArticleText?,
                             pronouns: Set<String>) {
        let kept = predicted.filter { !pronouns.contains(Self.mentionText($0, in: text).lowercased()) }
        for entityClass in EntityClass.allCases {
            let goldMentions = gold.filter { $0.label.scoringClass == entityClass }
            let predictedMentions = kept.filter { $0.label.scoringClass == entityClass }
            exact[entityClass, default: MatchCounts()] += MatchCounts.multiset(
                gold: goldMentions.map(\.span), predicted: predictedMentions.map(\.span))
            relaxed[entityClass, default: MatchCounts()] += MatchCounts.multiset(
                gold: goldMentions.map { Self.relaxedSpan($0, in: text) },
                predicted: predictedMentions.map { Self.relaxedSpan($0, in: text) })
        }
    }

    /// The mention's text: read from the article when there is one, else the mention's own `text`.
    static func mentionText(_ mention: EntityMention, in text: ArticleText?) -> String {
        if let text { return text.substring(mention.span) }
        return mention.text
    }

    /// The span without a leading "the" (any case, with the white space after it) and a trailing "'s" or "’s".
    public static func relaxedSpan(_ mention: EntityMention, in text: ArticleText?) -> CodePointSpan {
        let scalars = Array(mentionText(mention, in: text).unicodeScalars)
        var start = 0
        var end = scalars.count
        if scalars.count > 4, String(String.UnicodeScalarView(scalars[0..<3])).lowercased() == "the",
           scalars[3].properties.isWhitespace {
            start = 3
            while start < end, scalars[start].properties.isWhitespace { start += 1 }
        }
        if end - start > 2, scalars[end - 1] == "s", scalars[end - 2] == "'" || scalars[end - 2] == "\u{2019}" {
            end -= 2
        }
        return CodePointSpan(start: mention.span.start + start, end: mention.span.start + end)
    }
}
