/// Splits a paragraph into `QuoteToken`s, deciding the direction of straight quotation marks from context.
///
/// Works on UTF-8 bytes: a word's lexicon classes are looked up from its bytes (ASCII capitals folded), and a
/// `String` is built only for the rare word with non-ASCII letters other than the curly apostrophe.
struct QuoteTokenizer: Sendable {
    let vocabulary: QuoteVocabulary
    /// Title abbreviations as written ("Mr", "Gov"): they keep their final stop.
    private let titleAbbreviations: Set<String>
    private let titleTable: WordTable

    init(lexicon: QuoteLexicon) {
        vocabulary = lexicon.vocabulary
        titleAbbreviations = lexicon.titleAbbreviations
        titleTable = WordTable(keys: Array(lexicon.titleAbbreviations))
    }

    /// The tokens of `paragraph` (UTF-8 offsets into `bytes`), in order.
    func tokens(in bytes: [UInt8], span paragraph: TextSpan) -> [QuoteToken] {
        var tokens: [QuoteToken] = []
        self.tokens(in: bytes, span: paragraph, into: &tokens)
        return tokens
    }

    /// The tokens of `paragraph`, written into `tokens` (emptied first, its storage kept).
    func tokens(in bytes: [UInt8], span paragraph: TextSpan, into tokens: inout [QuoteToken]) {
        tokens.removeAll(keepingCapacity: true)
        guard paragraph.start < paragraph.end else { return }
        bytes.withUnsafeBufferPointer { scan($0.baseAddress!, bytes, paragraph, into: &tokens) }
    }

    /// `tokens(in:span:into:)` over the bytes at `text` (the same bytes as `bytes`, which serves multi-byte decoding).
    private func scan(_ text: UnsafePointer<UInt8>, _ bytes: [UInt8], _ paragraph: TextSpan, into tokens: inout [QuoteToken]) {
        var position = paragraph.start
        var previousScalar: Unicode.Scalar = " "
        while position < paragraph.end {
            let byte = text[position]
            if byte < 0x80, Self.isSpaceASCII(byte) {
                previousScalar = Unicode.Scalar(byte)
                position += 1
                continue
            }
            let (scalar, length) = byte < 0x80 ? (Unicode.Scalar(byte), 1) : UTF8Scanner.scalar(in: bytes, at: position)
            if byte >= 0x80, UTF8Scanner.isSpace(scalar) {
                previousScalar = scalar
                position += length
                continue
            }
            if byte < 0x80 ? Self.isWordASCII(byte) : Self.isWordScalar(scalar) {
                var run = WordRun(start: position)
                if byte < 0x80 { run.add(ascii: byte) } else { run.add(text, scalarOf: length) }
                readWord(text, bytes, into: &run, limit: paragraph.end)
                // A title abbreviation or dotted abbreviation keeps its final stop ("Mr.", "U.S.").
                if run.end < paragraph.end, text[run.end] == 0x2E, keepsStop(text, bytes, position, run.end) {
                    run.add(ascii: 0x2E)
                }
                let end = run.end
                tokens.append(word(text, bytes, position, run, first: scalar))
                previousScalar = text[end - 1] < 0x80 ? Unicode.Scalar(text[end - 1])
                    : UTF8Scanner.scalar(in: bytes, at: UTF8Scanner.previousScalarStart(in: bytes, before: end)).scalar
                position = end
                continue
            }
            // Two apostrophes or two backticks stand for a double quotation mark in some archives (''Q,'' ``Q'').
            if scalar == "'" || scalar == "`", position + 1 < paragraph.end, text[position + 1] == text[position] {
                let nextScalar: Unicode.Scalar = position + 2 < paragraph.end ? Self.scalar(text, bytes, position + 2).scalar : " "
                let opens = scalar == "`" || UTF8Scanner.isSpace(previousScalar) && !UTF8Scanner.isSpace(nextScalar)
                    || Self.opensAfter(previousScalar)
                tokens.append(mark(opens ? .openQuote : .closeQuote, text, position, position + 2, scalar))
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
                    ? Self.scalar(text, bytes, position + length).scalar : " "
                let opensAfter = UTF8Scanner.isSpace(previousScalar) || Self.opensAfter(previousScalar)
                let closesBefore = UTF8Scanner.isSpace(nextScalar) || ".,;:!?)]}—–-".unicodeScalars.contains(nextScalar)
                kind = opensAfter && !(closesBefore && !UTF8Scanner.isSpace(previousScalar)) ? .openQuote : .closeQuote
            default: kind = .punctuation
            }
            tokens.append(mark(kind, text, position, position + length, scalar))
            previousScalar = scalar
            position += length
        }
    }

    /// Extends `run` over the rest of its word: word characters, and inner joiners (an apostrophe, hyphen or stop
    /// between word characters).
    private func readWord(_ text: UnsafePointer<UInt8>, _ bytes: [UInt8], into run: inout WordRun, limit: Int) {
        while run.end < limit {
            let byte = text[run.end]
            if byte < 0x80 {
                if Self.isWordASCII(byte) {
                    run.add(ascii: byte)
                    continue
                }
                guard byte == 0x27 || byte == 0x2D || byte == 0x2E || byte == 0x26,
                      run.end + 1 < limit, isWordCharacter(text, bytes, run.end + 1) else { break }
                run.add(ascii: byte)
            } else {
                let (next, length) = UTF8Scanner.scalar(in: bytes, at: run.end)
                if !Self.isWordScalar(next) {
                    guard Self.isJoiner(next), run.end + length < limit, isWordCharacter(text, bytes, run.end + length) else { break }
                }
                run.add(text, scalarOf: length)
            }
        }
    }

    @inline(__always)
    private func isWordCharacter(_ text: UnsafePointer<UInt8>, _ bytes: [UInt8], _ position: Int) -> Bool {
        let byte = text[position]
        return byte < 0x80 ? Self.isWordASCII(byte) : Self.isWordScalar(UTF8Scanner.scalar(in: bytes, at: position).scalar)
    }

    /// Whether the word `start..<end`, followed by a stop, keeps it: a title abbreviation ("Mr"), a dotted
    /// abbreviation ("U.S") or an initial ("J").
    private func keepsStop(_ text: UnsafePointer<UInt8>, _ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        if titleTable.index(text + start, end - start, fold: false) != nil { return true }
        guard Self.isASCII(text, start, end) else {
            let word = String(decoding: bytes[start..<end], as: UTF8.self)
            return Token.isDottedAbbreviation(word)
                || word.unicodeScalars.count == 1 && word.unicodeScalars.first!.properties.isUppercase
        }
        if end - start == 1 { return Self.isUpperASCII(text[start]) }
        // "U.S": single letters joined by stops.
        guard (end - start) % 2 == 1 else { return false }
        for offset in stride(from: start, to: end, by: 2) where !Self.isLetterASCII(text[offset]) { return false }
        for offset in stride(from: start + 1, to: end, by: 2) where text[offset] != 0x2E { return false }
        return true
    }

    /// A punctuation or quotation mark token, with the classes the lexicons give it as written ("-" may not open a
    /// reported clause).
    private func mark(_ kind: QuoteToken.Kind, _ text: UnsafePointer<UInt8>, _ start: Int, _ end: Int,
                      _ scalar: Unicode.Scalar) -> QuoteToken {
        let number = vocabulary.number(text + start, end - start, fold: false)
        return QuoteToken(kind: kind, span: TextSpan(start: start, end: end), scalar: scalar,
                          classes: number >= 0 ? vocabulary.classes(of: number) : [], word: number)
    }

    /// The word token `start..<end`, with its shape and lexicon classes.
    private func word(_ text: UnsafePointer<UInt8>, _ bytes: [UInt8], _ start: Int, _ run: WordRun, first: Unicode.Scalar) -> QuoteToken {
        let end = run.end
        let span = TextSpan(start: start, end: end)
        guard run.isSimple else { return slowWord(bytes, span) }
        var shape: QuoteToken.Shape = []
        if Self.isUpperASCII(text[start]) { shape.insert(.capitalized) }
        if run.hasUppercaseASCII { shape.insert(.hasUppercase) }
        let length = end - start
        if text[end - 1] == 0x73 {
            if length >= 2, text[end - 2] == 0x27 { shape.insert(.possessive) }
            if length >= 4, text[end - 4] == 0xE2, text[end - 3] == 0x80, text[end - 2] == 0x99 { shape.insert(.curlyPossessive) }
        }
        if shape.contains(.capitalized), titleTable.index(text + start, length - 1, fold: false) != nil {
            shape.insert(.titleStem)
        }
        if Self.endsIn(text, end, length, "ing") { shape.insert(.endsInIng) }
        if Self.endsIn(text, end, length, "ly") { shape.insert(.endsInLy) }
        if Self.endsIn(text, end, length, "ever") { shape.insert(.endsInEver) }
        let number = vocabulary.number(text + start, length, foldedHash: run.hash)
        return QuoteToken(kind: .word, span: span, scalar: first, shape: shape,
                          classes: number >= 0 ? vocabulary.classes(of: number) : [], word: number)
    }

    /// A word with non-ASCII letters: its shape decided on `String`s, with Unicode case rules.
    private func slowWord(_ bytes: [UInt8], _ span: TextSpan) -> QuoteToken {
        let text = String(decoding: bytes[span.start..<span.end], as: UTF8.self)
        let lower = text.lowercased()
        let first = text.unicodeScalars.first!
        var shape: QuoteToken.Shape = []
        if first.value < 0x80 ? Self.isUpperASCII(UInt8(first.value)) : first.properties.isUppercase { shape.insert(.capitalized) }
        if lower != text { shape.insert(.hasUppercase) }
        if text.hasSuffix("'s") { shape.insert(.possessive) } else if text.hasSuffix("’s") { shape.insert(.curlyPossessive) }
        if shape.contains(.capitalized), titleAbbreviations.contains(String(text.dropLast())) { shape.insert(.titleStem) }
        if lower.hasSuffix("ing") { shape.insert(.endsInIng) }
        if lower.hasSuffix("ly") { shape.insert(.endsInLy) }
        if lower.hasSuffix("ever") { shape.insert(.endsInEver) }
        let number = vocabulary.number(of: lower)
        return QuoteToken(kind: .word, span: span, scalar: first, shape: shape,
                          classes: number >= 0 ? vocabulary.classes(of: number) : [], word: number)
    }

    @inline(__always)
    private static func scalar(_ text: UnsafePointer<UInt8>, _ bytes: [UInt8], _ position: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let byte = text[position]
        return byte < 0x80 ? (Unicode.Scalar(byte), 1) : UTF8Scanner.scalar(in: bytes, at: position)
    }

    /// Whether the lower-case form of the `length` bytes ending at `end` ends in the ASCII `suffix`.
    @inline(__always)
    private static func endsIn(_ text: UnsafePointer<UInt8>, _ end: Int, _ length: Int, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard length >= count else { return false }
        let pattern = suffix.utf8Start
        for offset in 0..<count {
            var byte = text[end - count + offset]
            if isUpperASCII(byte) { byte |= 0x20 }
            if byte != pattern[offset] { return false }
        }
        return true
    }

    private static func isASCII(_ text: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        for offset in start..<end where text[offset] >= 0x80 { return false }
        return true
    }

    @inline(__always) private static func isWordASCII(_ byte: UInt8) -> Bool {
        (byte &- 0x30) < 10 || (byte | 0x20) &- 0x61 < 26
    }

    @inline(__always) private static func isSpaceASCII(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte &- 0x09) < 5
    }

    @inline(__always) private static func isUpperASCII(_ byte: UInt8) -> Bool { (byte &- 0x41) < 26 }
    @inline(__always) private static func isLetterASCII(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    private static func opensAfter(_ scalar: Unicode.Scalar) -> Bool {
        "([{—–-/".unicodeScalars.contains(scalar)
    }

    /// Letters, digits and combining marks: the token layer's definition of a word character (`Tokenizer`), so a
    /// decomposed "José" is one word here too.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        Tokenizer.isWordCharacter(scalar)
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "’" || scalar == "-" || scalar == "." || scalar == "‐" || scalar == "&"
    }
}
