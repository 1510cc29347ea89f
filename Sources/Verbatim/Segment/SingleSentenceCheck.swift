/// A byte-level proof that ICU's sentence rules cannot break inside a stretch of text, so the break iterator need
/// not run: the text holds no sentence terminator except one final run of them (then only closing marks and
/// spaces), no line or paragraph separator, and no non-ASCII character beyond a short list of quotation marks,
/// dashes and the no-break space, none of which is a terminator or separator in Unicode's sentence-break
/// properties. Anything else answers false and goes to ICU. Offsets are UTF-8.
enum SingleSentenceCheck {
    /// Whether ICU would return the end of `span` as its only boundary.
    static func holdsOneSentence(_ bytes: [UInt8], _ span: TextSpan) -> Bool {
        guard span.start < span.end else { return false }
        return bytes.withUnsafeBufferPointer { iteratorStart(unlessOneSentence: $0.baseAddress!, span) == nil }
    }

    /// Where the break iterator may start reading `span` without changing the boundaries it finds: the start of the
    /// word before the word that holds the first terminator, separator or unlisted character. Everything before it is
    /// ordinary text, in which no rule breaks and to which no rule looks back. Offsets are UTF-8.
    static func iteratorStart(_ bytes: [UInt8], _ span: TextSpan) -> Int {
        guard span.start < span.end else { return span.start }
        return bytes.withUnsafeBufferPointer { ordinaryPrefix($0.baseAddress!, span).iteratorStart }
    }

    /// `iteratorStart(_:_:)`, or nil when `span` holds one sentence (`holdsOneSentence`), from one pass over the
    /// ordinary text before the first stop.
    static func iteratorStart(unlessOneSentence bytes: [UInt8], _ span: TextSpan) -> Int? {
        guard span.start < span.end else { return span.start }
        return bytes.withUnsafeBufferPointer { iteratorStart(unlessOneSentence: $0.baseAddress!, span) }
    }

    private static func iteratorStart(unlessOneSentence text: UnsafePointer<UInt8>, _ span: TextSpan) -> Int? {
        let prefix = ordinaryPrefix(text, span)
        guard prefix.end == span.end || isTerminator(text[prefix.end]) else { return prefix.iteratorStart }
        // The final run: terminators, then closing marks, then spaces, then the end.
        var position = prefix.end
        while position < span.end, isTerminator(text[position]) { position += 1 }
        while position < span.end, let length = closingLength(text, position, span.end) { position += length }
        while position < span.end, text[position] == 0x20 { position += 1 }
        return position == span.end ? nil : prefix.iteratorStart
    }

    /// The ordinary text at the start of `span`: where it ends (at the first terminator, separator or unlisted
    /// character, or the end of the span), and the start of the word before the word it ends in.
    private static func ordinaryPrefix(_ text: UnsafePointer<UInt8>, _ span: TextSpan) -> (end: Int, iteratorStart: Int) {
        var position = span.start
        // The starts of the last two words seen.
        var wordStart = span.start
        var previousWordStart = span.start
        while position < span.end {
            let byte = text[position]
            if isTerminator(byte) { break }
            guard let length = ordinaryLength(text, position, span.end) else { break }
            if byte == 0x20, position + 1 < span.end, text[position + 1] != 0x20 {
                previousWordStart = wordStart
                wordStart = position + 1
            }
            position += length
        }
        return (position, previousWordStart)
    }

    /// . ! ?
    @inline(__always)
    private static func isTerminator(_ byte: UInt8) -> Bool { byte == 0x2E || byte == 0x21 || byte == 0x3F }

    /// The length of the character at `position` when it is neither a separator nor outside the known list, else nil.
    @inline(__always)
    private static func ordinaryLength(_ text: UnsafePointer<UInt8>, _ position: Int, _ end: Int) -> Int? {
        let byte = text[position]
        if byte < 0x80 { return byte >= 0x20 || byte == 0x09 ? 1 : nil }
        // No-break space.
        if byte == 0xC2, position + 1 < end, text[position + 1] == 0xA0 { return 2 }
        // ‘ ’ “ ” – —
        if byte == 0xE2, position + 2 < end, text[position + 1] == 0x80 {
            switch text[position + 2] {
            case 0x98, 0x99, 0x9C, 0x9D, 0x93, 0x94: return 3
            default: return nil
            }
        }
        return nil
    }

    /// The length of a closing mark at `position` (" ' ) ] ’ ”), else nil.
    @inline(__always)
    private static func closingLength(_ text: UnsafePointer<UInt8>, _ position: Int, _ end: Int) -> Int? {
        switch text[position] {
        case 0x22, 0x27, 0x29, 0x5D: return 1
        case 0xE2 where position + 2 < end && text[position + 1] == 0x80 && (text[position + 2] == 0x99 || text[position + 2] == 0x9D):
            return 3
        default: return nil
        }
    }
}
