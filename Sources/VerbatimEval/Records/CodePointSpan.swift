/// A half-open range of an article's text in **Unicode code points** (Python `str` indices), end exclusive.
///
/// Gold files and Verbatim output both count offsets in code points, so a span read from either side can be
/// compared directly. Never UTF-16 units, UTF-8 bytes or grapheme clusters.
public struct CodePointSpan: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// First code point of the span.
    public var start: Int
    /// One past the last code point of the span.
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Length in code points (0 for an empty or inverted span).
    public var length: Int { max(0, end - start) }

    /// How many code points this span shares with `other`.
    public func overlap(with other: CodePointSpan) -> Int {
        max(0, min(end, other.end) - max(start, other.start))
    }

    public static func < (lhs: CodePointSpan, rhs: CodePointSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "[\(start), \(end))" }
}
