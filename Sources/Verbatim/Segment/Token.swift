/// A white-space-delimited token near a candidate sentence break, for the repair rules.
struct Token {
    /// The token as written, including surrounding punctuation.
    let text: String
    /// The token without opening quotes/brackets before it and closing quotes/brackets after it.
    let core: String
    /// Whether closing quotes or brackets followed the core ("end.”").
    let hasClosingPunctuation: Bool

    private static let closing: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", "}", "»"]
    private static let opening: Set<Unicode.Scalar> = ["\"", "'", "“", "‘", "(", "[", "{", "«"]

    var firstLetter: Unicode.Scalar? { core.unicodeScalars.first { $0.properties.isAlphabetic } }
    var startsWithDigit: Bool { core.utf8.first.map { (0x30...0x39).contains($0) } ?? false }

    init(_ text: String) {
        self.text = text
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, Self.opening.contains(first) { scalars = scalars.dropFirst() }
        var closed = false
        while let last = scalars.last, Self.closing.contains(last) {
            scalars = scalars.dropLast()
            closed = true
        }
        self.core = String(scalars)
        self.hasClosingPunctuation = closed
    }

    /// The last token of `span`.
    static func last(in bytes: [UInt8], span: TextSpan) -> Token {
        var start = span.end
        while start > span.start {
            let previous = UTF8Scanner.previousScalarStart(in: bytes, before: start)
            if UTF8Scanner.isSpace(UTF8Scanner.scalar(in: bytes, at: previous).scalar) { break }
            start = previous
        }
        return Token(String(decoding: bytes[start..<span.end], as: UTF8.self))
    }

    /// The first token in `from..<to`, or nil when there is only white space.
    static func first(in bytes: [UInt8], from: Int, to: Int) -> Token? {
        let span = UTF8Scanner.trimmed(TextSpan(start: from, end: to), in: bytes)
        guard !span.isEmpty else { return nil }
        var end = span.start
        while end < span.end {
            let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: end)
            if UTF8Scanner.isSpace(scalar) { break }
            end += length
        }
        return Token(String(decoding: bytes[span.start..<end], as: UTF8.self))
    }

    /// "U.S", "a.m", "e.g": letters separated by stops (the final stop already removed).
    static func isDottedAbbreviation(_ stem: String) -> Bool {
        let parts = stem.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.first!.isLetter }
    }

    /// A span that is only a list marker: "1.", "12)", "a.", "iv)", "•".
    static func isListMarker(_ bytes: [UInt8], _ span: TextSpan) -> Bool {
        guard span.length <= 5 else { return false }
        let text = String(decoding: bytes[span.start..<span.end], as: UTF8.self)
        if text == "•" || text == "-" || text == "*" { return true }
        guard let last = text.last, last == "." || last == ")" else { return false }
        let body = text.dropLast().drop { $0 == "(" }
        guard !body.isEmpty else { return false }
        if body.allSatisfy(\.isNumber) { return true }
        if body.count == 1, body.first!.isLowercase { return true }
        return body.allSatisfy { "ivxlc".contains($0) }
    }
}
