/// Converts UTF-8 byte offsets into Unicode code point offsets in one forward pass over the text.
///
/// Collect every offset a record will emit, then look them up: the text is scanned once, whatever the count, and
/// look-ups are binary searches over the sorted offsets (no hashing).
public struct CodePointMapper {
    /// The offsets given, sorted (UTF-8).
    private let offsets: [Int]
    /// The code point offset of each entry of `offsets`.
    private let codePoints: [Int]

    /// Builds the mapping for `offsets` (UTF-8 byte offsets into `bytes`).
    public init(bytes: [UInt8], offsets: [Int]) {
        let sorted = offsets.sorted()
        var codePoints: [Int] = []
        codePoints.reserveCapacity(sorted.count)
        var count = 0
        var position = 0
        bytes.withUnsafeBufferPointer { buffer in
            for offset in sorted {
                let target = min(max(offset, 0), buffer.count)
                while position < target {
                    // Count lead bytes only: every code point has exactly one byte that is not 10xxxxxx.
                    if buffer[position] & 0xC0 != 0x80 { count += 1 }
                    position += 1
                }
                codePoints.append(count)
            }
        }
        self.offsets = sorted
        self.codePoints = codePoints
    }

    /// The code point offset of a UTF-8 offset that was given at construction (0 for one that was not).
    public subscript(utf8Offset: Int) -> Int {
        var low = 0
        var high = offsets.count
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] < utf8Offset { low = middle + 1 } else { high = middle }
        }
        return low < offsets.count && offsets[low] == utf8Offset ? codePoints[low] : 0
    }
}
