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
    /// `words`, when given, are the words' numbers in the vocabulary (`TokenLayer.words`, `Vocabulary.unknown`
    /// for none), so the cache is not looked up again.
    public func tag(bytes: [UInt8], spans: ArraySlice<TextSpan>, words: ArraySlice<UInt32>? = nil,
                    into tags: inout [UniversalTag], scratch: inout TaggerScratch) {
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
        var sentenceCase = SentenceCaseCounter()
        let tables = model.tables
        bytes.withUnsafeBufferPointer { buffer in
            for (index, span) in spans.enumerated() {
                let word = UnsafeBufferPointer(rebasing: buffer[span.start..<span.end])
                let known = words.map { numbers -> Int? in
                    let number = numbers[numbers.startIndex + index]
                    return number == Vocabulary.unknown ? nil : Int(number)
                } ?? tables.formEntry(key: FeatureHash.formKey(word))
                if let entry = known {
                    scratch.rowBases.append(entry * rowWidth)
                    scratch.fixed.append(tables.formTags[entry])
                    scratch.identityKeys.append(tables.formIdentityKeys[entry])
                } else {
                    scratch.rowBases.append(-(1 + scratch.extraRows.count))
                    model.appendRows(of: word, to: &scratch.extraRows)
                    scratch.fixed.append(TaggerModel.noTag)
                    scratch.identityKeys.append(TaggerFeatures.identityKey(of: word))
                }
                scratch.capitalized.append(TaggerFeatures.isCapitalized(word))
                sentenceCase.add(word)
            }
        }
        let startBase = model.startEntry * rowWidth
        let endBase = model.endEntry * rowWidth
        let history = TaggerModel.historyCount
        var previous = history - 1
        var beforePrevious = history - 1
        if scratch.staticScores.count < count * width {
            scratch.staticScores = [Int32](repeating: 0, count: count * width)
        }
        let dense = UnsafeBufferPointer(tables.dense)
        let formRows = UnsafeBufferPointer(tables.formRows)
        let featureWeights = UnsafeBufferPointer(tables.featureWeights)
        var staticScoreBuffer = scratch.staticScores
        defer {
            scratch.staticScores = staticScoreBuffer
        }
        scratch.extraRows.withUnsafeBufferPointer { extraRows in
        scratch.rowBases.withUnsafeBufferPointer { rowBases in
        scratch.fixed.withUnsafeBufferPointer { fixedTags in
        scratch.identityKeys.withUnsafeBufferPointer { identityKeys in
        scratch.capitalized.withUnsafeBufferPointer { capitalized in
        staticScoreBuffer.withUnsafeMutableBufferPointer { staticScores in
            // First the scores that do not depend on the tags chosen: the word rows and the context features
            // of the words around. Tokens are independent here, so their table reads overlap.
            for position in 0..<count {
                guard fixedTags[position] == TaggerModel.noTag else { continue }
                var sums = TagScores.zero
                sums.add(dense.baseAddress!)
                for slot in 0..<5 {
                    let other = position + slot - 2
                    let base = other < 0 ? startBase : (other >= count ? endBase : rowBases[other])
                    if base >= 0 {
                        sums.add(formRows.baseAddress! + base + slot * width)
                    } else {
                        sums.add(extraRows.baseAddress! + (-(base + 1) + slot * width))
                    }
                }
                let keys = TaggerFeatures.staticContextKeys(
                    identityKey: identityKeys[position],
                    sentenceCase: sentenceCase.value, capitalized: capitalized[position],
                    first: position == 0,
                    before: position > 0 ? identityKeys[position - 1] : model.startIdentity,
                    after: position + 1 < count ? identityKeys[position + 1] : model.endIdentity)
                if let row = tables.featureRow(key: keys.0) { sums.add(featureWeights.baseAddress! + row * width) }
                if let row = tables.featureRow(key: keys.1) { sums.add(featureWeights.baseAddress! + row * width) }
                if let row = tables.featureRow(key: keys.2) { sums.add(featureWeights.baseAddress! + row * width) }
                if let row = tables.featureRow(key: keys.3) { sums.add(featureWeights.baseAddress! + row * width) }
                sums.store(to: staticScores.baseAddress! + position * width)
            }
            // Then left to right, adding the tag history.
            for position in 0..<count {
                let fixed = fixedTags[position]
                if fixed != TaggerModel.noTag {
                    tags.append(UniversalTag(rawValue: fixed)!)
                    beforePrevious = previous
                    previous = Int(fixed)
                    continue
                }
                var sums = TagScores(loadingFrom: staticScores.baseAddress! + position * width)
                sums.add(dense.baseAddress! + width * (1 + previous))
                sums.add(dense.baseAddress! + width * (1 + history + beforePrevious))
                sums.add(dense.baseAddress! + width * (1 + 2 * history + previous * history + beforePrevious))
                let withTag = TaggerFeatures.tagContextKey(identityKey: identityKeys[position], previous: previous)
                if let row = tables.featureRow(key: withTag) { sums.add(featureWeights.baseAddress! + row * width) }
                let best = sums.best
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

/// Reusable buffers for `PartOfSpeechTagger.tag(bytes:spans:words:into:scratch:)`, kept by a worker between sentences.
public struct TaggerScratch: Sendable {
    var rowBases: [Int] = []
    var fixed: [UInt8] = []
    var extraRows: [Int16] = []
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
