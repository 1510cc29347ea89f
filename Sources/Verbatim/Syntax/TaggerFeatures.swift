/// The word features of the part-of-speech tagger: what a word contributes to the scores of the tokens around it.
///
/// Every feature depends on one word and its position relative to the token being tagged (`-2 ... +2`), never on
/// the sentence around it, so a word's contribution at each position can be summed once per word form and cached
/// (`TaggerModel`'s form cache). Tag-history features (the two previous tags) are dense tables beside these.
///
/// Words are read as UTF-8 bytes with ASCII digits folded to `0` ("1999" and "2024" are one word).
enum TaggerFeatures {
    /// The relative positions a word is seen from, in the order of `TaggerModel`'s cached rows.
    static let offsets = [-2, -1, 0, 1, 2]

    /// The pseudo-word before a sentence's first token.
    static let sentenceStart: [UInt8] = [0x01, 0x53]
    /// The pseudo-word after a sentence's last token.
    static let sentenceEnd: [UInt8] = [0x01, 0x45]

    /// The feature keys of `form` (UTF-8) seen from the token `offset` positions away (the token itself for 0).
    static func keys(of form: [UInt8], offset: Int) -> [UInt64] {
        var keys: [UInt64] = []
        form.withUnsafeBufferPointer { buffer in forEachKey(of: buffer, offset: offset) { keys.append($0) } }
        return keys
    }

    /// Calls `body` with each feature key of `form` seen from `offset` away, allocating nothing for ASCII words.
    @inline(__always)
    static func forEachKey(of form: UnsafeBufferPointer<UInt8>, offset: Int, _ body: (UInt64) -> Void) {
        if form.allSatisfy({ $0 < 0x80 }) {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(form.count, 1)) { lower in
                for index in form.indices {
                    let byte = form[index]
                    lower[index] = (byte &- 0x41) < 26 ? byte | 0x20 : ((byte &- 0x30) < 10 ? 0x30 : byte)
                }
                let lowerForm = UnsafeBufferPointer(rebasing: lower[0..<form.count])
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 8) { shapeBuffer in
                    let shapeLength = asciiShape(form, into: shapeBuffer)
                    emit(lower: lowerForm, shape: UnsafeBufferPointer(rebasing: shapeBuffer[0..<shapeLength]),
                         offset: offset, body)
                }
            }
        } else {
            let lower = lowercased(Array(form))
            let shape = shape(Array(form))
            lower.withUnsafeBufferPointer { lowerForm in
                shape.withUnsafeBufferPointer { emit(lower: lowerForm, shape: $0, offset: offset, body) }
            }
        }
    }

    /// The keys of a word given its lower-cased form and shape (both UTF-8).
    @inline(__always)
    private static func emit(lower: UnsafeBufferPointer<UInt8>, shape: UnsafeBufferPointer<UInt8>, offset: Int,
                             _ body: (UInt64) -> Void) {
        let scalarCount = lower.reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
        switch offset {
        case 0:
            body(FeatureHash.hash(template: 1, lower))
            body(FeatureHash.hash(template: 7, shape))
            for length in 1...4 where scalarCount > length {
                body(FeatureHash.hash(template: UInt8(1 + length), suffix(lower, scalars: length)))
            }
            if scalarCount > 0 { body(FeatureHash.hash(template: 6, prefix(lower, scalars: 1))) }
            if scalarCount > 2 { body(FeatureHash.hash(template: 8, prefix(lower, scalars: 2))) }
        case -1, 1:
            let base: UInt8 = offset < 0 ? 10 : 13
            body(FeatureHash.hash(template: base, lower))
            body(FeatureHash.hash(template: base + 2, shape))
            if scalarCount > 3 { body(FeatureHash.hash(template: base + 1, suffix(lower, scalars: 3))) }
        case -2:
            body(FeatureHash.hash(template: 16, lower))
        case 2:
            body(FeatureHash.hash(template: 18, lower))
        default:
            preconditionFailure("tagger features look at most two words away")
        }
    }

    /// The last `scalars` Unicode scalars of UTF-8 `bytes`.
    @inline(__always)
    private static func suffix(_ bytes: UnsafeBufferPointer<UInt8>, scalars: Int) -> UnsafeBufferPointer<UInt8> {
        var start = bytes.count
        var found = 0
        while start > 0 && found < scalars {
            start -= 1
            if (bytes[start] & 0xC0) != 0x80 { found += 1 }
        }
        return UnsafeBufferPointer(rebasing: bytes[start...])
    }

    /// The first `scalars` Unicode scalars of UTF-8 `bytes`.
    @inline(__always)
    private static func prefix(_ bytes: UnsafeBufferPointer<UInt8>, scalars: Int) -> UnsafeBufferPointer<UInt8> {
        var end = 0
        var found = 0
        while end < bytes.count {
            if (bytes[end] & 0xC0) != 0x80 {
                if found == scalars { break }
                found += 1
            }
            end += 1
        }
        return UnsafeBufferPointer(rebasing: bytes[..<end])
    }

    /// `shape` of an ASCII word, written to `buffer` (8 bytes); returns its length.
    @inline(__always)
    private static func asciiShape(_ form: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var length = 0
        for byte in form {
            let symbol: UInt8 = (byte &- 0x41) < 26 ? 0x58 : ((byte &- 0x61) < 26 ? 0x78 : ((byte &- 0x30) < 10 ? 0x64 : byte))
            if length == 0 || buffer[length - 1] != symbol {
                buffer[length] = symbol
                length += 1
                if length == 8 { break }
            }
        }
        return length
    }

    /// `form` with ASCII digits folded to `0`, as the form cache keys words.
    static func folded(_ form: some Sequence<UInt8>) -> [UInt8] {
        form.map { ($0 &- 0x30) < 10 ? 0x30 : $0 }
    }

    /// The lower-cased form (ASCII by table, anything else through `String`), digits folded.
    static func lowercased(_ form: [UInt8]) -> [UInt8] {
        if form.allSatisfy({ $0 < 0x80 }) {
            return form.map { byte in
                if (byte &- 0x41) < 26 { return byte | 0x20 }
                return (byte &- 0x30) < 10 ? 0x30 : byte
            }
        }
        return folded(Array(String(decoding: form, as: UTF8.self).lowercased().utf8))
    }

    /// The word's shape: each scalar as `X` (upper-case letter), `x` (lower-case letter), `d` (digit), itself (ASCII
    /// punctuation) or `o` (anything else), runs of one class written once, at most eight classes.
    static func shape(_ form: [UInt8]) -> [UInt8] {
        var shape: [UInt8] = []
        for scalar in String(decoding: form, as: UTF8.self).unicodeScalars {
            let properties = scalar.properties
            let symbol: UInt8
            if properties.isUppercase { symbol = 0x58 }
            else if properties.isLowercase || properties.isAlphabetic { symbol = 0x78 }
            else if properties.numericType != nil { symbol = 0x64 }
            else if scalar.isASCII { symbol = UInt8(scalar.value) }
            else { symbol = 0x6F }
            if shape.last != symbol {
                shape.append(symbol)
                if shape.count == 8 { break }
            }
        }
        return shape
    }
}

extension TaggerFeatures {
    /// The key of a word's own identity feature (the lower-cased form), which context features combine with.
    static func identityKey(of form: [UInt8]) -> UInt64 {
        form.withUnsafeBufferPointer { identityKey(of: $0) }
    }

    /// `identityKey(of:)` of the bytes at `form`.
    static func identityKey(of form: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var identity: UInt64 = 0
        forEachKey(of: form, offset: 0) { key in if identity == 0 { identity = key } }
        return identity
    }

    /// The context feature of a word with the previous tag, looked up token by token.
    @inline(__always)
    static func tagContextKey(identityKey: UInt64, previous: Int) -> UInt64 {
        FeatureHash.combine(identityKey ^ 0x5A5A_0000_0000_0021, UInt64(previous))
    }

    /// The context features that depend on more than one word but on no tag: the word's capitalisation within
    /// its sentence's (`sentenceCase`), the word with the word before and the word after, and the word with its
    /// own capitalisation ("Will" against "will").
    @inline(__always)
    static func staticContextKeys(identityKey: UInt64, sentenceCase: UInt8, capitalized: Bool, first: Bool,
                                  before: UInt64, after: UInt64) -> (UInt64, UInt64, UInt64, UInt64) {
        let casing = UInt64(sentenceCase) << 2 | (capitalized ? 2 : 0) | (first ? 1 : 0)
        let withCase = FeatureHash.combine(0x7E57_CA5E_0000_0022, casing)
        let withBefore = FeatureHash.combine(identityKey ^ 0x5A5A_0000_0000_0023, before)
        let withAfter = FeatureHash.combine(identityKey ^ 0x5A5A_0000_0000_0024, after)
        let casedWord = FeatureHash.combine(identityKey ^ 0x5A5A_0000_0000_0025, casing)
        return (withCase, withBefore, withAfter, casedWord)
    }

    /// Whether a word starts with an upper-case letter.
    static func isCapitalized(_ form: some Collection<UInt8>) -> Bool {
        guard let first = form.first else { return false }
        if first < 0x80 { return (first &- 0x41) < 26 }
        return String(decoding: Array(form.prefix(4)), as: UTF8.self).unicodeScalars.first?.properties.isUppercase ?? false
    }

    /// How a sentence is capitalised: 0 ordinary, 1 title case (most words capitalised), 2 capitals throughout.
    static func sentenceCase(_ words: [some Collection<UInt8>]) -> UInt8 {
        var counter = SentenceCaseCounter()
        for word in words { counter.add(word) }
        return counter.value
    }
}

/// Counts a sentence's words by capitalisation, word by word, for `TaggerFeatures.sentenceCase`.
struct SentenceCaseCounter {
    private var letterWords = 0
    private var capitalized = 0
    private var upper = 0

    @inline(__always)
    mutating func add(_ word: some Collection<UInt8>) {
        guard let first = word.first, first >= 0x80 || (first | 0x20) &- 0x61 < 26 else { return }
        letterWords += 1
        if TaggerFeatures.isCapitalized(word) {
            capitalized += 1
            if !word.contains(where: { (0x61...0x7A).contains($0) }) { upper += 1 }
        }
    }

    /// 0 ordinary, 1 title case, 2 capitals throughout.
    var value: UInt8 {
        guard letterWords >= 2 else { return 0 }
        if upper * 4 >= letterWords * 3 { return 2 }
        if capitalized * 4 >= letterWords * 3 { return 1 }
        return 0
    }
}
