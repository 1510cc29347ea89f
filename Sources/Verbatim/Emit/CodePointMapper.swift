/// Converts UTF-8 byte offsets into Unicode code point offsets.
///
/// Built in one pass over the text: ASCII text needs no table (a UTF-8 offset is its code point offset); other text
/// keeps the code point count at the start of every `blockSize`-byte block, so a look-up is one table read plus a
/// count of lead bytes in at most `blockSize - 1` bytes. No sorting, hashing or binary search.
package struct CodePointMapper {
    /// UTF-8 bytes per checkpoint block.
    private static let blockSize = 32

    /// The text, as UTF-8.
    private let bytes: [UInt8]
    /// For each block, the code point offset of its first byte; empty when the text is ASCII.
    private let blockCodePoints: [Int]

    /// Builds the mapping for the UTF-8 text `bytes`.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var blockCodePoints: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            guard !Self.isASCII(buffer) else { return }
            blockCodePoints.reserveCapacity(buffer.count / Self.blockSize + 1)
            var count = 0
            for position in 0..<buffer.count {
                if position % Self.blockSize == 0 { blockCodePoints.append(count) }
                // Count lead bytes only: every code point has exactly one byte that is not 10xxxxxx.
                if buffer[position] & 0xC0 != 0x80 { count += 1 }
            }
            // The end of the text, when it starts a block of its own.
            if buffer.count % Self.blockSize == 0 { blockCodePoints.append(count) }
        }
        self.blockCodePoints = blockCodePoints
    }

    /// The code point offset of a UTF-8 offset (clamped to the text).
    public subscript(utf8Offset: Int) -> Int {
        let offset = min(max(utf8Offset, 0), bytes.count)
        if blockCodePoints.isEmpty { return offset }
        let block = offset / Self.blockSize
        var count = blockCodePoints[block]
        bytes.withUnsafeBufferPointer { buffer in
            for position in (block * Self.blockSize)..<offset where buffer[position] & 0xC0 != 0x80 { count += 1 }
        }
        return count
    }

    private static func isASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var union: UInt8 = 0
        for byte in buffer { union |= byte }
        return union < 0x80
    }
}
