/// Byte strings (boilerplate prefixes or phrases) bucketed by their first byte, so a line is tested against all of
/// them in one pass instead of one pass per pattern. Answers are the lowest pattern index that matches, so the
/// file order of the patterns decides between several matches, as if they were tried one by one.
struct BytePatternIndex: Sendable {
    /// The patterns' bytes, in file order.
    private let patterns: [[UInt8]]
    /// The longest line (in words) each pattern applies to.
    private let maxWords: [Int]
    /// The indices of the patterns grouped by first byte, each group ascending: the patterns starting with byte
    /// `b` are `bucketed[bucketStarts[b]..<bucketStarts[b + 1]]`.
    private let bucketed: [Int]
    /// Where each first byte's group starts in `bucketed` (257 entries).
    private let bucketStarts: [Int]
    /// The byte pairs a pattern can start with: bit `b % 64` of entry `a * 4 + b / 64` is set when a pattern starts
    /// with bytes `a`, `b` (or is the one byte `a`, when every `b` is set).
    private let openingPairs: [UInt64]

    /// Indexes `patterns` (non-empty byte strings), each with the longest line (in words) it applies to.
    init(_ patterns: [(bytes: [UInt8], maxWords: Int)]) {
        var buckets = [[Int]](repeating: [], count: 256)
        for (index, pattern) in patterns.enumerated() where !pattern.bytes.isEmpty {
            buckets[Int(pattern.bytes[0])].append(index)
        }
        self.patterns = patterns.map(\.bytes)
        self.maxWords = patterns.map(\.maxWords)
        self.bucketed = buckets.flatMap { $0 }
        var bucketStarts = [0]
        for bucket in buckets { bucketStarts.append(bucketStarts[bucketStarts.count - 1] + bucket.count) }
        self.bucketStarts = bucketStarts
        var openingPairs = [UInt64](repeating: 0, count: 256 * 4)
        for pattern in patterns.map(\.bytes) where !pattern.isEmpty {
            let first = Int(pattern[0])
            if pattern.count == 1 {
                for word in 0..<4 { openingPairs[first * 4 + word] = ~0 }
            } else {
                openingPairs[first * 4 + Int(pattern[1] >> 6)] |= 1 << UInt64(pattern[1] & 63)
            }
        }
        self.openingPairs = openingPairs
    }

    /// The indices of the patterns that start with `byte`, ascending.
    private func bucket(_ byte: UInt8) -> ArraySlice<Int> {
        bucketed[bucketStarts[Int(byte)]..<bucketStarts[Int(byte) + 1]]
    }

    /// The lowest index of a pattern that `text` (a line of `words` words) starts with.
    func firstPrefix(of text: UnsafeBufferPointer<UInt8>, words: Int) -> Int? {
        guard let first = text.first else { return nil }
        for index in bucket(first) where words <= maxWords[index] && matches(index, text, at: 0) {
            return index
        }
        return nil
    }

    /// The lowest index of a pattern that occurs anywhere in `text` (a line of `words` words).
    func firstContained(in text: UnsafeBufferPointer<UInt8>, words: Int) -> Int? {
        var best: Int?
        for position in 0..<text.count {
            if position + 1 < text.count {
                let first = Int(text[position])
                let second = text[position + 1]
                if openingPairs[first * 4 + Int(second >> 6)] & (1 << UInt64(second & 63)) == 0 { continue }
            }
            for index in bucket(text[position]) {
                if let best, best <= index { break }
                if words <= maxWords[index] && matches(index, text, at: position) { best = index }
            }
        }
        return best
    }

    private func matches(_ index: Int, _ text: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        let pattern = patterns[index]
        guard text.count - position >= pattern.count else { return false }
        for offset in 1..<pattern.count where text[position + offset] != pattern[offset] { return false }
        return true
    }
}
