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
        var position = 0
        let count = bytes.count
        func close(_ end: Int) {
            let span = UTF8Scanner.trimmed(TextSpan(start: lineStart, end: end), in: bytes)
            if !span.isEmpty { result.append(span) }
        }
        while position < count {
            let byte = bytes[position]
            if byte == 0x0A || byte == 0x0D {
                close(position)
                position += 1
                lineStart = position
            } else if byte == 0xE2, position + 2 < count, bytes[position + 1] == 0x80,
                      bytes[position + 2] == 0xA8 || bytes[position + 2] == 0xA9 {
                // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR.
                close(position)
                position += 3
                lineStart = position
            } else {
                position += 1
            }
        }
        close(count)
        return result
    }
}
