/// One entity mention with its label. Offsets are **Unicode code points** into the article text.
///
/// Gold files list mentions flat (`{start, end, text, label}`); Verbatim output groups them by entity
/// (`{type, mentions: [{start, end, text}]}`) and is flattened into this shape when read.
public struct EntityMention: Sendable, Hashable {
    /// The mention, in code points.
    public var span: CodePointSpan
    /// The mention as written (may be empty when the line did not carry it).
    public var text: String
    public var label: EntityLabel

    public init(span: CodePointSpan, text: String = "", label: EntityLabel) {
        self.span = span
        self.text = text
        self.label = label
    }
}
