/// Splits the text into paragraphs: every non-blank line is a paragraph, except hard-wrapped lines.
///
/// News text separates paragraphs with blank lines or, in many dumps, with single newlines, so a line is a paragraph.
/// A line cut off in the middle of a sentence (hard-wrapped text, copies of PDFs) goes on in the next line: when a
/// line of at least three words ends in a letter, digit, comma or hyphen and the next line (after a single line
/// break) opens with a lower-case letter, the two are one paragraph (`WrappedLine`). Headlines and menu lines
/// ("features", "contact manager") stay paragraphs of their own. Spans are trimmed of white space (UTF-8 offsets).
public struct ParagraphSegmenter: Stage {
    public let name = "paragraphs"
    public let requires: Set<Layer> = []
    public let provides: Set<Layer> = [.paragraphs]

    public init() {}

    public func process(_ document: inout Document) throws(ArticleError) {
        document.paragraphs = Self.paragraphs(in: document.utf8)
    }

    /// Paragraph spans (UTF-8 offsets) of `bytes`.
    public static func paragraphs(in bytes: [UInt8]) -> [TextSpan] {
        var result: [TextSpan] = []
        var lineStart = 0
        func close(_ end: Int) {
            let span = UTF8Scanner.trimmed(TextSpan(start: lineStart, end: end), in: bytes)
            if !span.isEmpty { result.append(span) }
        }
        var position = 0
        while let (breakStart, breakEnd) = nextLineBreak(in: bytes, from: position) {
            position = breakEnd
            // Most breaks are followed by another break or a capital: only a lower-case letter (or a non-ASCII lead
            // byte) can open a wrapped line's continuation.
            if breakEnd < bytes.count, (0x61...0x7A).contains(bytes[breakEnd]) || bytes[breakEnd] >= 0xC0,
               WrappedLine.continues(bytes, lineStart: lineStart, lineEnd: breakStart, next: breakEnd) {
                continue
            }
            close(breakStart)
            lineStart = position
        }
        close(bytes.count)
        return result
    }

    /// The first line break at or after `start`: its first byte and the byte after it. Line breaks are "\n", "\r",
    /// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR.
    private static func nextLineBreak(in bytes: [UInt8], from start: Int) -> (Int, Int)? {
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var position = start
            while position < count {
                let byte = buffer[position]
                if byte == 0x0A { return (position, position + 1) }
                if byte == 0x0D {
                    // "\r\n" is one line break.
                    let next = position + 1
                    return (position, next < count && buffer[next] == 0x0A ? next + 1 : next)
                }
                if byte == 0xE2, position + 2 < count, buffer[position + 1] == 0x80,
                   buffer[position + 2] == 0xA8 || buffer[position + 2] == 0xA9 {
                    return (position, position + 3)
                }
                position += 1
            }
            return nil
        }
    }
}
