/// What each output line includes.
public struct OutputOptions: Sendable {
    /// Include the `sentences` layer.
    public var withSentences: Bool
    /// Include the article `text` for every article (HTML-derived text is always included, since offsets refer to it).
    public var withText: Bool
    /// Include the `tokens` layer (spans and UPOS tags) and the `chunks` (the pipeline must run the syntax stages).
    public var withTokens: Bool

    public init(withSentences: Bool = false, withText: Bool = false, withTokens: Bool = false) {
        self.withSentences = withSentences
        self.withText = withText
        self.withTokens = withTokens
    }
}
