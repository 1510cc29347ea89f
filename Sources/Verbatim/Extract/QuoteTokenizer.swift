/// Splits a paragraph into `QuoteToken`s, deciding the direction of straight quotation marks from context.
enum QuoteTokenizer {
    static func tokens(in bytes: [UInt8], span paragraph: TextSpan, lexicon: QuoteLexicon) -> [QuoteToken] {
        let titleAbbreviations = lexicon.titleAbbreviations
        var tokens: [QuoteToken] = []
        var position = paragraph.start
        var previousScalar: Unicode.Scalar = " "
        while position < paragraph.end {
            let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: position)
            if UTF8Scanner.isSpace(scalar) {
                previousScalar = scalar
                position += length
                continue
            }
            if isWordScalar(scalar) {
                var end = position + length
                while end < paragraph.end {
                    let (next, nextLength) = UTF8Scanner.scalar(in: bytes, at: end)
                    if isWordScalar(next) {
                        end += nextLength
                        continue
                    }
                    // Inner joiners: an apostrophe, hyphen or stop between word characters.
                    if isJoiner(next), end + nextLength < paragraph.end {
                        let (after, _) = UTF8Scanner.scalar(in: bytes, at: end + nextLength)
                        if isWordScalar(after) {
                            end += nextLength
                            continue
                        }
                    }
                    break
                }
                // A title abbreviation or dotted abbreviation keeps its final stop ("Mr.", "U.S.").
                if end < paragraph.end, bytes[end] == 0x2E {
                    let word = String(decoding: bytes[position..<end], as: UTF8.self)
                    if titleAbbreviations.contains(word) || Token.isDottedAbbreviation(word) || isInitial(word) {
                        end += 1
                    }
                }
                tokens.append(make(.word, bytes, position, end, lexicon: lexicon))
                previousScalar = UTF8Scanner.scalar(in: bytes, at: UTF8Scanner.previousScalarStart(in: bytes, before: end)).scalar
                position = end
                continue
            }
            // Two apostrophes or two backticks stand for a double quotation mark in some archives (''Q,'' ``Q'').
            if (scalar == "'" || scalar == "`"), position + 1 < paragraph.end, bytes[position + 1] == bytes[position] {
                let nextScalar: Unicode.Scalar = position + 2 < paragraph.end
                    ? UTF8Scanner.scalar(in: bytes, at: position + 2).scalar : " "
                let opens = scalar == "`" || UTF8Scanner.isSpace(previousScalar) && !UTF8Scanner.isSpace(nextScalar)
                    || "([{—–-/".unicodeScalars.contains(previousScalar)
                tokens.append(make(opens ? .openQuote : .closeQuote, bytes, position, position + 2))
                previousScalar = "\""
                position += 2
                continue
            }
            let kind: QuoteToken.Kind
            switch scalar {
            case "“", "«", "„": kind = .openQuote
            case "”", "»": kind = .closeQuote
            case "\"":
                let nextScalar: Unicode.Scalar = position + length < paragraph.end
                    ? UTF8Scanner.scalar(in: bytes, at: position + length).scalar : " "
                let opensAfter = UTF8Scanner.isSpace(previousScalar) || "([{—–-/".unicodeScalars.contains(previousScalar)
                let closesBefore = UTF8Scanner.isSpace(nextScalar) || ".,;:!?)]}—–-".unicodeScalars.contains(nextScalar)
                kind = opensAfter && !(closesBefore && !UTF8Scanner.isSpace(previousScalar)) ? .openQuote : .closeQuote
            default: kind = .punctuation
            }
            tokens.append(make(kind, bytes, position, position + length))
            previousScalar = scalar
            position += length
        }
        return tokens
    }

    private static func make(_ kind: QuoteToken.Kind, _ bytes: [UInt8], _ start: Int, _ end: Int,
                             lexicon: QuoteLexicon? = nil) -> QuoteToken {
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        guard kind == .word else {
            return QuoteToken(kind: kind, span: TextSpan(start: start, end: end), text: text, lower: text)
        }
        // Lower-casing: ASCII words without capitals (most words) are their own lower case.
        var needsLowering = false
        for index in start..<end where bytes[index] >= 0x80 || (0x41...0x5A).contains(bytes[index]) {
            needsLowering = true
            break
        }
        let lower = needsLowering ? text.lowercased() : text
        return QuoteToken(kind: kind, span: TextSpan(start: start, end: end), text: text, lower: lower,
                          info: lexicon?.words[lower])
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "’" || scalar == "-" || scalar == "." || scalar == "‐" || scalar == "&"
    }

    private static func isInitial(_ word: String) -> Bool {
        word.unicodeScalars.count == 1 && word.unicodeScalars.first!.properties.isUppercase
    }
}
