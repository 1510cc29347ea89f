/// A list-item marker at the start of an item: a bullet ("•", "⁃"), a label with its closer ("1.", "2)", "1.)",
/// "a.", "(iv)"), or a bullet then a label ("• 9.", "⁃10."). Offsets are UTF-8.
///
/// Two markers belong to one list when they have the same `style` and the second's label follows the first's
/// (9 then 10, a then b, or the same bare bullet again); see `ListEnumeration`.
struct ListMarker: Equatable {
    /// What the label is made of.
    enum LabelKind: Equatable { case none, number, lowercaseLetter, uppercaseLetter, roman }

    /// The shape shared by the markers of one list: bullet or not, label kind and the closing characters.
    struct Style: Equatable {
        let bullet: Bool
        let label: LabelKind
        let closer: [UInt8]
    }

    /// The marker as written, from its first byte to its last (UTF-8 offsets).
    let span: TextSpan
    let style: Style
    /// The label's value: the number, the letter's place in the alphabet, the roman numeral; 0 without a label.
    let value: Int

    /// Whether `next` is the marker of the item after this one in the same list.
    func isFollowed(by next: ListMarker) -> Bool {
        guard next.style == style else { return false }
        return style.label == .none || next.value == value + 1
    }

    /// The marker that starts at `start` and is followed by a space or tab, before `limit`; nil when none does.
    /// A bullet is one of `bullets` (single characters as UTF-8).
    static func parse(_ bytes: [UInt8], at start: Int, limit: Int, bullets: [[UInt8]]) -> ListMarker? {
        guard start < limit, mayStartMarker(bytes, at: start, limit: limit) else { return nil }
        var position = start
        var bullet = false
        if let length = bulletLength(bytes, at: position, limit: limit, bullets: bullets) {
            bullet = true
            position += length
            if isSpace(bytes, position, limit) {
                // "• 9. item": the bullet, then perhaps a label of its own.
                var labelStart = position
                while isSpace(bytes, labelStart, limit) { labelStart += 1 }
                if let label = label(bytes, at: labelStart, limit: limit), isSpace(bytes, label.end, limit) {
                    return ListMarker(span: TextSpan(start: start, end: label.end),
                                      style: Style(bullet: true, label: label.kind, closer: label.closer),
                                      value: label.value)
                }
                return ListMarker(span: TextSpan(start: start, end: position),
                                  style: Style(bullet: true, label: .none, closer: []), value: 0)
            }
        }
        guard let label = label(bytes, at: position, limit: limit), isSpace(bytes, label.end, limit) else { return nil }
        return ListMarker(span: TextSpan(start: start, end: label.end),
                          style: Style(bullet: bullet, label: label.kind, closer: label.closer), value: label.value)
    }

    /// A cheap necessary test: a bullet may start here (a non-ASCII character, "-", "*"), or a label does: "(",
    /// digits then "." or ")", or one to four letters then "." or ")".
    @inline(__always)
    private static func mayStartMarker(_ bytes: [UInt8], at start: Int, limit: Int) -> Bool {
        let first = bytes[start]
        if first >= 0x80 || first == 0x2D || first == 0x2A || first == 0x28 { return true }
        var position = start
        while position < limit, position - start < 4, isLabelByte(bytes[position]) { position += 1 }
        return position > start && position < limit && (bytes[position] == 0x2E || bytes[position] == 0x29)
    }

    private static func isSpace(_ bytes: [UInt8], _ position: Int, _ limit: Int) -> Bool {
        position < limit && (bytes[position] == 0x20 || bytes[position] == 0x09)
    }

    private static func bulletLength(_ bytes: [UInt8], at position: Int, limit: Int, bullets: [[UInt8]]) -> Int? {
        for bullet in bullets where position + bullet.count <= limit {
            if bytes[position..<position + bullet.count].elementsEqual(bullet) { return bullet.count }
        }
        return nil
    }

    /// A label and its closer at `position`: one to three digits, one letter or a short roman numeral, optionally
    /// inside "(" ... ")", then ".", ")" or ".)".
    private static func label(_ bytes: [UInt8], at position: Int, limit: Int)
        -> (end: Int, kind: LabelKind, value: Int, closer: [UInt8])? {
        var cursor = position
        let parenthesised = cursor < limit && bytes[cursor] == 0x28
        if parenthesised { cursor += 1 }
        let bodyStart = cursor
        while cursor < limit, cursor - bodyStart < 4, isLabelByte(bytes[cursor]) { cursor += 1 }
        let body = Array(bytes[bodyStart..<cursor])
        guard !body.isEmpty, let (kind, value) = classify(body) else { return nil }
        let closerStart = cursor
        if parenthesised {
            guard cursor < limit, bytes[cursor] == 0x29 else { return nil }
            cursor += 1
        } else {
            if cursor < limit, bytes[cursor] == 0x2E { cursor += 1 }
            if cursor < limit, bytes[cursor] == 0x29 { cursor += 1 }
            guard cursor > closerStart else { return nil }
        }
        return (cursor, kind, value, Array(bytes[closerStart..<cursor]))
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Digits are a number (at most three), one letter is a letter, "ii", "iv", "xi" ... are roman numerals.
    private static func classify(_ body: [UInt8]) -> (LabelKind, Int)? {
        if body.allSatisfy({ (0x30...0x39).contains($0) }) {
            guard body.count <= 3 else { return nil }
            return (.number, body.reduce(0) { $0 * 10 + Int($1 - 0x30) })
        }
        if body.count == 1 {
            let byte = body[0]
            if (0x61...0x7A).contains(byte) { return (.lowercaseLetter, Int(byte - 0x60)) }
            if (0x41...0x5A).contains(byte) { return (.uppercaseLetter, Int(byte - 0x40)) }
            return nil
        }
        return romanValue(body).map { (.roman, $0) }
    }

    /// The value of a lower-case roman numeral up to "xxx", or nil.
    private static func romanValue(_ body: [UInt8]) -> Int? {
        let values: [UInt8: Int] = [0x69: 1, 0x76: 5, 0x78: 10]
        var total = 0
        var previous = 0
        for byte in body.reversed() {
            guard let value = values[byte] else { return nil }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total > 0 && total <= 30 ? total : nil
    }
}
