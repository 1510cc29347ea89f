/// A white-space-delimited token near a candidate sentence break, for the repair rules.
///
/// The token is a span of the text; its `String` forms are made only when a rule needs one (for a set look-up), so
/// most breaks are judged on the bytes.
struct Token {
    /// The text's UTF-8 bytes.
    private let bytes: [UInt8]
    /// The token as written, including surrounding punctuation (UTF-8 offsets).
    let span: TextSpan
    /// The token without opening quotes/brackets before it and closing quotes/brackets after it (UTF-8 offsets).
    let coreSpan: TextSpan
    /// Whether closing quotes or brackets followed the core ("end.”").
    let hasClosingPunctuation: Bool

    /// Closing quotes and brackets: " ' ” ’ ) ] } ».
    private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x201D, 0x2019, 0x29, 0x5D, 0x7D, 0xBB: return true
        default: return false
        }
    }

    /// Opening quotes and brackets: " ' “ ‘ ( [ { «.
    private static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x201C, 0x2018, 0x28, 0x5B, 0x7B, 0xAB: return true
        default: return false
        }
    }

    /// The token `span` (UTF-8 offsets, on scalar boundaries) of `bytes`.
    init(_ bytes: [UInt8], span: TextSpan) {
        self.bytes = bytes
        self.span = span
        var start = span.start
        while start < span.end {
            let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: start)
            guard Self.isOpening(scalar) else { break }
            start += length
        }
        var end = span.end
        var closed = false
        while end > start {
            let previous = UTF8Scanner.previousScalarStart(in: bytes, before: end)
            guard Self.isClosing(UTF8Scanner.scalar(in: bytes, at: previous).scalar) else { break }
            end = previous
            closed = true
        }
        self.coreSpan = TextSpan(start: start, end: end)
        self.hasClosingPunctuation = closed
    }

    /// The token as written.
    var text: String { String(decoding: bytes[span.start..<span.end], as: UTF8.self) }
    /// The core, without surrounding quotes and brackets.
    var core: String { String(decoding: coreBytes, as: UTF8.self) }
    /// The core as UTF-8.
    var coreBytes: ArraySlice<UInt8> { bytes[coreSpan.start..<coreSpan.end] }

    /// The first alphabetic scalar of the core.
    var firstLetter: Unicode.Scalar? {
        var position = coreSpan.start
        while position < coreSpan.end {
            let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: position)
            if Self.isAlphabetic(scalar) { return scalar }
            position += length
        }
        return nil
    }

    var startsWithDigit: Bool { !coreSpan.isEmpty && (0x30...0x39).contains(bytes[coreSpan.start]) }

    /// Whether the token ends with "..." or "…" (as characters).
    var endsWithEllipsis: Bool {
        // Necessary byte patterns first; the character test decides (a character can join marks to the dots).
        let end = span.end
        let dots = span.length >= 3 && bytes[end - 1] == 0x2E && bytes[end - 2] == 0x2E && bytes[end - 3] == 0x2E
        let ellipsis = span.length >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && bytes[end - 1] == 0xA6
        guard dots || ellipsis else { return false }
        let text = self.text
        return text.hasSuffix("...") || text.hasSuffix("…")
    }

    /// Whether the token is an editorial omission in square brackets ("[...]", "[…]"), closing quotes allowed.
    var isBracketedEllipsis: Bool {
        guard span.length >= 5, bytes[span.start] == 0x5B || bytes[span.start] == 0x28 else { return false }
        let core = self.core
        return core == "..." || core == "…"
    }

    /// Whether the token ends with "." (as a character).
    var endsWithStop: Bool {
        guard !span.isEmpty, bytes[span.end - 1] == 0x2E else { return false }
        return text.hasSuffix(".")
    }

    /// The core without its last character (the stop of "Gov."), for a core that ends with one.
    var stem: String {
        let core = bytes[coreSpan.start..<coreSpan.end]
        if core.allSatisfy({ $0 < 0x80 }), core.last == 0x2E {
            // ASCII ending in ".": the last character is that one byte.
            return String(decoding: core.dropLast(), as: UTF8.self)
        }
        return String(self.core.dropLast())
    }

    /// Whether `scalar` has the Alphabetic property (ASCII letters answered without a property look-up).
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) }
        return scalar.properties.isAlphabetic
    }

    /// Whether `scalar` has the Lowercase property (ASCII answered without a property look-up).
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x61...0x7A).contains(scalar.value) }
        return scalar.properties.isLowercase
    }

    /// Whether `scalar` has the Uppercase property (ASCII answered without a property look-up).
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x41...0x5A).contains(scalar.value) }
        return scalar.properties.isUppercase
    }

    /// The last token of `span`.
    static func last(in bytes: [UInt8], span: TextSpan) -> Token {
        var start = span.end
        while start > span.start {
            let previous = UTF8Scanner.previousScalarStart(in: bytes, before: start)
            if UTF8Scanner.isSpace(UTF8Scanner.scalar(in: bytes, at: previous).scalar) { break }
            start = previous
        }
        return Token(bytes, span: TextSpan(start: start, end: span.end))
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
        return Token(bytes, span: TextSpan(start: span.start, end: end))
    }

    /// "U.S", "a.m", "e.g": letters separated by stops (the final stop already removed).
    static func isDottedAbbreviation(_ stem: String) -> Bool {
        if stem.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: every character is one byte, so the shape is letter, stop, letter, ... letter.
            let bytes = Array(stem.utf8)
            guard bytes.count >= 3, bytes.count % 2 == 1 else { return false }
            for (index, byte) in bytes.enumerated() {
                let isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                if index % 2 == 0 ? !isLetter : byte != 0x2E { return false }
            }
            return true
        }
        let parts = stem.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.first!.isLetter }
    }

    /// A span that is only a list marker or label: "1.", "12)", "a.", "Q.", "iv)", "•".
    static func isListMarker(_ bytes: [UInt8], _ span: TextSpan) -> Bool {
        guard span.length <= 5 else { return false }
        let text = String(decoding: bytes[span.start..<span.end], as: UTF8.self)
        if text == "•" || text == "-" || text == "*" { return true }
        guard let last = text.last, last == "." || last == ")" else { return false }
        let body = text.dropLast().drop { $0 == "(" }
        guard !body.isEmpty else { return false }
        if body.allSatisfy(\.isNumber) { return true }
        // "a." and "Q." / "A." (question and answer labels): one letter alone never makes a sentence.
        if body.count == 1, body.first!.isLetter { return true }
        return body.allSatisfy { "ivxlc".contains($0) }
    }
}
