/// Recognises UTF-16 and UTF-32 input before any charset sniffing: by its byte order mark, or without one by the
/// zero bytes that ASCII characters leave in every code unit (XML 1.0, Appendix F), and decodes it.
enum UnicodeSniffer {
    /// A wide Unicode encoding form.
    enum Form: String, Sendable {
        case utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", utf32LE = "UTF-32LE", utf32BE = "UTF-32BE"

        /// Bytes per code unit.
        var unitSize: Int { self == .utf16LE || self == .utf16BE ? 2 : 4 }
    }

    /// The wide form of `bytes` and the length of its byte order mark (0 without one), or nil for bytes that are
    /// not recognisably UTF-16 or UTF-32 (UTF-8, legacy charsets, binary data).
    static func detect(_ bytes: ArraySlice<UInt8>) -> (form: Form, markLength: Int)? {
        let b = Array(bytes.prefix(4096))
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xFE, b[2] == 0, b[3] == 0, bytes.count % 4 == 0 { return (.utf32LE, 4) }
        if b.count >= 4, b[0] == 0, b[1] == 0, b[2] == 0xFE, b[3] == 0xFF { return (.utf32BE, 4) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return (.utf16LE, 2) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return (.utf16BE, 2) }
        // Without a mark: most units of ASCII-heavy text (markup, Latin scripts) are one non-zero byte and zeros.
        var units32 = (little: 0, big: 0, all: 0)
        var index = 0
        while index + 4 <= b.count {
            let zeroHigh = b[index + 1] == 0 && b[index + 2] == 0 && b[index + 3] == 0
            let zeroLow = b[index] == 0 && b[index + 1] == 0 && b[index + 2] == 0
            if zeroHigh && b[index] != 0 { units32.little += 1 }
            if zeroLow && b[index + 3] != 0 { units32.big += 1 }
            units32.all += 1
            index += 4
        }
        if units32.all >= 2 {
            if units32.little * 10 >= units32.all * 9 { return (.utf32LE, 0) }
            if units32.big * 10 >= units32.all * 9 { return (.utf32BE, 0) }
        }
        var units16 = (little: 0, big: 0, all: 0)
        index = 0
        while index + 2 <= b.count {
            if b[index] != 0 && b[index + 1] == 0 { units16.little += 1 }
            if b[index] == 0 && b[index + 1] != 0 { units16.big += 1 }
            units16.all += 1
            index += 2
        }
        guard units16.all >= 2 else { return nil }
        if units16.little * 10 >= units16.all * 4, units16.big * 20 <= units16.all { return (.utf16LE, 0) }
        if units16.big * 10 >= units16.all * 4, units16.little * 20 <= units16.all { return (.utf16BE, 0) }
        return nil
    }

    /// `bytes` (mark included) decoded from `form`, or nil when they are not valid in it (a lone surrogate, a
    /// value beyond U+10FFFF, a cut-off code unit).
    static func decode(_ bytes: [UInt8], form: Form, markLength: Int) -> String? {
        let body = bytes[markLength...]
        guard body.count % form.unitSize == 0 else { return nil }
        switch form {
        case .utf16LE, .utf16BE:
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            var index = body.startIndex
            while index < body.endIndex {
                let first = UInt16(body[index]), second = UInt16(body[index + 1])
                units.append(form == .utf16LE ? first | second << 8 : first << 8 | second)
                index += 2
            }
            return String(validating: units, as: UTF16.self)
        case .utf32LE, .utf32BE:
            var scalars = String.UnicodeScalarView()
            var index = body.startIndex
            while index < body.endIndex {
                var value: UInt32 = 0
                for offset in 0..<4 {
                    let byte = UInt32(body[index + (form == .utf32LE ? 3 - offset : offset)])
                    value = value << 8 | byte
                }
                guard let scalar = Unicode.Scalar(value) else { return nil }
                scalars.append(scalar)
                index += 4
            }
            return String(scalars)
        }
    }

    /// The start of `head` decoded leniently (bad units become U+FFFD), for format sniffing; nil when `head` is not
    /// UTF-16 or UTF-32.
    static func sniffingText(_ head: ArraySlice<UInt8>) -> String? {
        guard let (form, mark) = detect(head) else { return nil }
        var bytes = Array(head.dropFirst(mark))
        bytes.removeLast(bytes.count % form.unitSize)
        if let text = decode(bytes, form: form, markLength: 0) { return text }
        // A cut in the middle of a surrogate pair: drop the last unit and retry, else give up on the pattern.
        bytes.removeLast(min(bytes.count, form.unitSize))
        return decode(bytes, form: form, markLength: 0) ?? ""
    }
}
