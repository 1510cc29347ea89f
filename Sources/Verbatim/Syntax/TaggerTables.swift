/// The tagger model's tables in memory allocated once and never changed, so the tagging loop reads them through
/// plain pointers (no reference counting, no bounds checks) and one model is shared by every thread.
final class TaggerTables: @unchecked Sendable {
    let dense: UnsafeMutableBufferPointer<Int16>
    let featureKeys: UnsafeMutableBufferPointer<UInt64>
    let featureRows: UnsafeMutableBufferPointer<UInt32>
    let featureWeights: UnsafeMutableBufferPointer<Int16>
    let formKeys: UnsafeMutableBufferPointer<UInt64>
    let formEntries: UnsafeMutableBufferPointer<UInt32>
    let formTags: UnsafeMutableBufferPointer<UInt8>
    let formRows: UnsafeMutableBufferPointer<Int16>
    let formIdentityKeys: UnsafeMutableBufferPointer<UInt64>

    init(dense: [Int16], featureKeys: [UInt64], featureRows: [UInt32], featureWeights: [Int16], formKeys: [UInt64],
         formEntries: [UInt32], formTags: [UInt8], formRows: [Int16], formIdentityKeys: [UInt64]) {
        func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
            _ = buffer.initialize(from: array)
            return UnsafeMutableBufferPointer(rebasing: buffer[0..<array.count])
        }
        self.dense = copy(dense)
        self.featureKeys = copy(featureKeys)
        self.featureRows = copy(featureRows)
        self.featureWeights = copy(featureWeights)
        self.formKeys = copy(formKeys)
        self.formEntries = copy(formEntries)
        self.formTags = copy(formTags)
        self.formRows = copy(formRows)
        self.formIdentityKeys = copy(formIdentityKeys)
    }

    deinit {
        for pointer in [UnsafeMutableRawPointer(dense.baseAddress), UnsafeMutableRawPointer(featureKeys.baseAddress),
                        UnsafeMutableRawPointer(featureRows.baseAddress),
                        UnsafeMutableRawPointer(featureWeights.baseAddress),
                        UnsafeMutableRawPointer(formKeys.baseAddress), UnsafeMutableRawPointer(formEntries.baseAddress),
                        UnsafeMutableRawPointer(formTags.baseAddress), UnsafeMutableRawPointer(formRows.baseAddress),
                        UnsafeMutableRawPointer(formIdentityKeys.baseAddress)] {
            pointer?.deallocate()
        }
    }

    /// The five rows (positions -2...+2) of `form` summed from the feature table and clamped to `Int16`,
    /// appended to `rows`: how a form outside the cache is scored, and how the cache is filled at load.
    @inline(never)
    func appendRows(of form: UnsafeBufferPointer<UInt8>, to rows: inout [Int16]) {
        for offset in TaggerFeatures.offsets {
            var sums = TagScores.zero
            TaggerFeatures.forEachKey(of: form, offset: offset) { key in
                guard let row = featureRow(key: key) else { return }
                sums.add(UnsafePointer(featureWeights.baseAddress! + row * TaggerModel.tagCount))
            }
            sums.appendClamped(to: &rows)
        }
    }

    /// The value stored for `key` in an open-addressing table (`TaggerModel.hashTable`), or nil.
    @inline(__always)
    static func lookup(_ key: UInt64, _ keys: UnsafeBufferPointer<UInt64>, _ values: UnsafeBufferPointer<UInt32>) -> Int? {
        let mask = keys.count - 1
        let probeKey = key == 0 ? 1 : key
        var slot = Int(truncatingIfNeeded: probeKey ^ (probeKey >> 32)) & mask
        while true {
            let stored = keys[slot]
            if stored == probeKey { return Int(values[slot]) }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    func formEntry(key: UInt64) -> Int? { Self.lookup(key, UnsafeBufferPointer(formKeys), UnsafeBufferPointer(formEntries)) }

    @inline(__always)
    func featureRow(key: UInt64) -> Int? {
        Self.lookup(key, UnsafeBufferPointer(featureKeys), UnsafeBufferPointer(featureRows))
    }
}
