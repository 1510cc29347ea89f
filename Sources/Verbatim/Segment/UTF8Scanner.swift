/// Small helpers for scanning UTF-8 bytes. All positions are UTF-8 byte offsets.
enum UTF8Scanner {
    /// The scalar starting at `position`, and its length in bytes. Invalid sequences decode as U+FFFD, 1 byte.
    static func scalar(in bytes: [UInt8], at position: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[position]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return ("\u{FFFD}", 1)
        }
        guard position + length <= bytes.count else { return ("\u{FFFD}", 1) }
        for offset in 1..<length {
            let byte = bytes[position + offset]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The start of the scalar that ends just before `position`.
    static func previousScalarStart(in bytes: [UInt8], before position: Int) -> Int {
        var start = position - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 && position - start < 4 { start -= 1 }
        return start
    }

    /// Whether `scalar` is white space, including no-break and other Unicode spaces and the BOM.
    /// (The explicit list is Unicode's White_Space set, checked without a property lookup on the hot path.)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// `span` with white space removed from both ends.
    static func trimmed(_ span: TextSpan, in bytes: [UInt8]) -> TextSpan {
        var start = span.start
        var end = span.end
        while start < end {
            let (scalar, length) = scalar(in: bytes, at: start)
            guard isSpace(scalar) else { break }
            start += length
        }
        while end > start {
            let previous = previousScalarStart(in: bytes, before: end)
            guard isSpace(scalar(in: bytes, at: previous).scalar) else { break }
            end = previous
        }
        return TextSpan(start: start, end: end)
    }
}
