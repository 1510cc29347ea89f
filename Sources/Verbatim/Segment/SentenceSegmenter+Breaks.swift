/// Byte scans of `SentenceSegmenter`: the breaks ICU does not make, and the shapes the join rules look at. Offsets
/// are UTF-8.
extension SentenceSegmenter {
    /// Words at most in an opening phrase that a time may close without ending the sentence ("At 5 a.m.").
    static let openingPhraseWords = 3

    /// Breaks ICU does not make, in one pass over the stops of `paragraph`:
    /// - after an ellipsis ("...", "…") followed by white space and a sentence starter ("… Then he");
    /// - at a stop glued between a word or number and a capitalised word ("world.Today", "1,000.That"), outside web
    ///   and email addresses ("Jane.Doe@example.com", "www.example.Awesome.com");
    /// - after a full stop glued to a word and followed by a spaced ellipsis and a capitalised word ("compounds. . . .
    ///   The"): the break goes before the ellipsis, which opens the next sentence.
    func extraBreaks(in bytes: [UInt8], paragraph: TextSpan) -> [Int] {
        var result: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            let end = paragraph.end
            var position = paragraph.start
            while position < end {
                position = Self.skipToStopOrE2(in: buffer, from: position, to: end)
                guard position < end else { break }
                if let after = Self.ellipsisEnd(in: buffer, at: position, limit: end) {
                    var wordStart = after
                    while wordStart < end, buffer[wordStart] == 0x20 { wordStart += 1 }
                    if wordStart > after, let next = Token.first(in: bytes, from: wordStart, to: end),
                       isSentenceStarter(next) {
                        result.append(wordStart)
                    }
                    position = after
                    continue
                }
                if buffer[position] == 0x2E, position + 2 < end {
                    // Byte tests first: most stops are followed by a space and a word.
                    let next = buffer[position + 1]
                    if (0x41...0x5A).contains(next),
                       let glued = Self.gluedStopBreak(in: buffer, at: position, paragraph: paragraph) {
                        result.append(glued)
                    }
                    if next == 0x20, buffer[position + 2] == 0x2E,
                       let runEnd = Self.spacedRunEnd(in: buffer, at: position, limit: end) {
                        if let moved = Self.stopBeforeSpacedEllipsis(in: bytes, at: position, runEnd: runEnd,
                                                                     paragraph: paragraph) {
                            result.append(moved)
                        }
                        position = runEnd
                        continue
                    }
                }
                position += 1
            }
        }
        return result
    }

    /// The first position from `start` (before `end`) holding "." or 0xE2 (the lead byte of "…"), or `end`.
    /// Skips eight bytes at a time while none of them is one of the two.
    static func skipToStopOrE2(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var position = start
        while position + 8 <= end {
            let word = ByteWord.load(bytes, at: position)
            if ByteWord.contains(word, 0x2E) || ByteWord.contains(word, 0xE2) { break }
            position += 8
        }
        while position < end, bytes[position] != 0x2E, bytes[position] != 0xE2 { position += 1 }
        return position
    }

    /// The end of an ellipsis ("…", or three or more stops) starting at `position`, before `limit`; nil when none
    /// starts there.
    static func ellipsisEnd(in bytes: UnsafeBufferPointer<UInt8>, at position: Int, limit: Int) -> Int? {
        let byte = bytes[position]
        guard byte == 0xE2 || byte == 0x2E, position + 2 < limit else { return nil }
        if byte == 0xE2 {
            return bytes[position + 1] == 0x80 && bytes[position + 2] == 0xA6 ? position + 3 : nil
        }
        guard bytes[position + 1] == 0x2E, bytes[position + 2] == 0x2E else { return nil }
        var after = position + 3
        while after < limit, bytes[after] == 0x2E { after += 1 }
        return after
    }

    /// The start of the capitalised word after the stop at `position` when the stop is glued between a word of two
    /// or more letters (or a number) and a capitalised word ("world.Today", "Tuesday.Mr."), and the token is no
    /// address (no "@", "/" or ":", and no other stop inside it followed by a letter or digit, as in
    /// "Halo.Bungie.Org"); else nil.
    static func gluedStopBreak(in bytes: UnsafeBufferPointer<UInt8>, at position: Int, paragraph: TextSpan) -> Int? {
        guard position - 2 >= paragraph.start, position + 2 < paragraph.end else { return nil }
        let before = bytes[position - 1]
        let isDigit = (0x30...0x39).contains(before)
        let isWordEnd = (0x61...0x7A).contains(before) && isASCIILetter(bytes[position - 2])
        guard isDigit || isWordEnd, (0x41...0x5A).contains(bytes[position + 1]),
              (0x61...0x7A).contains(bytes[position + 2]) else { return nil }
        var start = position
        while start > paragraph.start, !isSpace(bytes[start - 1]) { start -= 1 }
        var end = position + 1
        while end < paragraph.end, !isSpace(bytes[end]) { end += 1 }
        for index in start..<end {
            let byte = bytes[index]
            if byte == 0x40 || byte == 0x2F || byte == 0x3A { return nil }
            if index != position, byte == 0x2E, index + 1 < end, isASCIILetterOrDigit(bytes[index + 1]) { return nil }
        }
        return position + 1
    }

    /// The end of a spaced run of three or more stops (". . .") starting at `position`, or nil.
    static func spacedRunEnd(in bytes: UnsafeBufferPointer<UInt8>, at position: Int, limit: Int) -> Int? {
        var dots = 1
        var end = position + 1
        while end + 1 < limit, bytes[end] == 0x20, bytes[end + 1] == 0x2E {
            dots += 1
            end += 2
        }
        return dots >= 3 ? end : nil
    }

    /// For a spaced run of four or more stops from `position` to `runEnd`, glued to the word before it and followed
    /// by a capitalised word: the start of the run's second stop, where the next sentence begins. Else nil.
    static func stopBeforeSpacedEllipsis(in bytes: [UInt8], at position: Int, runEnd: Int,
                                         paragraph: TextSpan) -> Int? {
        guard position > paragraph.start, !isSpace(bytes[position - 1]), (runEnd - position + 1) / 2 >= 4 else {
            return nil
        }
        guard let next = Token.first(in: bytes, from: runEnd, to: paragraph.end), next.span.start > runEnd,
              let letter = next.firstLetter, Token.isUppercase(letter) else { return nil }
        return position + 2
    }

    /// The spaced run of stops (". . .", ". . . .") that ends at `end` (the byte before `end` a stop), reading no
    /// further back than `start`: how many stops, and whether the first is glued to the word before it.
    static func spacedEllipsis(endingAt end: Int, in bytes: [UInt8], from start: Int) -> (dots: Int, glued: Bool)? {
        guard end - 1 >= start, bytes[end - 1] == 0x2E else { return nil }
        var first = end - 1
        var dots = 1
        while first - 2 >= start, bytes[first - 1] == 0x20, bytes[first - 2] == 0x2E {
            dots += 1
            first -= 2
        }
        guard dots >= 3 else { return nil }
        return (dots, first > start && !isSpace(bytes[first - 1]))
    }

    /// Whether `from..<to` holds a line break ("\n" or "\r").
    static func holdsLineBreak(_ bytes: [UInt8], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        return bytes[from..<to].contains { $0 == 0x0A || $0 == 0x0D }
    }

    /// Whether the token before `token` (inside `start..<token.span.start`) starts with a digit ("6" in "6 P.M.").
    static func followsNumber(_ token: Token, in bytes: [UInt8], from start: Int) -> Bool {
        let before = UTF8Scanner.trimmed(TextSpan(start: start, end: token.span.start), in: bytes)
        guard !before.isEmpty else { return false }
        return Token.last(in: bytes, span: before).startsWithDigit
    }

    /// Whether `span` holds more than `count` space-separated words.
    static func wordCount(_ bytes: [UInt8], _ span: TextSpan, exceeds count: Int) -> Bool {
        var words = 0
        var inWord = false
        for position in span.start..<span.end {
            let space = isSpace(bytes[position])
            if !space, !inWord {
                words += 1
                if words > count { return true }
            }
            inWord = !space
        }
        return false
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    @inline(__always)
    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    @inline(__always)
    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (0x30...0x39).contains(byte)
    }
}
