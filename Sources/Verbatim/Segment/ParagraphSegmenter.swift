/// Splits the text into paragraphs: every non-blank line is a paragraph.
///
/// News text separates paragraphs with blank lines or, in many dumps, with single newlines; a sentence never runs
/// across a newline in either, so each line is a paragraph. Spans are trimmed of white space (UTF-8 offsets).
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
            close(breakStart)
            position = breakEnd
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
                if byte == 0x0A || byte == 0x0D { return (position, position + 1) }
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
