/// What each output line includes.
public struct OutputOptions: Sendable {
    /// Include the `sentences` layer.
    public var withSentences: Bool
    /// Include the article `text` for every article (HTML-derived text is always included, since offsets refer to it).
    public var withText: Bool

    public init(withSentences: Bool = false, withText: Bool = false) {
        self.withSentences = withSentences
        self.withText = withText
    }
}
