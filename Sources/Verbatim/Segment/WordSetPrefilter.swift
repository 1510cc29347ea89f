/// A quick test, on UTF-8 bytes, of whether a word could be in a set of words, to skip most set look-ups (which hash
/// a `String`).
///
/// It only rules out what cannot match: when every word of the set is ASCII, an ASCII word equals one of them only if
/// the bytes are equal (Swift compares strings by canonical equivalence, which for ASCII is byte equality), so its
/// length, first byte and last byte must each be those of some word of the set. A set with a non-ASCII word, or a
/// non-ASCII query, always passes on to the look-up.
struct WordSetPrefilter: Sendable {
    /// Bit `n` set when a word has `n` bytes (63 for 63 or more).
    private let lengths: UInt64
    /// Bit `b` set when a word starts with byte `b`: bytes 0–63 in the first word, 64–127 in the second.
    private let firstBytes: (UInt64, UInt64)
    /// Bit `b` set when a word ends with byte `b`, as `firstBytes`.
    private let lastBytes: (UInt64, UInt64)
    /// Whether the set has a word that is not ASCII, which turns the filter off.
    private let passesEverything: Bool

    init(_ words: Set<String>) {
        var lengths: UInt64 = 0
        var firstBytes: (UInt64, UInt64) = (0, 0)
        var lastBytes: (UInt64, UInt64) = (0, 0)
        var passesEverything = false
        for word in words {
            let utf8 = Array(word.utf8)
            guard utf8.allSatisfy({ $0 < 0x80 }) else {
                passesEverything = true
                continue
            }
            lengths |= Self.lengthBit(utf8.count)
            if let first = utf8.first, let last = utf8.last {
                Self.insert(first, into: &firstBytes)
                Self.insert(last, into: &lastBytes)
            }
        }
        self.lengths = lengths
        self.firstBytes = firstBytes
        self.lastBytes = lastBytes
        self.passesEverything = passesEverything
    }

    /// Whether `word` may be in the set (false: it is certainly not).
    func mayContain(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { mayContain($0) }
    }

    /// Whether the word `utf8` may be in the set (false: it is certainly not).
    func mayContain(_ utf8: ArraySlice<UInt8>) -> Bool {
        utf8.withUnsafeBufferPointer { mayContain($0) }
    }

    /// Whether the word `utf8` may be in the set (false: it is certainly not).
    func mayContain(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        if passesEverything { return true }
        var union: UInt8 = 0
        for byte in utf8 { union |= byte }
        if union >= 0x80 { return true }
        guard lengths & Self.lengthBit(utf8.count) != 0 else { return false }
        guard let first = utf8.first, let last = utf8.last else { return true }
        return Self.contains(first, firstBytes) && Self.contains(last, lastBytes)
    }

    private static func lengthBit(_ count: Int) -> UInt64 { 1 << UInt64(min(count, 63)) }

    private static func insert(_ byte: UInt8, into set: inout (UInt64, UInt64)) {
        if byte < 64 { set.0 |= 1 << UInt64(byte) } else { set.1 |= 1 << UInt64(byte - 64) }
    }

    private static func contains(_ byte: UInt8, _ set: (UInt64, UInt64)) -> Bool {
        byte < 64 ? set.0 & (1 << UInt64(byte)) != 0 : set.1 & (1 << UInt64(byte - 64)) != 0
    }
}
