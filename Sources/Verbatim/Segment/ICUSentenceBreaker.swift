import CICUShim

/// ICU's sentence break iterator (`en_US@ss=standard`); the shim hands it UTF-16 and maps boundaries back to UTF-8.
enum ICUSentenceBreaker {
    /// The UTF-8 offsets (relative to `span.start`... made absolute) where ICU ends a sentence inside `span`.
    /// The last boundary is always `span.end`.
    static func boundaries(in bytes: [UInt8], span: TextSpan) -> [Int] {
        guard span.length > 0 else { return [] }
        // Most news paragraphs are one plain sentence: no need to run the break iterator over them.
        // The plain words before the first stop hold no boundary: the iterator starts near it.
        guard let start = SingleSentenceCheck.iteratorStart(unlessOneSentence: bytes, span) else { return [span.end] }
        return iteratorBoundaries(in: bytes, span: TextSpan(start: start, end: span.end))
    }

    /// `boundaries(in:span:)` as ICU's break iterator finds them, without the single-sentence shortcut.
    static func iteratorBoundaries(in bytes: [UInt8], span: TextSpan) -> [Int] {
        guard span.length > 0 else { return [] }
        var capacity = max(16, span.length / 40)
        while true {
            // ICU writes 32-bit offsets into scratch space; a paragraph with more boundaries is asked again.
            let boundaries = withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity) { output -> [Int]? in
                let count = bytes.withUnsafeBufferPointer { buffer -> Int64 in
                    let base = UnsafeRawPointer(buffer.baseAddress!).advanced(by: span.start)
                        .assumingMemoryBound(to: CChar.self)
                    return vb_icu_sentence_boundaries(base, Int64(span.length), output.baseAddress, Int64(capacity))
                }
                if count < 0 { return [span.end] }
                if count > capacity {
                    capacity = Int(count)
                    return nil
                }
                return output[0..<Int(count)].map { span.start + Int($0) }
            }
            if let boundaries { return boundaries }
        }
    }
}
