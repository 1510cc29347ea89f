/// Every word the quote lexicons list, numbered, with what the lists say of it, looked up straight from UTF-8 bytes
/// (so tokenizing builds no strings). Numbers below `RuleWord.allCases.count` are the rule words, in their order.
struct QuoteVocabulary: Sendable {
    /// The tables, shared: a copy of the vocabulary (one per speaker parser) costs one reference.
    private final class Storage: Sendable {
        /// Lower-case word → its number.
        let table: WordTable
        /// By word number: the word's classes.
        let classes: [QuoteWordClass]
        /// By word number: the lemma when the word alone is a cue ("said" → "say").
        let cueLemmas: [String?]
        /// By word number: the pronoun class when the word is a speaker pronoun ("he" → "person-male").
        let pronounClasses: [String?]
        /// Two-word cues ("according to") by `pairKey` of their words' numbers, mapped to their lemma and its classes.
        let twoWordCues: [Int: (lemma: String, classes: QuoteWordClass)]

        init(table: WordTable, classes: [QuoteWordClass], cueLemmas: [String?], pronounClasses: [String?],
             twoWordCues: [Int: (lemma: String, classes: QuoteWordClass)]) {
            self.table = table
            self.classes = classes
            self.cueLemmas = cueLemmas
            self.pronounClasses = pronounClasses
            self.twoWordCues = twoWordCues
        }
    }

    private let storage: Storage

    /// The classes of word `number` (not -1).
    @inline(__always)
    func classes(of number: Int32) -> QuoteWordClass { storage.classes[Int(number)] }

    /// A vocabulary of every cue form and pronoun, and of the words of `classed`; the classes of `lemmaClassed` go
    /// to every cue form whose lemma the class lists.
    init(cues: [String: String], pronouns: [String: String], classed: [(words: Set<String>, class: QuoteWordClass)],
         lemmaClassed: [(lemmas: Set<String>, class: QuoteWordClass)]) {
        var words = RuleWord.allCases.map(\.text)
        var numbers = Dictionary(uniqueKeysWithValues: words.enumerated().map { ($0.element, $0.offset) })
        func number(_ word: String) -> Int {
            if let known = numbers[word] { return known }
            numbers[word] = words.count
            words.append(word)
            return words.count - 1
        }
        var classesByNumber: [Int: QuoteWordClass] = [:]
        var lemmas: [Int: String] = [:]
        var pairs: [Int: (lemma: String, classes: QuoteWordClass)] = [:]
        for (form, lemma) in cues {
            let parts = form.split(separator: " ").map(String.init)
            var lemmaClasses: QuoteWordClass = []
            for (list, lemmaClass) in lemmaClassed where list.contains(lemma) { lemmaClasses.insert(lemmaClass) }
            if parts.count == 1 {
                let id = number(form)
                classesByNumber[id, default: []].formUnion(lemmaClasses.union(.cue))
                lemmas[id] = lemma
            } else {
                let first = number(parts[0])
                classesByNumber[first, default: []].insert(.opensTwoWordCue)
                pairs[Self.pairKey(first, number(parts[1]))] = (lemma, lemmaClasses)
            }
        }
        var pronounsByNumber: [Int: String] = [:]
        for (pronoun, pronounClass) in pronouns {
            let id = number(pronoun)
            classesByNumber[id, default: []].insert(.pronoun)
            pronounsByNumber[id] = pronounClass
        }
        for (list, wordClass) in classed {
            for word in list { classesByNumber[number(word), default: []].insert(wordClass) }
        }
        storage = Storage(table: WordTable(keys: words), classes: words.indices.map { classesByNumber[$0] ?? [] },
                          cueLemmas: words.indices.map { lemmas[$0] }, pronounClasses: words.indices.map { pronounsByNumber[$0] },
                          twoWordCues: pairs)
    }

    /// The number of the `length` bytes at `word` (ASCII capitals folded when `fold` is set), or -1 when unlisted.
    @inline(__always)
    func number(_ word: UnsafePointer<UInt8>, _ length: Int, fold: Bool) -> Int32 {
        guard let index = storage.table.index(word, length, fold: fold) else { return -1 }
        return Int32(index)
    }

    /// `number(_:_:fold: true)` for a word whose folded hash (`WordTable.hash(_:_:fold: true)`) is already known.
    @inline(__always)
    func number(_ word: UnsafePointer<UInt8>, _ length: Int, foldedHash: UInt64) -> Int32 {
        storage.table.entry(word, length, fold: true, hash: foldedHash).index
    }

    /// The number of a lower-case word, or -1 when unlisted.
    func number(of word: String) -> Int32 {
        var bytes = Array(word.utf8)
        guard !bytes.isEmpty else { return -1 }
        return bytes.withUnsafeMutableBufferPointer { number($0.baseAddress!, $0.count, fold: false) }
    }

    /// The pronoun class of a speaker pronoun token ("he" → "person-male"), or nil.
    func pronounClass(of token: QuoteToken) -> String? {
        token.isPronoun ? storage.pronounClasses[Int(token.word)] : nil
    }

    /// The lemma of a one-word cue token ("said" → "say"), or nil.
    func cueLemma(of token: QuoteToken) -> String? {
        token.has(.cue) ? storage.cueLemmas[Int(token.word)] : nil
    }

    /// The lemma and lemma classes of the two-word cue made of words `first` and `second` ("according" "to"), if it
    /// is one.
    func twoWordCue(_ first: Int32, _ second: Int32) -> (lemma: String, classes: QuoteWordClass)? {
        guard first >= 0, second >= 0 else { return nil }
        return storage.twoWordCues[Self.pairKey(Int(first), Int(second))]
    }

    private static func pairKey(_ first: Int, _ second: Int) -> Int { first << 32 | second }
}
