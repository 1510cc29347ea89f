/// Matching helpers: gazetteer names, titles, and the context that marks an unknown name as a person.
extension MentionFinder {
    /// The longest gazetteer entry that starts at token `start` and ends by `limit`, and the token after it.
    /// `loose` compares lower-cased words (headlines) and skips acronyms.
    ///
    /// Inlined, and the strict match static over the fields it reads, so that a call from a mutating rule does not
    /// copy the whole finder.
    @inline(__always)
    func gazetteerMatch(at start: Int, limit: Int, loose: Bool) -> (entry: GazetteerEntry, end: Int)? {
        if loose { return looseGazetteerMatch(at: start, limit: limit) }
        return Self.strictGazetteerMatch(at: start, limit: limit, tokens: tokens, bytes: bytes,
                                         index: lexicon.gazetteerIndex)
    }

    /// `gazetteerMatch(at:limit:loose:)` outside headlines: the first word by its `exactEntry`, the others compared
    /// as written with the UTF-8 `bytes` of `tokens`.
    private static func strictGazetteerMatch(at start: Int, limit: Int, tokens: [EntityToken], bytes: [UInt8],
                                             index: GazetteerIndex) -> (entry: GazetteerEntry, end: Int)? {
        let first = tokens[start]
        guard first.classes.contains(.gazetteerStart) else { return nil }
        for number in index.entries(startingWith: Int(first.exactEntry)) {
            let words = index.words(of: number)
            let end = start + words.count
            guard end <= limit else { continue }
            var matches = true
            for (offset, word) in words.enumerated() {
                let token = tokens[start + offset]
                if offset > 0 {
                    guard token.joinedToPrevious,
                          index.word(word, of: number, equals: bytes, start: token.start, end: token.end) else {
                        matches = false
                        break
                    }
                }
                if offset < words.count - 1, token.isPossessive != index.isPossessive(word) {
                    matches = false
                    break
                }
            }
            if matches { return (index.entry(number), end) }
        }
        return nil
    }

    /// `gazetteerMatch(at:limit:loose:)` in a headline: lower-cased words, no acronyms.
    private func looseGazetteerMatch(at start: Int, limit: Int) -> (entry: GazetteerEntry, end: Int)? {
        guard let entries = lexicon.gazetteerByLower[lowerWord(start)] else { return nil }
        for entry in entries where start + entry.words.count <= limit {
            var matches = true
            for offset in 0..<entry.words.count {
                let token = tokens[start + offset]
                if offset > 0 {
                    guard token.joinedToPrevious, lowerWord(start + offset) == entry.words[offset] else {
                        matches = false
                        break
                    }
                }
                if offset < entry.words.count - 1, token.isPossessive != entry.possessive[offset] {
                    matches = false
                    break
                }
            }
            if matches { return (entry, start + entry.words.count) }
        }
        return nil
    }

    /// The number of words of a title ("minister", "consul general", "mr.") that ends at token `index` and starts
    /// no earlier than `lowest`, compared without regard to case.
    func titleLength(endingAt index: Int, from lowest: Int) -> Int? {
        let token = tokens[index]
        if token.classes.contains(.titleEnd), let titles = lexicon.multiWordTitles[lowerWord(index)] {
            for words in titles where index - words.count + 1 >= lowest {
                let first = index - words.count + 1
                var matches = true
                for offset in 0..<words.count {
                    let word = tokens[first + offset]
                    if lowerWord(first + offset) != words[offset] || (offset > 0 && !word.joinedToPrevious) {
                        matches = false
                        break
                    }
                }
                if matches { return words.count }
            }
        }
        return token.classes.contains(.title) ? 1 : nil
    }

    /// The rule that marks tokens `start..<end` as a person from their context, if any: a lower-case title before
    /// ("executive Meng Wanzhou"), an appositive with a title after ("Han Tao, China's consul general"), or a
    /// speech verb after ("Trudeau said").
    func personContext(_ start: Int, _ end: Int) -> String? {
        if start > 0, tokens[start].joinedToPrevious {
            let before = tokens[start - 1]
            if !before.isCapitalized, before.classes.contains(.title) || before.classes.contains(.titleEnd) {
                return "context.title_before"
            }
        }
        guard end < tokens.count else { return nil }
        let next = tokens[end]
        if appositiveTitle(after: end) != nil { return "context.appositive" }
        if next.joinedToPrevious, !next.isCapitalized {
            if next.classes.contains(.cueVerb) { return "context.cue_verb" }
            if end + 1 < tokens.count, (next.end - next.start > 2 && bytes[next.end - 2] == UInt8(ascii: "l") && bytes[next.end - 1] == UInt8(ascii: "y")) || next.classes.contains(.function),
               tokens[end + 1].joinedToPrevious, tokens[end + 1].classes.contains(.cueVerb),
               !tokens[end + 1].isCapitalized {
                return "context.cue_verb"
            }
        }
        return nil
    }

    /// A lower-case title right before the name at token `start`, with the words that qualify it:
    /// "PMO spokesperson", "UFV associate professor", "Chinese telecom executive". A span in UTF-8 offsets.
    func titleBefore(_ start: Int) -> TextSpan? {
        guard start > 0, tokens[start].joinedToPrevious else { return nil }
        let last = tokens[start - 1]
        guard !last.isCapitalized, last.classes.contains(.title) || last.classes.contains(.titleEnd) else { return nil }
        var first = start - 1
        while first > 0, start - first < 5, tokens[first].joinedToPrevious {
            let previous = tokens[first - 1]
            let qualifies = previous.classes.contains(.title) || previous.classes.contains(.titleEnd)
                || previous.classes.contains(.titleModifier) || (previous.isCapitalized && !previous.classes.contains(.function))
            guard qualifies, !previous.isPossessive || previous.isCapitalized else { break }
            first -= 1
        }
        return span(first, through: start - 1)
    }

    /// The title of an appositive after the name ending before token `end`: ", a Toronto-area MP" gives
    /// "Toronto-area MP", ", then China's consul general" gives "China's consul general". Within six words after
    /// the comma, without other punctuation, a title that is not itself the subject of a speech verb. A span in UTF-8
    /// offsets.
    func appositiveTitle(after end: Int) -> TextSpan? {
        guard end > 0, end < tokens.count, tokens[end - 1].after == "," else { return nil }
        let first = end
        let opener = tokens[first]
        guard opener.classes.contains(.appositiveOpener) || opener.isPossessive
                || opener.classes.contains(.title) || opener.classes.contains(.titleModifier) else { return nil }
        var index = first
        let limit = min(tokens.count, first + 6)
        while index < limit {
            let token = tokens[index]
            if index > first, !token.joinedToPrevious, !tokens[index - 1].isHyphenModifier { return nil }
            if token.classes.contains(.title) || titleLength(endingAt: index, from: first) != nil {
                let next = index + 1
                if next < tokens.count, tokens[next].joinedToPrevious, tokens[next].classes.contains(.cueVerb) {
                    return nil
                }
                var index = index
                while index + 1 < limit, tokens[index + 1].joinedToPrevious,
                      let length = titleLength(endingAt: index + 1, from: first), length > 1 {
                    index += 1
                }
                var titleStart = first
                while titleStart < index, tokens[titleStart].classes.contains(.function),
                      !tokens[titleStart].isCapitalized || tokens[titleStart].classes.contains(.appositiveOpener) {
                    titleStart += 1
                }
                return span(titleStart, through: index)
            }
            index += 1
        }
        return nil
    }
}
