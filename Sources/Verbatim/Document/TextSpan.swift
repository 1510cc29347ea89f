/// A half-open range of the article text, in **UTF-8 byte offsets** from the start of `Document.text`.
///
/// Every layer stores spans in UTF-8 offsets; the emitter converts them to Unicode code points once, at output.
public struct TextSpan: Sendable, Hashable, Comparable, Codable {
    /// First UTF-8 byte of the span.
    public var start: Int
    /// One past the last UTF-8 byte of the span.
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "a span cannot end before it starts")
        self.start = start
        self.end = end
    }

    /// Length in UTF-8 bytes.
    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
