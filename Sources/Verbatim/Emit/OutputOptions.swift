/// What each output line includes.
public struct OutputOptions: Sendable {
    /// Include the `sentences` layer.
    public var withSentences: Bool
    /// Include the article `text` for every article (HTML-derived text is always included, since offsets refer to it).
    public var withText: Bool
    /// Include the `tokens` layer (spans and UPOS tags) and the `chunks` (the pipeline must run the syntax stages).
    public var withTokens: Bool
    /// When set, every line (error records included) carries it as `"options"`: what made the records (the
    /// command-line tool puts a fingerprint of its record-changing options here, which `--resume` checks).
    public var runFingerprint: String?

    public init(withSentences: Bool = false, withText: Bool = false, withTokens: Bool = false,
                runFingerprint: String? = nil) {
        self.withSentences = withSentences
        self.withText = withText
        self.withTokens = withTokens
        self.runFingerprint = runFingerprint
    }
}
