/// One quote, from a gold file or from a prediction. Offsets are **Unicode code points** into the article text.
///
/// Both shapes are read into this one value: the gold format (`speaker`, `speaker_start`, `speaker_end`,
/// `speaker_canonical`, `cue`, `cue_start`, `cue_end` as flat fields) and the Verbatim output format
/// (`speaker: {start, end, text}`, `speaker_name`, `cue: {start, end, text, lemma}`, `rule`, `group`).
public struct QuoteRecord: Sendable, Hashable {
    /// The quote's id in a Verbatim output line, when it has one.
    public var id: String?
    /// The quoted content, in code points.
    public var span: CodePointSpan
    /// The quoted content as written (may be empty when the line did not carry it).
    public var text: String
    /// `direct`, `indirect` or `mixed` (other values are kept as given).
    public var type: String
    /// The speaker mention as written, or nil when the quote has no local mention.
    public var speakerText: String?
    /// The speaker mention, in code points, or nil.
    public var speakerSpan: CodePointSpan?
    /// The canonical speaker name (gold `speaker_canonical`, predicted `speaker_name`), or nil.
    public var speakerName: String?
    /// The cue as written ("said", "according to", ":"), or nil.
    public var cueText: String?
    /// The cue, in code points, or nil.
    public var cueSpan: CodePointSpan?
    /// The rule that produced a predicted quote, or nil.
    public var rule: String?
    /// The group linking the paragraphs of one quotation, or nil.
    public var group: String?

    public init(id: String? = nil, span: CodePointSpan, text: String = "", type: String,
                speakerText: String? = nil, speakerSpan: CodePointSpan? = nil, speakerName: String? = nil,
                cueText: String? = nil, cueSpan: CodePointSpan? = nil, rule: String? = nil, group: String? = nil) {
        self.id = id
        self.span = span
        self.text = text
        self.type = type
        self.speakerText = speakerText
        self.speakerSpan = speakerSpan
        self.speakerName = speakerName
        self.cueText = cueText
        self.cueSpan = cueSpan
        self.rule = rule
        self.group = group
    }
}
