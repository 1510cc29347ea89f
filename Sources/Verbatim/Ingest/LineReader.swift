/// Splits a byte source into lines (without their `\n` or `\r\n`), never holding more than `maxLineLength` bytes of
/// one line: a longer line is skipped to its end and reported as `.tooLong`. A UTF-8 byte order mark at the start
/// is dropped.
package final class LineReader {
    /// One line of input.
    public enum Line {
        /// The bytes of a line and its 1-based number.
        case line([UInt8], number: Int)
        /// A line longer than the limit; its bytes were dropped.
        case tooLong(length: Int, number: Int)
    }

    private let source: ByteSource
    private let maxLineLength: Int
    private var chunk: [UInt8] = []
    private var chunkOffset = 0
    private var ended = false
    private var lineNumber = 0

    public init(source: ByteSource, maxLineLength: Int) {
        self.source = source
        self.maxLineLength = maxLineLength
    }

    /// The next line, or nil at the end of the input.
    public func next() throws(ArticleError) -> Line? {
        var line: [UInt8] = []
        var length = 0
        var sawAnything = false
        while true {
            if chunkOffset == chunk.count {
                if ended { break }
                chunk = try source.read(maxLength: 1 << 20)
                chunkOffset = 0
                if chunk.isEmpty {
                    ended = true
                    break
                }
            }
            sawAnything = true
            let newline = Self.firstNewline(in: chunk, from: chunkOffset)
            let end = newline ?? chunk.count
            let piece = end - chunkOffset
            if length + piece <= maxLineLength {
                line.append(contentsOf: chunk[chunkOffset..<end])
            } else {
                line = []
            }
            length += piece
            chunkOffset = newline.map { $0 + 1 } ?? chunk.count
            if newline != nil { break }
        }
        guard sawAnything else { return nil }
        lineNumber += 1
        if length > maxLineLength { return .tooLong(length: length, number: lineNumber) }
        if line.last == 0x0D { line.removeLast() }
        // A UTF-8 byte order mark (files exported on Windows carry one) is not part of the first line.
        if lineNumber == 1, line.count >= 3, line[0] == 0xEF, line[1] == 0xBB, line[2] == 0xBF { line.removeFirst(3) }
        return .line(line, number: lineNumber)
    }

    /// The position of the first `\n` in `bytes` from `start`, or nil.
    private static func firstNewline(in bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            while index + 8 <= buffer.count, !ByteWord.contains(ByteWord.load(buffer, at: index), 0x0A) { index += 8 }
            while index < buffer.count {
                if buffer[index] == 0x0A { return index }
                index += 1
            }
            return nil
        }
    }
}
