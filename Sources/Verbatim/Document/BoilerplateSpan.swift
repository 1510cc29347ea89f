/// A stretch of the text that is not article body: masked from extraction, never removed from the text.
public struct BoilerplateSpan: Sendable, Hashable {
    /// What kind of noise the span is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case navigation, advertisement, caption, credit, promo, teaser, byline, footer, title, dateline, related, comment, share
    }

    /// The masked text, in UTF-8 offsets.
    public var span: TextSpan
    public var kind: Kind
    /// The rule or pattern that classified the span (e.g. `pattern:ui_label`), for debugging.
    public var rule: String

    public init(span: TextSpan, kind: Kind, rule: String) {
        self.span = span
        self.kind = kind
        self.rule = rule
    }
}
