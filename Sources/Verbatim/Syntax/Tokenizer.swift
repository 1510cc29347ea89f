/// The tokenizer stage: splits every sentence into the one token layer (`TokenLayer`) all later stages read.
///
/// Conventions are Universal Dependencies English, as the tagger was trained on: punctuation is a token of its own
/// (a run of one ASCII mark such as "..." or "--" is one token), clitics are split ("do" + "n't", "Smith" + "'s",
/// "we" + "'re"), a hyphen between word characters is a token, an abbreviation keeps its stop when the sentence
/// lexicon lists it ("Mr.", "Inc.") or when it is a dotted letter sequence or an initial ("U.S.", "J."), and numbers
/// keep their inner marks ("3.5", "1,000", "10:30"). URLs and e-mail addresses are one token.
///
/// All offsets are UTF-8 byte offsets into `Document.utf8`.
public struct Tokenizer: Stage {
    public let name = "tokens"
    public let requires: Set<Layer> = [.sentences, .boilerplate]
    public let provides: Set<Layer> = [.tokens]

    /// Abbreviations that keep their stop, without it ("Mr", "Inc", "Jan"): the sentence lexicon's, so the whole
    /// pipeline has one abbreviation list.
    let abbreviations: Set<String>
    let classes: WordClassTable
    let tagger: PartOfSpeechTagger

    public init(sentenceLexicon: SentenceLexicon, classes: WordClassTable, tagger: PartOfSpeechTagger) {
        self.abbreviations = sentenceLexicon.abbreviations.union(sentenceLexicon.titleAbbreviations)
        self.classes = classes
        self.tagger = tagger
    }

    public func process(_ document: inout Document) throws(ArticleError) {
        var layer = TokenLayer()
        layer.reserve(document.utf8.count / 5)
        let bytes = document.utf8
        var boilerplateIndex = 0
        var spans: [TextSpan] = []
        for sentence in document.sentences {
            spans.removeAll(keepingCapacity: true)
            split(bytes, sentence, into: &spans)
            bytes.withUnsafeBufferPointer { buffer in
                for span in spans {
                    let word = UnsafeBufferPointer(rebasing: buffer[span.start..<span.end])
                    var shape = Self.shape(of: word, bytes: bytes, span: span)
                    while boilerplateIndex < document.boilerplate.count
                            && document.boilerplate[boilerplateIndex].span.end <= span.start {
                        boilerplateIndex += 1
                    }
                    if boilerplateIndex < document.boilerplate.count
                        && document.boilerplate[boilerplateIndex].span.overlaps(span) {
                        shape.insert(.boilerplate)
                    }
                    let entry = tagger.model.formEntry(key: FeatureHash.formKey(word)).map { UInt32($0) }
                    layer.append(span: span, word: entry ?? Vocabulary.unknown, shape: shape,
                                 classes: classes.classes(of: word))
                }
            }
            layer.endSentence()
        }
        document.tokens = layer
    }

    /// Appends the token spans of `sentence` (UTF-8 offsets into `bytes`) to `spans`.
    func split(_ bytes: [UInt8], _ sentence: TextSpan, into spans: inout [TextSpan]) {
        var position = sentence.start
        while position < sentence.end {
            let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: position)
            if UTF8Scanner.isSpace(scalar) {
                position += length
                continue
            }
            // The white-space-delimited chunk, then the tokens inside it.
            var chunkEnd = position + length
            while chunkEnd < sentence.end {
                let (next, nextLength) = UTF8Scanner.scalar(in: bytes, at: chunkEnd)
                if UTF8Scanner.isSpace(next) { break }
                chunkEnd += nextLength
            }
            splitChunk(bytes, TextSpan(start: position, end: chunkEnd), into: &spans)
            position = chunkEnd
        }
    }

    private func splitChunk(_ bytes: [UInt8], _ chunk: TextSpan, into spans: inout [TextSpan]) {
        if let link = Self.linkCore(bytes, chunk) {
            for index in chunk.start..<link.start { spans.append(TextSpan(start: index, end: index + 1)) }
            spans.append(link)
            appendPunctuation(bytes, TextSpan(start: link.end, end: chunk.end), into: &spans)
            return
        }
        var position = chunk.start
        while position < chunk.end {
            let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: position)
            if Self.isWordCharacter(scalar) {
                position = appendWord(bytes, from: position, chunkEnd: chunk.end, into: &spans)
            } else {
                // A run of one ASCII mark ("...", "--", "!!") is one token; anything else a scalar each.
                var end = position + length
                if scalar.isASCII {
                    while end < chunk.end && bytes[end] == bytes[position] { end += 1 }
                }
                spans.append(TextSpan(start: position, end: end))
                position = end
            }
        }
    }

    /// Appends the word starting at `start` (and its split-off clitic), returning where scanning goes on.
    private func appendWord(_ bytes: [UInt8], from start: Int, chunkEnd: Int, into spans: inout [TextSpan]) -> Int {
        var end = start
        var hasLetter = false
        var allDigits = true
        while end < chunkEnd {
            let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: end)
            if Self.isWordCharacter(scalar) {
                if scalar.isASCII ? (scalar.value &- 0x30) >= 10 : scalar.properties.isAlphabetic {
                    hasLetter = true
                    allDigits = false
                }
                end += length
                continue
            }
            // Inner marks that join: an apostrophe between letters (O'Brien, unless a clitic follows), a stop
            // between letters (U.S.) or digits, a comma, colon or slash between digits (1,000 10:30 9/11).
            guard end + length < chunkEnd else { break }
            let (next, _) = UTF8Scanner.scalar(in: bytes, at: end + length)
            guard Self.isWordCharacter(next) else { break }
            let value = scalar.value
            if value == 0x27 || value == 0x2019 {
                if Self.cliticLength(bytes, at: end, chunkEnd: chunkEnd) != nil { break }
                end += length
            } else if value == 0x2E && (hasLetter ? Self.isLetter(next) : true) {
                end += length
            } else if (value == 0x2C || value == 0x3A || value == 0x2F) && allDigits
                        && (next.isASCII ? (next.value &- 0x30) < 10 : next.properties.numericType != nil) {
                end += length
            } else {
                break
            }
        }
        // "n't" belongs to the clitic, not the word ("do" + "n't", "ca" + "n't").
        if end - start >= 2, end < chunkEnd, (bytes[end - 1] | 0x20) == 0x6E,
           Self.isApostrophe(bytes, at: end), let clitic = Self.cliticLength(bytes, at: end, chunkEnd: chunkEnd),
           Self.isNegation(bytes, at: end, length: clitic) {
            spans.append(TextSpan(start: start, end: end - 1))
            spans.append(TextSpan(start: end - 1, end: end + clitic))
            return end + clitic
        }
        // A stop that belongs to the word: a listed abbreviation, a dotted sequence, or an initial.
        if end < chunkEnd, bytes[end] == 0x2E, !(end + 1 < chunkEnd && bytes[end + 1] == 0x2E) {
            let word = String(decoding: bytes[start..<end], as: UTF8.self)
            let isInitial = word.unicodeScalars.count == 1 && (word.first?.isUppercase ?? false)
            let isDotted = word.contains(".") && hasLetter
            if abbreviations.contains(word) || isInitial || isDotted {
                spans.append(TextSpan(start: start, end: end + 1))
                return end + 1
            }
        }
        spans.append(TextSpan(start: start, end: end))
        if end < chunkEnd, Self.isApostrophe(bytes, at: end),
           let clitic = Self.cliticLength(bytes, at: end, chunkEnd: chunkEnd) {
            spans.append(TextSpan(start: end, end: end + clitic))
            return end + clitic
        }
        return end
    }

    private func appendPunctuation(_ bytes: [UInt8], _ span: TextSpan, into spans: inout [TextSpan]) {
        var position = span.start
        while position < span.end {
            let length = UTF8Scanner.scalar(in: bytes, at: position).length
            spans.append(TextSpan(start: position, end: position + length))
            position += length
        }
    }

    /// A URL or e-mail address inside `chunk`, without opening and closing punctuation around it.
    static func linkCore(_ bytes: [UInt8], _ chunk: TextSpan) -> TextSpan? {
        // Most chunks have neither ':' nor '@' nor a 'www.' start: one byte scan rules them out.
        var candidate = chunk.length >= 4 && bytes[chunk.start] == 0x77
        var index = chunk.start
        while !candidate && index < chunk.end {
            candidate = bytes[index] == 0x3A || bytes[index] == 0x40
            index += 1
        }
        guard candidate else { return nil }
        let text = bytes[chunk.start..<chunk.end]
        let hasScheme = text.firstRange(of: Array("://".utf8)) != nil
        let hasWWW = text.starts(with: Array("www.".utf8))
        let at = text.firstIndex(of: 0x40)
        let isMail = at.map { $0 > chunk.start && text[($0 + 1)...].contains(0x2E) } ?? false
        guard hasScheme || hasWWW || isMail else { return nil }
        var start = chunk.start
        while start < chunk.end, "\"'(<[".utf8.contains(bytes[start]) { start += 1 }
        var end = chunk.end
        while end > start, ".,;:!?)\"'>]".utf8.contains(bytes[end - 1]) { end -= 1 }
        return start < end ? TextSpan(start: start, end: end) : nil
    }

    /// Letters, digits and combining marks make words.
    @inline(__always)
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value &- 0x61) < 26 || (value &- 0x41) < 26 || (value &- 0x30) < 10
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
            || properties.generalCategory == .enclosingMark
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar.value | 0x20) &- 0x61 < 26 : scalar.properties.isAlphabetic
    }

    private static func isApostrophe(_ bytes: [UInt8], at position: Int) -> Bool {
        bytes[position] == 0x27 || (position + 2 < bytes.count && bytes[position] == 0xE2 && bytes[position + 1] == 0x80
                                    && bytes[position + 2] == 0x99)
    }

    /// The byte length of a clitic ('s 're 've 'll 'd 'm, or 't after n) starting with the apostrophe at
    /// `position`, when the clitic ends the word; nil otherwise.
    static func cliticLength(_ bytes: [UInt8], at position: Int, chunkEnd: Int) -> Int? {
        guard isApostrophe(bytes, at: position) else { return nil }
        let mark = bytes[position] == 0x27 ? 1 : 3
        var end = position + mark
        while end < chunkEnd, (bytes[end] | 0x20) &- 0x61 < 26 { end += 1 }
        if end < chunkEnd {
            let (next, _) = UTF8Scanner.scalar(in: bytes, at: end)
            if isWordCharacter(next) { return nil }
        }
        let letters = String(decoding: bytes[(position + mark)..<end], as: UTF8.self).lowercased()
        switch letters {
        case "s", "re", "ve", "ll", "d", "m", "t": return end - position
        default: return nil
        }
    }

    /// Whether the clitic at `position` is "'t" after an "n" ("n't").
    private static func isNegation(_ bytes: [UInt8], at position: Int, length: Int) -> Bool {
        (bytes[position + length - 1] | 0x20) == 0x74 && length == (bytes[position] == 0x27 ? 2 : 4)
    }

    /// `shape(of:bytes:span:)` of an ASCII token, from the bytes alone.
    private static func asciiShape(of word: UnsafeBufferPointer<UInt8>) -> TokenShape {
        var shape: TokenShape = []
        var letters = 0
        var upper = 0
        for (index, byte) in word.enumerated() {
            if (byte &- 0x41) < 26 {
                letters += 1
                upper += 1
                if index == 0 { shape.insert(.capitalized) }
            } else if (byte &- 0x61) < 26 {
                letters += 1
            } else if (byte &- 0x30) < 10 {
                shape.insert(.hasDigit)
            }
        }
        if word.count == 1 && (word[0] == 0x22 || word[0] == 0x27) { shape.insert(.quotationMark) }
        if letters > 0 { shape.insert(.hasLetter) }
        if letters >= 2 && upper == letters { shape.insert(.allUpper) }
        if letters == 0 && !shape.contains(.hasDigit) { shape.insert(.punctuation) }
        if letters > 0 && word.count > 1 && word.last == 0x2E { shape.insert(.abbreviation) }
        return shape
    }

    /// The shape bits of a token.
    static func shape(of word: UnsafeBufferPointer<UInt8>, bytes: [UInt8], span: TextSpan) -> TokenShape {
        if word.allSatisfy({ $0 < 0x80 }) { return asciiShape(of: word) }
        var shape: TokenShape = []
        var letters = 0
        var upper = 0
        var position = span.start
        var first = true
        while position < span.end {
            let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: position)
            let properties = scalar.properties
            if properties.isAlphabetic {
                letters += 1
                if properties.isUppercase {
                    upper += 1
                    if first { shape.insert(.capitalized) }
                }
            } else if properties.numericType != nil {
                shape.insert(.hasDigit)
            }
            switch scalar.value {
            case 0x22, 0x27, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB, 0x2039, 0x203A:
                if span.length == length { shape.insert(.quotationMark) }
            default: break
            }
            first = false
            position += length
        }
        if letters > 0 { shape.insert(.hasLetter) }
        if letters >= 2 && upper == letters { shape.insert(.allUpper) }
        if letters == 0 && !shape.contains(.hasDigit) { shape.insert(.punctuation) }
        if letters > 0 && span.length > 1 && word.last == 0x2E { shape.insert(.abbreviation) }
        return shape
    }
}
