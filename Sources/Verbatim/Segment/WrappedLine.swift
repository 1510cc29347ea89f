/// The test for a hard-wrapped line: a line break in the middle of a sentence, which joins two lines into one
/// paragraph (`ParagraphSegmenter`). Offsets are UTF-8.
///
/// The line before the break must read as prose cut off: at least `minimumWords` words, ending in a letter, a digit,
/// a comma or a hyphen (not a stop, colon or closing quotation mark). The line after it must open, right after the
/// break, with a lower-case letter. A blank line between them is a paragraph break whatever the lines hold.
enum WrappedLine {
    /// Fewer words than this on a line make it a label, menu item or headline, which a line break ends.
    static let minimumWords = 3

    /// Whether the line `lineStart..<lineEnd` continues after the line break that ends at `next`.
    static func continues(_ bytes: [UInt8], lineStart: Int, lineEnd: Int, next: Int) -> Bool {
        guard next < bytes.count else { return false }
        // Cheap test first: the next line opens with a lower-case letter (ASCII, or a non-ASCII letter to decode).
        let first = bytes[next]
        guard (0x61...0x7A).contains(first) || first >= 0xC0 else { return false }
        if first >= 0xC0, !Token.isLowercase(UTF8Scanner.scalar(in: bytes, at: next).scalar) { return false }
        let line = UTF8Scanner.trimmed(TextSpan(start: lineStart, end: lineEnd), in: bytes)
        guard !line.isEmpty else { return false }
        let lastStart = UTF8Scanner.previousScalarStart(in: bytes, before: line.end)
        let last = UTF8Scanner.scalar(in: bytes, at: lastStart).scalar
        guard Token.isAlphabetic(last) || last.properties.numericType != nil || last == "," || last == "-" else {
            return false
        }
        return wordCount(bytes, line, atLeast: minimumWords)
    }

    /// Whether `span` holds at least `count` space-separated words.
    private static func wordCount(_ bytes: [UInt8], _ span: TextSpan, atLeast count: Int) -> Bool {
        var words = 0
        var inWord = false
        for position in span.start..<span.end {
            let isSpace = bytes[position] == 0x20 || bytes[position] == 0x09
            if !isSpace, !inWord {
                words += 1
                if words >= count { return true }
            }
            inWord = !isSpace
        }
        return false
    }
}
