/// Converts UTF-8 byte offsets into Unicode code point offsets in one forward pass over the text.
///
/// Collect every offset a record will emit, then `map` them together: the text is scanned once, whatever the count.
public struct CodePointMapper {
    private var table: [Int: Int] = [:]

    /// Builds the mapping for `offsets` (UTF-8 byte offsets into `bytes`).
    public init(bytes: [UInt8], offsets: [Int]) {
        let sorted = Array(Set(offsets)).sorted()
        var codePoints = 0
        var position = 0
        table.reserveCapacity(sorted.count)
        for offset in sorted {
            let target = min(max(offset, 0), bytes.count)
            while position < target {
                // Count lead bytes only: every code point has exactly one byte that is not 10xxxxxx.
                if bytes[position] & 0xC0 != 0x80 { codePoints += 1 }
                position += 1
            }
            table[offset] = codePoints
        }
    }

    /// The code point offset of a UTF-8 offset that was given at construction.
    public subscript(utf8Offset: Int) -> Int {
        table[utf8Offset] ?? 0
    }
}
