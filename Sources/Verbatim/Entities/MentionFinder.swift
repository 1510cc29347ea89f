/// Finds name mentions, unresolved names and pronouns in the sentences of one article, by rules over
/// `EntityToken`s. All offsets are **UTF-8 byte offsets** into `Document.text`.
///
/// A sentence is scanned for runs of capitalised words (joined by "of", "and", "de" ... when a capitalised word
/// follows); each run is labelled by `classify(_:_:)`. Sentences written in capitals or in title case (headlines)
/// are matched loosely: only against the gazetteers and, later, names the body gives.
struct MentionFinder {
    let lexicon: EntityLexicon
    let bytes: [UInt8]
    var candidates: [MentionCandidate] = []
    private(set) var unresolved: [UnresolvedName] = []
    private(set) var pronouns: [PronounMention] = []
    /// The words of the candidates and unresolved names, which they point into.
    var names: NameWords
    /// The tokens of the sentence being scanned.
    var tokens: [EntityToken] = []

    init(lexicon: EntityLexicon, bytes: [UInt8]) {
        self.lexicon = lexicon
        self.bytes = bytes
        self.names = NameWords(bytes: bytes)
    }

    /// Hands over the candidates, unresolved names, pronouns and the words they point into found so far, leaving
    /// the finder empty.
    mutating func takeFindings() -> (candidates: [MentionCandidate], unresolved: [UnresolvedName],
                                     pronouns: [PronounMention], names: NameWords) {
        defer {
            candidates = []
            unresolved = []
            pronouns = []
            names = NameWords(bytes: bytes)
        }
        return (candidates, unresolved, pronouns, names)
    }

    /// Scans one sentence (UTF-8 offsets).
    mutating func scan(sentence span: TextSpan) {
        lexicon.tokenizer.tokens(in: bytes, span: span, into: &tokens)
        guard !tokens.isEmpty else { return }
        if isHeadline() {
            scanLoosely()
        } else {
            scanRuns()
        }
    }

    /// A sentence mostly in capitals, or a title-case headline.
    private func isHeadline() -> Bool {
        var words = 0
        var capitals = 0
        var capitalised = 0
        var capitalisedFunctionWords = 0
        for (index, token) in tokens.enumerated() where bytes[token.start] > 0x39 {
            words += 1
            if token.isAllCaps && token.length >= 2 { capitals += 1 }
            if token.isCapitalized {
                capitalised += 1
                if index > 0 && token.classes.contains(.function) { capitalisedFunctionWords += 1 }
            }
        }
        if capitals >= 3 && capitals * 10 >= words * 6 { return true }
        if words >= 6 && capitalised * 20 >= words * 17 { return true }
        return words >= 4 && capitalisedFunctionWords >= 1 && capitalised * 10 >= words * 8
    }

    private mutating func scanRuns() {
        var index = 0
        let count = tokens.count
        while index < count {
            let token = tokens[index]
            if token.classes.contains(.pronoun), !token.isAllCaps,
               let gender = Self.pronounGender(token.classes) ?? lexicon.pronounGender[lowerWord(index)] {
                pronouns.append(PronounMention(span: TextSpan(start: token.start, end: token.end), gender: gender))
                index += 1
                continue
            }
            guard token.isCapitalized, !token.classes.contains(.nonEntity) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < count {
                let current = tokens[end]
                let previous = tokens[end - 1]
                guard current.joinedToPrevious, !previous.isHyphenModifier else { break }
                if current.isCapitalized {
                    if current.classes.contains(.nonEntity) {
                        let isSurname = end == index + 1 && previous.classes.contains(.givenName)
                            && !(end + 1 < count && (bytes[tokens[end + 1].start] &- 0x30) < 10)
                        guard isSurname else { break }
                    }
                    end += 1
                    continue
                }
                if current.classes.contains(.connector) || current.classes.contains(.particle) {
                    guard end + 1 < count, !previous.isPossessive, tokens[end + 1].isCapitalized,
                          tokens[end + 1].joinedToPrevious, !tokens[end + 1].classes.contains(.nonEntity) else { break }
                    end += 2
                    continue
                }
                if current.classes.contains(.organizationSuffix) { end += 1 }
                break
            }
            classify(index, end)
            index = end
        }
    }

    /// Headlines: gazetteer names matched without regard to case; the rest kept for matching against the body.
    private mutating func scanLoosely() {
        var index = 0
        var pending: [Int] = []
        func flush(_ finder: inout MentionFinder) {
            guard !pending.isEmpty else { return }
            let words = finder.addWords(pending)
            let span = TextSpan(start: finder.tokens[pending[0]].start, end: finder.tokens[pending[pending.count - 1]].end)
            finder.unresolved.append(UnresolvedName(span: span, words: words, isLoose: true, fallback: nil,
                                                    pairedCandidate: nil, title: nil))
            pending.removeAll()
        }
        while index < tokens.count {
            let token = tokens[index]
            let joined = pending.isEmpty || (token.joinedToPrevious && pending.last == index - 1)
            if !joined { flush(&self) }
            guard token.isCapitalized else {
                flush(&self)
                index += 1
                continue
            }
            if let (entry, end) = gazetteerMatch(at: index, limit: tokens.count, loose: true) {
                flush(&self)
                if case let .entity(kind) = entry.role {
                    emit(kind, index, end, rule: entry.headlineRule, canonical: entry.canonical)
                }
                index = end
                continue
            }
            if token.classes.contains(.function) || token.classes.contains(.nonEntity)
                || token.classes.contains(.title) || token.classes.contains(.partyAdjective) {
                flush(&self)
            } else {
                pending.append(index)
            }
            index += 1
        }
        flush(&self)
    }

    /// Records a mention of tokens `start..<end`.
    mutating func emit(_ kind: Entity.Kind, _ start: Int, _ end: Int, rule: String, title: TextSpan? = nil,
                       gender: PersonGender? = nil, canonical: String? = nil) {
        let span = TextSpan(start: tokens[start].start, end: tokens[end - 1].end)
        let seen = title ?? (kind == .person ? titleBefore(start) ?? appositiveTitle(after: end) : nil)
        candidates.append(MentionCandidate(span: span, kind: kind, rule: rule, words: addWords(start..<end),
                                           title: seen, gender: gender, canonical: canonical))
    }

    /// Adds the words of the tokens `indices` to `names` and returns their positions there.
    mutating func addWords<Indices: Sequence<Int>>(_ indices: Indices) -> Range<Int> {
        let first = names.endPosition
        for index in indices { names.add(TextSpan(start: tokens[index].start, end: tokens[index].end)) }
        return first..<names.endPosition
    }

    /// Keeps tokens `start..<end` for resolution against the whole article.
    mutating func keep(_ start: Int, _ end: Int, fallback: (kind: Entity.Kind, rule: String)?) {
        var paired: Int?
        if end - start == 1, tokens[start].before == "(", tokens[start].after == ")", let last = candidates.last,
           start > 0, last.span.end == tokens[start - 1].end {
            paired = candidates.count - 1
        }
        unresolved.append(UnresolvedName(span: TextSpan(start: tokens[start].start, end: tokens[end - 1].end),
                                         words: addWords(start..<end), isLoose: false, fallback: fallback,
                                         pairedCandidate: paired, title: appositiveTitle(after: end)))
    }

    /// The gender a pronoun's word classes tell, when they tell exactly one; else `lexicon.pronounGender` decides.
    private static func pronounGender(_ classes: EntityWordClass) -> PersonGender? {
        let male = classes.contains(.malePronoun)
        guard male != classes.contains(.femalePronoun) else { return nil }
        return male ? .male : .female
    }

    /// Whether the word at token `index` (without its possessive) equals `word`, given as `String` and as its
    /// UTF-8 bytes. Bytes decide unless either side has non-ASCII letters, where `String` equality (canonical
    /// equivalence) does.
    func word(_ index: Int, equals word: String, utf8: [UInt8]) -> Bool {
        let token = tokens[index]
        var isASCII = true
        if token.end - token.start == utf8.count {
            var offset = token.start
            var same = true
            for byte in utf8 {
                let other = bytes[offset]
                if other != byte { same = false }
                if (other | byte) >= 0x80 { isASCII = false }
                offset += 1
            }
            if same { return true }
        } else {
            isASCII = !utf8.contains { $0 >= 0x80 } && !bytes[token.start..<token.end].contains { $0 >= 0x80 }
        }
        return isASCII ? false : self.word(index) == word
    }

    /// The word at token `index` as written, without its possessive.
    func word(_ index: Int) -> String {
        String(decoding: bytes[tokens[index].start..<tokens[index].end], as: UTF8.self)
    }

    /// The word at token `index`, lower-cased.
    func lowerWord(_ index: Int) -> String {
        let token = tokens[index]
        var lowered = [UInt8](repeating: 0, count: token.length)
        var isASCII = true
        for offset in 0..<token.length {
            let byte = bytes[token.start + offset]
            if byte >= 0x80 { isASCII = false }
            lowered[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
        return isASCII ? String(decoding: lowered, as: UTF8.self) : word(index).lowercased()
    }

    /// Whether the word at token `index` ends with the ASCII byte `byte`.
    func word(_ index: Int, endsWith byte: UInt8) -> Bool {
        bytes[tokens[index].end - 1] == byte
    }

    /// The span from the start of token `start` to the end of token `last` (inclusive), in UTF-8 offsets.
    func span(_ start: Int, through last: Int) -> TextSpan {
        TextSpan(start: tokens[start].start, end: tokens[last].end)
    }
}

