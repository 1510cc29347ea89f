/// An article text as an array of Unicode scalars, so **code point** offsets index it directly.
public struct ArticleText: Sendable {
    /// The text's code points.
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Length in code points.
    public var count: Int { scalars.count }

    /// `span` clamped to the text.
    public func clamped(_ span: CodePointSpan) -> CodePointSpan {
        let start = min(max(0, span.start), scalars.count)
        return CodePointSpan(start: start, end: min(max(start, span.end), scalars.count))
    }

    /// The text of `span` (clamped to the text).
    public func substring(_ span: CodePointSpan) -> String {
        let range = clamped(span)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[range.start..<range.end])
        return String(result)
    }

    /// Whether the code point at `offset` is Unicode white space (U+00A0 included).
    public func isWhitespace(at offset: Int) -> Bool {
        scalars[offset].properties.isWhitespace
    }

    /// `span` (clamped) without leading and trailing white space; empty spans collapse to their start.
    public func trimmed(_ span: CodePointSpan) -> CodePointSpan {
        let range = clamped(span)
        var start = range.start
        var end = range.end
        while start < end, isWhitespace(at: start) { start += 1 }
        while end > start, isWhitespace(at: end - 1) { end -= 1 }
        return CodePointSpan(start: start, end: end)
    }
}
