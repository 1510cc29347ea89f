/// Trains a `TaggerModel`: a greedy averaged perceptron (Collins 2002) over `TaggerFeatures` and tag history, with
/// a tag dictionary for frequent unambiguous forms.
///
/// Deterministic: the same sentences and settings give the same model bytes (sentences are shuffled by a fixed
/// linear congruential sequence, and every table is written in sorted key order).
public struct TaggerTrainer: Sendable {
    /// Passes over the training data.
    public var iterations = 12
    /// A form seen at least this often with one tag in at least `fixedTagShare` of its uses is always given that tag.
    public var fixedTagMinimumCount = 20
    public var fixedTagShare = 0.97
    /// Forms seen at least this often get their rows cached in the model (the others are summed when met).
    public var cacheMinimumCount = 2
    /// Features seen fewer times than this in training are left out of the model.
    public var featureMinimumCount = 2

    public init() {}

    private static let width = TaggerModel.tagCount
    private static let history = TaggerModel.historyCount
    /// Dense feature numbers: bias 0, previous tag 1..., tag before it, then the pair.
    private static let denseCount = 1 + 2 * history + history * history

    /// Trains on `sentences`; `provenance` says what they are (written into the model).
    public func train(_ sentences: [TaggedSentence], provenance: String) -> TaggerModel {
        let width = Self.width
        // Tag dictionary and form counts.
        var formCounts: [[UInt8]: [Int]] = [:]
        for sentence in sentences {
            for (word, tag) in zip(sentence.words, sentence.tags) {
                formCounts[TaggerFeatures.folded(word), default: [Int](repeating: 0, count: width)][Int(tag.rawValue)] += 1
            }
        }
        var fixedTags: [[UInt8]: UInt8] = [:]
        for (form, counts) in formCounts {
            let total = counts.reduce(0, +)
            let best = counts.indices.max { counts[$0] < counts[$1] }!
            if total >= fixedTagMinimumCount && Double(counts[best]) >= fixedTagShare * Double(total) {
                fixedTags[form] = UInt8(best)
            }
        }

        // Feature numbers for every word of every sentence, by relative position.
        var featureIndex: [UInt64: Int32] = [:]
        var featureKeys: [UInt64] = []
        var featureSeen: [Int32] = []
        var rowsByForm: [[UInt8]: [[Int32]]] = [:]
        func features(of form: [UInt8]) -> [[Int32]] {
            if let known = rowsByForm[form] { return known }
            let rows = TaggerFeatures.offsets.map { offset in
                TaggerFeatures.keys(of: form, offset: offset).map { key -> Int32 in
                    if let index = featureIndex[key] { return index }
                    let index = Int32(Self.denseCount + featureKeys.count)
                    featureIndex[key] = index
                    featureKeys.append(key)
                    featureSeen.append(0)
                    return index
                }
            }
            rowsByForm[form] = rows
            return rows
        }
        let startRows = features(of: TaggerFeatures.sentenceStart)
        let endRows = features(of: TaggerFeatures.sentenceEnd)
        var prepared: [[[[Int32]]]] = []
        prepared.reserveCapacity(sentences.count)
        for sentence in sentences {
            let rows = sentence.words.map { features(of: TaggerFeatures.folded($0)) }
            for word in rows { for row in word { for feature in row { featureSeen[Int(feature) - Self.denseCount] += 1 } } }
            prepared.append(rows)
        }

        // Averaged perceptron.
        let featureTotal = Self.denseCount + featureKeys.count
        var weights = [Float](repeating: 0, count: featureTotal * width)
        var totals = [Double](repeating: 0, count: featureTotal * width)
        var stamps = [Int32](repeating: 0, count: featureTotal * width)
        // Context features are numbered as they are first met.
        func contextFeature(_ key: UInt64) -> Int32 {
            if let index = featureIndex[key] { return index }
            let index = Int32(Self.denseCount + featureKeys.count)
            featureIndex[key] = index
            featureKeys.append(key)
            featureSeen.append(0)
            weights.append(contentsOf: repeatElement(0, count: width))
            totals.append(contentsOf: repeatElement(0, count: width))
            stamps.append(contentsOf: repeatElement(0, count: width))
            return index
        }
        var clock: Int32 = 0
        var active: [Int32] = []
        var scores = [Float](repeating: 0, count: width)
        func update(_ feature: Int32, tag: Int, by amount: Float) {
            let slot = Int(feature) * width + tag
            totals[slot] += Double(clock - stamps[slot]) * Double(weights[slot])
            stamps[slot] = clock
            weights[slot] += amount
        }
        let startIdentity = TaggerFeatures.identityKey(of: TaggerFeatures.sentenceStart)
        let endIdentity = TaggerFeatures.identityKey(of: TaggerFeatures.sentenceEnd)
        var order = Array(sentences.indices)
        var random: UInt64 = 0x9E37_79B9_7F4A_7C15
        for iteration in 0..<iterations {
            for index in stride(from: order.count - 1, to: 0, by: -1) {
                random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                order.swapAt(index, Int((random >> 33) % UInt64(index + 1)))
            }
            for sentenceIndex in order {
                let sentence = sentences[sentenceIndex]
                let rows = prepared[sentenceIndex]
                let sentenceCase = TaggerFeatures.sentenceCase(sentence.words)
                let identities = sentence.words.map(TaggerFeatures.identityKey)
                var previous = Self.history - 1
                var beforePrevious = Self.history - 1
                for position in rows.indices {
                    clock += 1
                    let gold = Int(sentence.tags[position].rawValue)
                    if let fixed = fixedTags[TaggerFeatures.folded(sentence.words[position])] {
                        beforePrevious = previous
                        previous = Int(fixed)
                        continue
                    }
                    active.removeAll(keepingCapacity: true)
                    active.append(0)
                    active.append(Int32(1 + previous))
                    active.append(Int32(1 + Self.history + beforePrevious))
                    active.append(Int32(1 + 2 * Self.history + previous * Self.history + beforePrevious))
                    for (slot, offset) in TaggerFeatures.offsets.enumerated() {
                        let other = position + offset
                        let word = other < 0 ? startRows : (other >= rows.count ? endRows : rows[other])
                        active.append(contentsOf: word[slot])
                    }
                    let word = sentence.words[position]
                    let identity = identities[position]
                    let keys = TaggerFeatures.staticContextKeys(
                        identityKey: identity, sentenceCase: sentenceCase,
                        capitalized: TaggerFeatures.isCapitalized(word), first: position == 0,
                        before: position > 0 ? identities[position - 1] : startIdentity,
                        after: position + 1 < identities.count ? identities[position + 1] : endIdentity)
                    let contextStart = active.count
                    for key in [keys.0, keys.1, keys.2, keys.3] { active.append(contextFeature(key)) }
                    active.append(contextFeature(TaggerFeatures.tagContextKey(identityKey: identity, previous: previous)))
                    if iteration == 0 {
                        for feature in active[contextStart...] { featureSeen[Int(feature) - Self.denseCount] += 1 }
                    }
                    for tag in 0..<width { scores[tag] = 0 }
                    for feature in active {
                        let base = Int(feature) * width
                        for tag in 0..<width { scores[tag] += weights[base + tag] }
                    }
                    var guess = 0
                    for tag in 1..<width where scores[tag] > scores[guess] { guess = tag }
                    if guess != gold {
                        for feature in active {
                            update(feature, tag: gold, by: 1)
                            update(feature, tag: guess, by: -1)
                        }
                    }
                    beforePrevious = previous
                    previous = guess
                }
            }
        }
        var averaged = [Float](repeating: 0, count: weights.count)
        for slot in averaged.indices {
            let total = totals[slot] + Double(clock - stamps[slot]) * Double(weights[slot])
            averaged[slot] = Float(total / Double(max(clock, 1)))
        }
        return quantize(averaged: averaged, featureKeys: featureKeys, featureSeen: featureSeen,
                        rowsByForm: rowsByForm, formCounts: formCounts, fixedTags: fixedTags,
                        provenance: provenance)
    }

    /// Turns averaged weights into the model's fixed-point tables.
    private func quantize(averaged: [Float], featureKeys: [UInt64], featureSeen: [Int32],
                          rowsByForm: [[UInt8]: [[Int32]]], formCounts: [[UInt8]: [Int]],
                          fixedTags: [[UInt8]: UInt8], provenance: String) -> TaggerModel {
        let width = Self.width
        // Forms to cache, in sorted order; their float rows decide the scale.
        var cached = formCounts.filter { $0.value.reduce(0, +) >= cacheMinimumCount }.map(\.key)
        cached.append(TaggerFeatures.sentenceStart)
        cached.append(TaggerFeatures.sentenceEnd)
        cached.sort { $0.lexicographicallyPrecedes($1) }
        let kept = { (feature: Int32) -> Bool in
            feature < Int32(Self.denseCount) || featureSeen[Int(feature) - Self.denseCount] >= Int32(featureMinimumCount)
        }
        var largest: Float = 1e-6
        for value in averaged { largest = max(largest, abs(value)) }
        for form in cached {
            for row in rowsByForm[form]! {
                var sums = [Float](repeating: 0, count: width)
                for feature in row where kept(feature) {
                    for tag in 0..<width { sums[tag] += averaged[Int(feature) * width + tag] }
                }
                for sum in sums { largest = max(largest, abs(sum)) }
            }
        }
        let scale = 32_000 / largest
        func fixedPoint(_ value: Float) -> Int16 { Int16((value * scale).rounded()) }

        let dense = (0..<(Self.denseCount * width)).map { fixedPoint(averaged[$0]) }
        // Feature table, sorted by key, zero rows dropped.
        var keptFeatures: [(key: UInt64, feature: Int)] = []
        for (offset, key) in featureKeys.enumerated() where featureSeen[offset] >= Int32(featureMinimumCount) {
            let feature = Self.denseCount + offset
            if (0..<width).contains(where: { fixedPoint(averaged[feature * width + $0]) != 0 }) {
                keptFeatures.append((key, feature))
            }
        }
        keptFeatures.sort { $0.key < $1.key }
        var featureWeights: [Int16] = []
        for entry in keptFeatures {
            for tag in 0..<width { featureWeights.append(fixedPoint(averaged[entry.feature * width + tag])) }
        }
        let featureTable = TaggerModel.hashTable(keys: keptFeatures.map(\.key),
                                                 values: (0..<keptFeatures.count).map { UInt32($0) })
        // The cached forms and their fixed tags; the model sums their rows from the feature table.
        var formPool: [UInt8] = []
        var formOffsets: [UInt32] = [0]
        for form in cached {
            formPool.append(contentsOf: form)
            formOffsets.append(UInt32(formPool.count))
        }
        // The parts agree by construction.
        return try! TaggerModel(provenance: provenance, dense: dense, featureKeys: featureTable.keys,
                                featureRows: featureTable.values, featureWeights: featureWeights,
                                formPool: formPool, formOffsets: formOffsets,
                                formTags: cached.map { fixedTags[$0] ?? TaggerModel.noTag })
    }
}
