/// Tests on eight bytes at once, for scans that look for a few byte values in long text: a word of eight bytes is
/// skipped when none of its bytes is one of them (the classic "has a zero byte" bit trick; exact, never a false
/// "no").
enum ByteWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset` of `bytes` (any alignment), as one word.
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    /// Whether one of the eight bytes of `word` is `byte`.
    static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        hasZeroByte(word ^ (ones &* UInt64(byte)))
    }

    /// Whether one of the eight bytes of `word` is less than `limit` (at most 0x80).
    static func containsByte(_ word: UInt64, below limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- ones) & ~word & highs != 0
    }
}
