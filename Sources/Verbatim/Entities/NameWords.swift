/// The words of the names found in one article, stored once as spans (**UTF-8 byte offsets**) into the article's
/// bytes. A `MentionCandidate` or `UnresolvedName` holds a range of positions in `spans` instead of an array of
/// strings, so that a mention copies without reference counting; the text of a word is built only when a rule asks
/// for it.
struct NameWords: Sendable {
    /// The article's text as UTF-8.
    let bytes: [UInt8]
    /// Every word of every name, in the order the finder met them.
    private(set) var spans: [TextSpan] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Adds the word at `span` (UTF-8 offsets) and returns its position, as a range of one.
    mutating func append(_ span: TextSpan) -> Range<Int> {
        spans.append(span)
        return (spans.count - 1)..<spans.count
    }

    /// Adds one word; a run of `add(_:)` calls between two reads of `endPosition` gives a name's positions.
    mutating func add(_ span: TextSpan) {
        spans.append(span)
    }

    /// The position the next added word will take.
    var endPosition: Int { spans.count }

    /// The word at `position` as written.
    func text(_ position: Int) -> String {
        let span = spans[position]
        return String(decoding: bytes[span.start..<span.end], as: UTF8.self)
    }

    /// The words at `positions` joined by one space.
    func joined(_ positions: Range<Int>) -> String {
        if positions.count == 1 { return text(positions.lowerBound) }
        // Most names are written with one space between their words: then the text is the joined name.
        let first = spans[positions.lowerBound]
        let last = spans[positions.upperBound - 1]
        if positions.dropFirst().allSatisfy({ spans[$0].start == spans[$0 - 1].end + 1 && bytes[spans[$0].start - 1] == 0x20 }) {
            return String(decoding: bytes[first.start..<last.end], as: UTF8.self)
        }
        var utf8: [UInt8] = []
        for position in positions {
            if position > positions.lowerBound { utf8.append(0x20) }
            let span = spans[position]
            utf8.append(contentsOf: bytes[span.start..<span.end])
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The UTF-8 length of the word at `position`.
    func length(_ position: Int) -> Int { spans[position].length }

    /// Whether the word at `position` is "The" (an ASCII word: bytes decide, as `String` equality would).
    func isThe(_ position: Int) -> Bool {
        let span = spans[position]
        return span.length == 3 && bytes[span.start] == UInt8(ascii: "T") && bytes[span.start + 1] == UInt8(ascii: "h")
            && bytes[span.start + 2] == UInt8(ascii: "e")
    }

    /// The first UTF-8 byte of the word at `position`.
    func firstByte(_ position: Int) -> UInt8 { bytes[spans[position].start] }
}
