/// Tags words with Universal Dependencies part-of-speech tags: a greedy left-to-right averaged perceptron
/// (`TaggerModel`, trained by `TaggerTrainer`).
///
/// Each token is scored once from cached per-form rows, so tagging costs a few table reads and additions a
/// token; forms outside the cache have their rows summed from the feature table once per sentence.
public struct PartOfSpeechTagger: Sendable {
    public let model: TaggerModel

    public init(model: TaggerModel) {
        self.model = model
    }

    /// Loads the model at `path` (`Models/syntax/tagger.bin`).
    public init(path: String) throws(ModelError) {
        self.model = try TaggerModelFile.load(path: path)
    }

    /// The tags of one sentence's words, each given as UTF-8 bytes.
    public func tag(_ words: [[UInt8]]) -> [UniversalTag] {
        var bytes: [UInt8] = []
        var spans: [TextSpan] = []
        for word in words {
            spans.append(TextSpan(start: bytes.count, end: bytes.count + word.count))
            bytes.append(contentsOf: word)
        }
        var tags: [UniversalTag] = []
        var scratch = TaggerScratch()
        tag(bytes: bytes, spans: spans[...], into: &tags, scratch: &scratch)
        return tags
    }

    /// Appends the tags of one sentence's words, given as `spans` (UTF-8 offsets) of `bytes`, to `tags`.
    public func tag(bytes: [UInt8], spans: ArraySlice<TextSpan>, into tags: inout [UniversalTag],
                    scratch: inout TaggerScratch) {
        let count = spans.count
        guard count > 0 else { return }
        let width = TaggerModel.tagCount
        let rowWidth = 5 * width
        // Each word's row base: >= 0 into the model's form rows, < 0 as -(1 + base) into scratch.extraRows.
        scratch.rowBases.removeAll(keepingCapacity: true)
        scratch.fixed.removeAll(keepingCapacity: true)
        scratch.extraRows.removeAll(keepingCapacity: true)
        scratch.identityKeys.removeAll(keepingCapacity: true)
        scratch.capitalized.removeAll(keepingCapacity: true)
        var sentenceCase: UInt8 = 0
        bytes.withUnsafeBufferPointer { buffer in
            for span in spans {
                let word = UnsafeBufferPointer(rebasing: buffer[span.start..<span.end])
                if let entry = model.formEntry(key: FeatureHash.formKey(word)) {
                    scratch.rowBases.append(entry * rowWidth)
                    scratch.fixed.append(model.formTags[entry])
                    scratch.identityKeys.append(model.formIdentityKeys[entry])
                } else {
                    scratch.rowBases.append(-(1 + scratch.extraRows.count))
                    model.appendRows(of: word, to: &scratch.extraRows)
                    scratch.fixed.append(TaggerModel.noTag)
                    scratch.identityKeys.append(TaggerFeatures.identityKey(of: word))
                }
                scratch.capitalized.append(TaggerFeatures.isCapitalized(word))
            }
            sentenceCase = TaggerFeatures.sentenceCase(spans.map { UnsafeBufferPointer(rebasing: buffer[$0.start..<$0.end]) })
        }
        let startBase = model.startEntry * rowWidth
        let endBase = model.endEntry * rowWidth
        let history = TaggerModel.historyCount
        var previous = history - 1
        var beforePrevious = history - 1
        if scratch.staticScores.count < count * width {
            scratch.staticScores = [Int32](repeating: 0, count: count * width)
        }
        model.dense.withUnsafeBufferPointer { dense in
        model.formRows.withUnsafeBufferPointer { formRows in
        scratch.extraRows.withUnsafeBufferPointer { extraRows in
        model.featureWeights.withUnsafeBufferPointer { featureWeights in
        scratch.staticScores.withUnsafeMutableBufferPointer { staticScores in
        scratch.scores.withUnsafeMutableBufferPointer { scores in
            // First the scores that do not depend on the tags chosen: the word rows and the context features
            // of the words around. Tokens are independent here, so their table reads overlap.
            for position in 0..<count {
                let target = staticScores.baseAddress! + position * width
                @inline(__always) func add(_ row: UnsafePointer<Int16>) {
                    for tag in 0..<width { target[tag] &+= Int32(row[tag]) }
                }
                for tag in 0..<width { target[tag] = Int32(dense[tag]) }
                guard scratch.fixed[position] == TaggerModel.noTag else { continue }
                for slot in 0..<5 {
                    let other = position + slot - 2
                    let base = other < 0 ? startBase : (other >= count ? endBase : scratch.rowBases[other])
                    if base >= 0 {
                        add(formRows.baseAddress! + base + slot * width)
                    } else {
                        add(extraRows.baseAddress! + (-(base + 1) + slot * width))
                    }
                }
                let keys = TaggerFeatures.staticContextKeys(
                    identityKey: scratch.identityKeys[position],
                    sentenceCase: sentenceCase, capitalized: scratch.capitalized[position],
                    first: position == 0,
                    before: position > 0 ? scratch.identityKeys[position - 1] : model.startIdentity,
                    after: position + 1 < count ? scratch.identityKeys[position + 1] : model.endIdentity)
                for key in [keys.0, keys.1, keys.2] {
                    if let row = model.featureRow(key: key) { add(featureWeights.baseAddress! + row * width) }
                }
            }
            // Then left to right, adding the tag history.
            for position in 0..<count {
                let fixed = scratch.fixed[position]
                if fixed != TaggerModel.noTag {
                    tags.append(UniversalTag(rawValue: fixed)!)
                    beforePrevious = previous
                    previous = Int(fixed)
                    continue
                }
                @inline(__always) func add(_ row: UnsafePointer<Int16>) {
                    for tag in 0..<width { scores[tag] &+= Int32(row[tag]) }
                }
                let source = staticScores.baseAddress! + position * width
                for tag in 0..<width { scores[tag] = source[tag] }
                add(dense.baseAddress! + width * (1 + previous))
                add(dense.baseAddress! + width * (1 + history + beforePrevious))
                add(dense.baseAddress! + width * (1 + 2 * history + previous * history + beforePrevious))
                let withTag = TaggerFeatures.tagContextKey(identityKey: scratch.identityKeys[position], previous: previous)
                if let row = model.featureRow(key: withTag) { add(featureWeights.baseAddress! + row * width) }
                var best = 0
                for tag in 1..<width where scores[tag] > scores[best] { best = tag }
                tags.append(UniversalTag(rawValue: UInt8(best))!)
                beforePrevious = previous
                previous = best
            }
        }
        }
        }
        }
        }
        }
    }
}

/// Reusable buffers for `PartOfSpeechTagger.tag(bytes:spans:into:scratch:)`, kept by a worker between sentences.
public struct TaggerScratch: Sendable {
    var rowBases: [Int] = []
    var fixed: [UInt8] = []
    var extraRows: [Int16] = []
    var scores = [Int32](repeating: 0, count: TaggerModel.tagCount)
    var identityKeys: [UInt64] = []
    var staticScores: [Int32] = []
    var capitalized: [Bool] = []

    public init() {}
}

extension PartOfSpeechTagger {
    /// How many of `sentences`' words this tagger tags as their gold tags say, and how many words there are.
    public func score(_ sentences: [TaggedSentence]) -> (correct: Int, total: Int) {
        var correct = 0
        var total = 0
        for sentence in sentences {
            for (guess, gold) in zip(tag(sentence.words), sentence.tags) {
                total += 1
                if guess == gold { correct += 1 }
            }
        }
        return (correct, total)
    }
}
