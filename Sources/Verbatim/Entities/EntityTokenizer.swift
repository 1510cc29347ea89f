/// Splits a sentence into `EntityToken`s by scanning UTF-8 bytes. All positions are **UTF-8 byte offsets**.
///
/// Words are runs of letters, digits and combining marks, with inner apostrophes ("O'Brien"), inner hyphens
/// ("Jean-Pierre"), dotted initials ("U.S.", "J.K.") and listed abbreviations with their stop ("Mr.", "Inc.").
/// A possessive is cut off the word, and a capitalised word before a modifier suffix is cut at the hyphen
/// ("Toronto-area" gives "Toronto", then "area"). ASCII is classified from a table; a `String` is built only for
/// capitalised words and words the lexicon knows.
struct EntityTokenizer: Sendable {
    /// Words that keep their final stop ("Mr.", "Inc.", "St."), as written with the stop.
    let dottedWords: Set<String>
    /// The same words, looked up from bytes.
    let dottedTable: WordTable
    /// Lower-case words that make "X-word" a modifier ("area", "based").
    let hyphenSuffixes: Set<String>
    /// Word classes by lower-cased word, and by the word as written.
    let lowerTable: WordTable
    let exactTable: WordTable

    init(dottedWords: Set<String>, hyphenSuffixes: Set<String>, classesByLower: [String: EntityWordClass],
         classesByWord: [String: EntityWordClass]) {
        self.dottedWords = dottedWords
        self.dottedTable = WordTable(Dictionary(uniqueKeysWithValues: dottedWords.map { ($0, EntityWordClass.title) }))
        self.hyphenSuffixes = hyphenSuffixes
        self.lowerTable = WordTable(classesByLower)
        self.exactTable = WordTable(classesByWord)
    }

    /// The position of `word` in the table of words as written (what `EntityToken.exactEntry` holds), or nil.
    func exactIndex(of word: String) -> Int? {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { exactTable.index($0, bytes.count, fold: false) }
        }
    }

    /// The number of words in the table of words as written.
    var exactCount: Int { exactTable.count }

    @inline(__always) private static func isWordASCII(_ byte: UInt8) -> Bool {
        (byte &- 0x61) < 26 || (byte &- 0x41) < 26 || (byte &- 0x30) < 10
    }

    @inline(__always) private static func isSpaceASCII(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte &- 0x09) < 5
    }

    /// The tokens of `span` (UTF-8 offsets into `bytes`), in order, written into `tokens` (emptied first).
    func tokens(in bytes: [UInt8], span: TextSpan, into tokens: inout [EntityToken]) {
        tokens.removeAll(keepingCapacity: true)
        guard span.start < span.end else { return }
        precondition(bytes.count <= Int(UInt32.max), "entity tokens hold UTF-8 offsets below 2^32")
        bytes.withUnsafeBufferPointer { buffer in
            scan(buffer.baseAddress!, bytes, span: span, into: &tokens)
        }
    }

    /// The tokens of `span`, in a new array.
    func tokens(in bytes: [UInt8], span: TextSpan) -> [EntityToken] {
        var result: [EntityToken] = []
        tokens(in: bytes, span: span, into: &result)
        return result
    }

    /// `tokens(in:span:into:)` over the bytes at `text` (the same bytes as `bytes`, which serves the rare
    /// multi-byte decoding).
    ///
    /// A token is appended once complete: it waits in `pending` until the gap after it tells its `after`.
    /// Punctuation scalars are kept as raw values, `EntityToken.noScalar` for none.
    private func scan(_ text: UnsafePointer<UInt8>, _ bytes: [UInt8], span: TextSpan, into tokens: inout [EntityToken]) {
        var position = span.start
        var gapHasBreak = false
        var gapFirst = EntityToken.noScalar
        var gapLast = EntityToken.noScalar
        var gapIsEmpty = true
        var pending = EntityToken(start: 0, end: 0, fullEnd: 0, classes: [], exactEntry: -1, flags: [])
        var hasPending = false
        while position < span.end {
            let byte = text[position]
            var isWord: Bool
            var length = 1
            var scalar = Unicode.Scalar(byte)
            if byte < 0x80 {
                isWord = Self.isWordASCII(byte) || byte == UInt8(ascii: "&")
            } else {
                (scalar, length) = UTF8Scanner.scalar(in: bytes, at: position)
                isWord = Self.isWordScalar(scalar)
            }
            guard isWord else {
                if byte < 0x80 ? Self.isSpaceASCII(byte) : UTF8Scanner.isSpace(scalar) {
                    if byte == 0x0A || byte == 0x0D { gapHasBreak = true }
                } else {
                    if gapFirst == EntityToken.noScalar { gapFirst = scalar.value }
                    gapLast = scalar.value
                }
                gapIsEmpty = false
                position += length
                continue
            }
            var token = readWord(text, bytes, from: position, limit: span.end)
            token.beforeValue = gapLast
            if hasPending {
                pending.afterValue = gapFirst
                tokens.append(pending)
                if !gapIsEmpty && gapFirst == EntityToken.noScalar && !gapHasBreak { token.flags.insert(.joinedToPrevious) }
                if Self.opensClause(gapLast) { token.flags.insert(.sentenceInitial) }
            } else {
                token.flags.insert(.sentenceInitial)
            }
            position = token.fullEnd
            pending = token
            hasPending = true
            gapFirst = EntityToken.noScalar
            gapLast = EntityToken.noScalar
            gapHasBreak = false
            gapIsEmpty = true
        }
        if hasPending {
            pending.afterValue = gapFirst
            tokens.append(pending)
        }
    }

    /// Reads one word starting at `start`, counting its capitals and small letters on the way. Inlined into its one
    /// caller, so that the token is built in place rather than returned through memory.
    @inline(always)
    private func readWord(_ text: UnsafePointer<UInt8>, _ bytes: [UInt8], from start: Int, limit: Int) -> EntityToken {
        if text[start] == UInt8(ascii: "&") {
            return makeToken(text, bytes, start: start, end: start + 1, fullEnd: start + 1, possessive: false,
                             hyphenModifier: false)
        }
        // Dotted initials: "U.S.", "J.K.", "F."
        var probe = start
        while probe + 1 < limit, Self.isUpperASCII(text[probe]), text[probe + 1] == UInt8(ascii: ".") { probe += 2 }
        if probe > start, probe >= limit || !Self.isWordByte(text[probe]) {
            return makeToken(text, bytes, start: start, end: probe, fullEnd: probe, possessive: false,
                             hyphenModifier: false)
        }
        var shape = Shape()
        var position = start
        while position < limit {
            let byte = text[position]
            var scalar = Unicode.Scalar(byte)
            var length = 1
            if byte < 0x80 {
                if (byte &- 0x61) < 26 {
                    shape.lowerCount += 1
                    shape.hash(byte)
                    position += 1
                    continue
                }
                if (byte &- 0x41) < 26 {
                    shape.noteUpper(first: position == start)
                    shape.hash(byte)
                    position += 1
                    continue
                }
                if (byte &- 0x30) < 10 {
                    shape.hash(byte)
                    position += 1
                    continue
                }
            } else {
                (scalar, length) = UTF8Scanner.scalar(in: bytes, at: position)
                if Self.isWordScalar(scalar) {
                    shape.note(scalar, first: position == start)
                    shape.hash(text, from: position, to: position + length)
                    position += length
                    continue
                }
            }
            if Self.isApostrophe(scalar) {
                let next = position + length
                if next < limit, isWordAt(text, bytes, next) {
                    let isS = text[next] == UInt8(ascii: "s") || text[next] == UInt8(ascii: "S")
                    if isS, next + 1 >= limit || !isWordAt(text, bytes, next + 1) {
                        return finish(text, start: start, end: position, fullEnd: next + 1, possessive: true,
                                      hyphenModifier: false, shape: shape)
                    }
                    shape.hash(text, from: position, to: next)
                    position = next
                    continue
                }
                let last = text[position - 1]
                if position > start, last == UInt8(ascii: "s") || last == UInt8(ascii: "S") {
                    return finish(text, start: start, end: position, fullEnd: next, possessive: true,
                                  hyphenModifier: false, shape: shape)
                }
                break
            }
            if scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}" {
                let next = position + length
                guard next < limit, isWordAt(text, bytes, next) else { break }
                if Self.isUpperASCII(text[start]) || text[start] >= 0x80, Self.isLowerASCII(text[next]) {
                    var suffixEnd = next
                    while suffixEnd < limit, Self.isLowerASCII(text[suffixEnd]) { suffixEnd += 1 }
                    let suffix = String(decoding: UnsafeBufferPointer(start: text + next, count: suffixEnd - next),
                                        as: UTF8.self)
                    if hyphenSuffixes.contains(suffix) {
                        return finish(text, start: start, end: position, fullEnd: position, possessive: false,
                                      hyphenModifier: true, shape: shape)
                    }
                }
                shape.hash(text, from: position, to: next)
                position = next
                continue
            }
            if scalar == ".", position - start <= 6, Self.isUpperASCII(text[start]),
               !dottedTable.lookup(text + start, position + 1 - start, fold: false).isEmpty {
                shape.hash(byte)
                position += 1
            }
            break
        }
        return finish(text, start: start, end: position, fullEnd: position, possessive: false, hyphenModifier: false,
                      shape: shape)
    }

    private func isWordAt(_ text: UnsafePointer<UInt8>, _ bytes: [UInt8], _ position: Int) -> Bool {
        let byte = text[position]
        if byte < 0x80 { return Self.isWordASCII(byte) }
        return Self.isWordScalar(UTF8Scanner.scalar(in: bytes, at: position).scalar)
    }

    /// What `readWord` counts of a word's letters: the first letter's case, capitals, small letters, and a capital
    /// after a small letter; and the word's `WordTable` hashes, as written and with ASCII capitals folded, computed
    /// on the way so that the lookups need not read the word again.
    private struct Shape {
        var upperCount = 0
        var lowerCount = 0
        var innerCapital = false
        var firstIsUpper = false
        var exactHash = WordTable.emptyHash
        var foldedHash = WordTable.emptyHash

        /// Adds the next byte of the word to both hashes.
        @inline(__always) mutating func hash(_ byte: UInt8) {
            exactHash = WordTable.hash(exactHash, adding: byte)
            foldedHash = WordTable.hash(foldedHash, adding: (byte &- 0x41) < 26 ? byte | 0x20 : byte)
        }

        /// Adds the bytes `start..<end` (UTF-8 offsets) of the word to both hashes.
        mutating func hash(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) {
            for position in start..<end { hash(text[position]) }
        }

        @inline(__always) mutating func noteUpper(first: Bool) {
            if first { firstIsUpper = true }
            if lowerCount > 0 { innerCapital = true }
            upperCount += 1
        }

        mutating func note(_ scalar: Unicode.Scalar, first: Bool) {
            let properties = scalar.properties
            if properties.isUppercase {
                noteUpper(first: first)
            } else if properties.isLowercase {
                lowerCount += 1
            }
        }
    }

    /// A token for `start..<end` whose letters are counted here (the rare "&" and dotted initials).
    private func makeToken(_ text: UnsafePointer<UInt8>, _ bytes: [UInt8], start: Int, end: Int, fullEnd: Int,
                           possessive: Bool, hyphenModifier: Bool) -> EntityToken {
        var shape = Shape()
        var position = start
        while position < end {
            let byte = text[position]
            if byte < 0x80 {
                if (byte &- 0x41) < 26 {
                    shape.noteUpper(first: position == start)
                } else if (byte &- 0x61) < 26 {
                    shape.lowerCount += 1
                }
                shape.hash(byte)
                position += 1
            } else {
                let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: position)
                shape.note(scalar, first: position == start)
                shape.hash(text, from: position, to: min(position + length, end))
                position += length
            }
        }
        return finish(text, start: start, end: end, fullEnd: fullEnd, possessive: possessive,
                      hyphenModifier: hyphenModifier, shape: shape)
    }

    /// The token for `start..<end` with the given letter counts and hashes (of exactly `start..<end`), and its
    /// classes from the lexicon.
    @inline(__always)
    private func finish(_ text: UnsafePointer<UInt8>, start: Int, end: Int, fullEnd: Int, possessive: Bool,
                        hyphenModifier: Bool, shape: Shape) -> EntityToken {
        var classes: EntityWordClass = []
        var exactEntry: Int32 = -1
        let word = text + start
        if end - start <= 16 { classes = lowerTable.lookup(word, end - start, fold: true, hash: shape.foldedHash) }
        if shape.firstIsUpper {
            let exact = exactTable.entry(word, end - start, fold: false, hash: shape.exactHash)
            classes.formUnion(exact.classes)
            exactEntry = exact.index
        }
        var flags: EntityToken.Flags = []
        if shape.firstIsUpper {
            flags.insert(.capitalized)
            if shape.upperCount >= 2 && shape.lowerCount == 0 { flags.insert(.allCaps) }
        }
        if shape.innerCapital { flags.insert(.innerCapital) }
        if possessive { flags.insert(.possessive) }
        if hyphenModifier { flags.insert(.hyphenModifier) }
        return EntityToken(start: start, end: end, fullEnd: fullEnd, classes: classes, exactEntry: exactEntry,
                           flags: flags)
    }

    /// Letters, digits and combining marks: the token layer's definition (`Tokenizer.isWordCharacter`).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return isWordASCII(UInt8(value)) }
        if value == 0xA0 || (value >= 0x2000 && value <= 0x206F) { return false }
        return Tokenizer.isWordCharacter(scalar)
    }

    private static func isWordByte(_ byte: UInt8) -> Bool { byte >= 0x80 || isWordASCII(byte) }
    private static func isUpperASCII(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isLowerASCII(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    /// Punctuation after which a capitalised word is capitalised for position, not because it is a name, by scalar
    /// value: “ ‘ " ' ( [ : — – « - • ? ! .
    private static func opensClause(_ value: UInt32) -> Bool {
        switch value {
        case 0x201C, 0x2018, 0x22, 0x27, 0x28, 0x5B, 0x3A, 0x2014, 0x2013, 0xAB, 0x2D, 0x2022, 0x3F, 0x21, 0x2E:
            return true
        default:
            return false
        }
    }
}
