/// The weights of the part-of-speech tagger, as trained by `TaggerTrainer` and stored in `Models/syntax/`.
///
/// A token's scores are the sum of: a bias row; rows for the previous tag, the tag before it, and the pair; and, for
/// each word from two before to two after the token, that word's row for its relative position. A word's rows
/// are the sums of its feature rows (`TaggerFeatures`): the form cache holds them ready for the frequent forms,
/// and the feature table gives them for any other word. Weights are fixed-point `Int16` (scores add in `Int32`).
public struct TaggerModel: Sendable {
    /// Tag-history rows index: 0..<17 a tag, 17 before the sentence.
    static let historyCount = UniversalTag.count + 1
    static let tagCount = UniversalTag.count

    /// What the weights were trained on (sources, sentence and token counts, iterations), for people.
    public let provenance: String
    /// The tables, read by the tagging loop through pointers.
    let tables: TaggerTables

    /// The bias row, then `historyCount` rows for the previous tag, `historyCount` for the one before, and
    /// `historyCount * historyCount` for the pair (previous × historyCount + before), each `tagCount` wide.
    var dense: [Int16] { Array(tables.dense) }
    /// The feature table: open addressing over `featureKeys` (0 for an empty slot); `featureRows[slot]` is the
    /// row's index in `featureWeights`.
    var featureKeys: [UInt64] { Array(tables.featureKeys) }
    var featureRows: [UInt32] { Array(tables.featureRows) }
    var featureWeights: [Int16] { Array(tables.featureWeights) }
    /// The cached forms, as a pool of UTF-8 bytes: form `e` is `formPool[formOffsets[e] ..< formOffsets[e + 1]]`
    /// (digits folded to `0`). The file stores these and each form's fixed tag (`formTags`, `noTag` for none);
    /// the cache's rows, keys and identity keys are derived from them and the feature table at load.
    let formPool: [UInt8]
    let formOffsets: [UInt32]
    var formTags: [UInt8] { Array(tables.formTags) }

    static let noTag: UInt8 = 0xFF
    /// The form-cache entries of the sentence-boundary pseudo-words.
    let startEntry: Int
    let endEntry: Int
    /// The identity keys of the sentence-boundary pseudo-words.
    let startIdentity = TaggerFeatures.identityKey(of: TaggerFeatures.sentenceStart)
    let endIdentity = TaggerFeatures.identityKey(of: TaggerFeatures.sentenceEnd)

    /// Builds a model from its parts, checking that they fit together, and derives the form cache.
    init(provenance: String, dense: [Int16], featureKeys: [UInt64], featureRows: [UInt32], featureWeights: [Int16],
         formPool: [UInt8], formOffsets: [UInt32], formTags: [UInt8]) throws(TaggerModelError) {
        let history = Self.historyCount
        guard dense.count == (1 + 2 * history + history * history) * Self.tagCount else {
            throw TaggerModelError("the tag-history table has \(dense.count) weights")
        }
        guard featureKeys.count == featureRows.count, featureKeys.count.nonzeroBitCount == 1,
              featureWeights.count % Self.tagCount == 0 else {
            throw TaggerModelError("the feature table's sizes disagree")
        }
        let rowCount = UInt32(featureWeights.count / Self.tagCount)
        for (slot, key) in featureKeys.enumerated() where key != 0 && featureRows[slot] >= rowCount {
            throw TaggerModelError("feature slot \(slot) points past the weights")
        }
        guard formOffsets.count == formTags.count + 1, formOffsets.first == 0,
              formOffsets.last.map({ Int($0) == formPool.count }) == true,
              zip(formOffsets, formOffsets.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw TaggerModelError("the form list's sizes disagree")
        }
        for tag in formTags where tag != Self.noTag && Int(tag) >= Self.tagCount {
            throw TaggerModelError("a fixed tag is out of range (\(tag))")
        }
        // Each cached form's rows, as the uncached path sums them (`appendRows`), and its keys: summed through the
        // feature table alone, before the cache exists.
        let featureTables = TaggerTables(dense: dense, featureKeys: featureKeys, featureRows: featureRows,
                                         featureWeights: featureWeights, formKeys: [], formEntries: [], formTags: [],
                                         formRows: [], formIdentityKeys: [])
        var formRows: [Int16] = []
        formRows.reserveCapacity(formTags.count * 5 * Self.tagCount)
        var formKeys: [UInt64] = []
        var identityKeys: [UInt64] = []
        formPool.withUnsafeBufferPointer { pool in
            for entry in formTags.indices {
                let form = UnsafeBufferPointer(rebasing: pool[Int(formOffsets[entry])..<Int(formOffsets[entry + 1])])
                featureTables.appendRows(of: form, to: &formRows)
                formKeys.append(FeatureHash.formKey(form))
                identityKeys.append(TaggerFeatures.identityKey(of: form))
            }
        }
        guard Set(formKeys).count == formKeys.count else { throw TaggerModelError("two cached forms share a key") }
        let formTable = Self.hashTable(keys: formKeys, values: formTags.indices.map { UInt32($0) })
        self.provenance = provenance
        self.formPool = formPool
        self.formOffsets = formOffsets
        self.tables = TaggerTables(dense: dense, featureKeys: featureKeys, featureRows: featureRows,
                                   featureWeights: featureWeights, formKeys: formTable.keys,
                                   formEntries: formTable.values, formTags: formTags, formRows: formRows,
                                   formIdentityKeys: identityKeys)
        guard let start = Self.lookup(FeatureHash.formKey(TaggerFeatures.sentenceStart), formTable.keys, formTable.values),
              let end = Self.lookup(FeatureHash.formKey(TaggerFeatures.sentenceEnd), formTable.keys, formTable.values)
        else {
            throw TaggerModelError("the sentence-boundary words are missing from the form cache")
        }
        self.startEntry = start
        self.endEntry = end
    }

    /// The number of cached word forms.
    public var cachedFormCount: Int { tables.formTags.count }
    /// The number of weighted features.
    public var featureCount: Int { tables.featureWeights.count / Self.tagCount }

    /// The cache entry of the form whose `FeatureHash.formKey` is `key`, or nil.
    @inline(__always)
    func formEntry(key: UInt64) -> Int? { tables.formEntry(key: key) }

    /// The row index of feature `key` in `featureWeights`, or nil.
    @inline(__always)
    func featureRow(key: UInt64) -> Int? { tables.featureRow(key: key) }

    /// The value stored for `key` in an open-addressing table (`hashTable`), or nil.
    @inline(__always)
    static func lookup(_ key: UInt64, _ keys: [UInt64], _ values: [UInt32]) -> Int? {
        keys.withUnsafeBufferPointer { keys in
            values.withUnsafeBufferPointer { TaggerTables.lookup(key, keys, $0) }
        }
    }

    /// The five rows (positions -2...+2, `tagCount` each) of a word not in the form cache, summed from the
    /// feature table and clamped to `Int16`, appended to `rows`.
    func appendRows(of form: UnsafeBufferPointer<UInt8>, to rows: inout [Int16]) {
        tables.appendRows(of: form, to: &rows)
    }

    /// Open-addressing slots for `keys` (distinct, nonzero after mapping 0 to 1): a power of two at least 1.6 times
    /// the count (filled at most 62%, so linear probes stay short); returns the key and value arrays.
    static func hashTable(keys: [UInt64], values: [UInt32]) -> (keys: [UInt64], values: [UInt32]) {
        var capacity = 16
        while capacity * 5 < keys.count * 8 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var slotValues = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (key, value) in zip(keys, values) {
            let probeKey = key == 0 ? 1 : key
            var slot = Int(truncatingIfNeeded: probeKey ^ (probeKey >> 32)) & mask
            while slots[slot] != 0 && slots[slot] != probeKey { slot = (slot + 1) & mask }
            slots[slot] = probeKey
            slotValues[slot] = value
        }
        return (slots, slotValues)
    }
}
