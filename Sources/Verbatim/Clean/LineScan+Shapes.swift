import Foundation

/// The shape tests of a line: word count, terminal punctuation, dates.
extension LineScan {
    /// 1 for the bytes that separate words (space, tab and 0xA0), 0 for the others, by byte value.
    private static let wordSeparators: [UInt8] = (0...255).map { $0 == 0x20 || $0 == 0x09 || $0 == 0xA0 ? 1 : 0 }

    /// The words of `span` (UTF-8 offsets): runs of bytes other than space, tab and 0xA0.
    static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> Int {
        // Branch-free: a word starts at each byte that is not a space and follows one (or the start).
        let separators = wordSeparators
        var count = 0
        var previousIsSpace = 1
        for position in span.start..<span.end {
            let isSpace = Int(separators[Int(bytes[position])])
            count &+= previousIsSpace & (isSpace ^ 1)
            previousIsSpace = isSpace
        }
        return count
    }

    /// Whether the line ends with ".", "?" or "!" (before closing quotes and brackets), and whether that is ".".
    static func terminal(_ bytes: [UInt8], _ span: TextSpan) -> (Bool, Bool) {
        var end = span.end
        while end > span.start {
            let start = UTF8Scanner.previousScalarStart(in: bytes, before: end)
            let scalar = UTF8Scanner.scalar(in: bytes, at: start).scalar
            switch scalar {
            case "\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{BB}":
                end = start
                continue
            case ".", "\u{2026}": return (true, true)
            case "?", "!": return (true, false)
            default: return (false, false)
            }
        }
        return (false, false)
    }

    /// The first "Month D, YYYY" (or "D Month YYYY") in `text`, as written.
    static func date(in text: String, _ rules: BoilerplateRules) -> String? {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
        guard tokens.count >= 3 else { return nil }
        func isMonth(_ token: Substring) -> Bool { rules.months.contains(BoilerplateRules.normalize(token.trimmingCharacters(in: CharacterSet(charactersIn: ",")))) }
        func isDay(_ token: Substring) -> Bool {
            let digits = token.trimmingCharacters(in: CharacterSet(charactersIn: ",").union(.letters))
            return (1...2).contains(digits.count) && digits.allSatisfy(\.isNumber)
        }
        func isYear(_ token: Substring) -> Bool {
            guard hasFourNumericScalars(token) else { return false }
            let digits = token.trimmingCharacters(in: .punctuationCharacters)
            return digits.count == 4 && digits.allSatisfy(\.isNumber)
        }
        // Years are rare, so they are tested first (the tests have no side effects: the order changes no answer).
        let years = tokens.map(isYear)
        for index in 0..<(tokens.count - 2) where years[index + 2] {
            if isMonth(tokens[index]), isDay(tokens[index + 1]) {
                return tokens[index...(index + 2)].joined(separator: " ").trimmingCharacters(in: .punctuationCharacters)
            }
            if isDay(tokens[index]), isMonth(tokens[index + 1]) {
                return tokens[index...(index + 2)].joined(separator: " ").trimmingCharacters(in: .punctuationCharacters)
            }
        }
        return nil
    }

    /// Whether `token` has at least four scalars of a numeric type (as `Character.isNumber` tests the first scalar
    /// of a character, a year of four numbers needs four): a cheap test before Foundation's trimming.
    private static func hasFourNumericScalars(_ token: Substring) -> Bool {
        var count = 0
        for scalar in token.unicodeScalars {
            let isNumeric = scalar.isASCII ? (0x30...0x39).contains(scalar.value) : scalar.properties.numericType != nil
            if isNumeric { count += 1 }
        }
        return count >= 4
    }

    static func startsWithMonthOrDay(_ text: String, _ rules: BoilerplateRules) -> Bool {
        guard let first = text.split(separator: " ").first else { return false }
        let word = BoilerplateRules.normalize(first).trimmingCharacters(in: CharacterSet(charactersIn: ","))
        return rules.months.contains(word) || word.first?.isNumber == true
    }
}
