/// A speaker mention found next to a cue, split into its title part and its name part.
struct SpeakerPhrase: Sendable {
    /// Token range of the whole mention ("UFV associate professor Hamish Telford").
    let tokens: Range<Int>
    /// UTF-8 offsets of the whole mention.
    let span: TextSpan
    /// The mention as written.
    let text: String
    /// The name part ("Hamish Telford", "Global News"), or nil for a pronoun or a bare description.
    let name: String?
    /// The title or affiliation part ("UFV associate professor", "a spokesperson for Global News"), or nil.
    let title: String?
    /// The pronoun class ("person-male", ...) when the mention is a pronoun.
    let pronounClass: String?
    /// UTF-8 offsets of the name part, when there is one.
    var nameSpan: TextSpan? = nil
}

/// Finds speaker mentions before a cue (reading backwards) or after it (reading forwards).
struct SpeakerPhraseParser {
    let vocabulary: QuoteVocabulary
    let tokens: [QuoteToken]
    let bytes: [UInt8]

    /// Longest aside between a speaker and a cue, and longest speaker phrase, in tokens: bounds the search.
    private static let maxAsideTokens = 40
    private static let maxPhraseTokens = 14

    /// The mention ending just before token `end` (exclusive), skipping adverbials ("also", "Wednesday") and a
    /// parenthetical aside set off by commas or dashes ("Dong, the MP for Don Valley North since 2019, told").
    func before(_ end: Int, lowerBound: Int) -> SpeakerPhrase? {
        var last = end - 1
        while last >= lowerBound, tokens[last].isWord, isAdverbial(tokens[last]) { last -= 1 }
        guard last >= lowerBound else { return nil }
        if tokens[last].isPunctuation(",") || tokens[last].isPunctuation("—") || tokens[last].isPunctuation("–")
            || tokens[last].isPunctuation(")") || tokens[last].isPunctuation("-") {
            // An aside (commas, dashes, "--" or parentheses): find where it opens, and take the mention before that.
            let closer: Unicode.Scalar = tokens[last].scalar == ")" ? "(" : tokens[last].scalar
            var open = last - 1
            let floor = max(lowerBound, last - Self.maxAsideTokens)
            while open >= floor, !tokens[open].isPunctuation(closer), !tokens[open].isQuoteMark,
                  closer == "(" || !tokens[open].isTerminal {
                open -= 1
            }
            guard open > lowerBound, tokens[open].isPunctuation(closer), last - open >= 2 else { return nil }
            // "--" is two hyphen tokens on each side.
            let before = closer == "-" && open - 1 > lowerBound && tokens[open - 1].isPunctuation("-") ? open - 2 : open - 1
            return phrase(endingAt: before, lowerBound: lowerBound)
        }
        return phrase(endingAt: last, lowerBound: lowerBound)
    }

    /// The mention starting at token `start` and read forwards ("said Conservative MP Michael Chong Tuesday").
    func after(_ start: Int, upperBound: Int) -> SpeakerPhrase? {
        // "But Greenberg said", "While he wrote": a clause opener (and its comma) is not part of the speaker.
        var start = start
        while start < upperBound, tokens[start].isWord && tokens[start].has(.clauseOpener)
            || tokens[start].isPunctuation(",") {
            start += 1
        }
        guard start < upperBound, tokens[start].isWord else { return nil }
        if let pronoun = vocabulary.pronounClass(of: tokens[start]) {
            return make(start..<(start + 1), pronoun: pronoun)
        }
        var end = start
        if tokens[start].has(.phraseDeterminer) || tokens[start].has(.possessivePronoun) {
            // "the sources", "a spokesperson for …", "both sources": lower-case modifiers up to a role noun or name.
            end += 1
            var probe = end
            while probe < upperBound, probe - start <= 4, tokens[probe].isWord, !tokens[probe].isCapitalized,
                  !tokens[probe].isRoleNoun {
                probe += 1
            }
            guard probe < upperBound, tokens[probe].isWord,
                  tokens[probe].isCapitalized || tokens[probe].isRoleNoun else { return nil }
            end = probe
        }
        while end < min(upperBound, start + Self.maxPhraseTokens), tokens[end].isWord,
              isNameOrRole(tokens[end]) || (end > start && isConnector(tokens[end], next: end + 1)) {
            if end > start, tokens[end].isCapitalized, isAdverbial(tokens[end]) { break }
            end += 1
        }
        // A phrase never ends in a connector: "Mayor Ana Ruiz on Monday" stops before "on" when "Monday" is an
        // adverbial, and "David Anders at Merrill Lynch on Thursday" before the last "on".
        while end > start + 1, tokens[end - 1].has(.nameConnector) { end -= 1 }
        guard end > start else { return nil }
        return make(start..<end, pronoun: nil)
    }

    /// The mention made of exactly the words `range`, less trailing adverbials ("UFV associate professor Hamish
    /// Telford" between a quotation and its cue). Nil when the range holds punctuation or no name or role.
    func exactly(_ range: Range<Int>) -> SpeakerPhrase? {
        var end = range.upperBound
        while end > range.lowerBound, isAdverbial(tokens[end - 1]), !tokens[end - 1].isRoleNoun,
              !tokens[end - 1].has(.phraseDeterminer) {
            end -= 1
        }
        guard end > range.lowerBound, end - range.lowerBound <= 10 else { return nil }
        let words = tokens[range.lowerBound..<end]
        guard words.allSatisfy(\.isWord) else { return nil }
        if end - range.lowerBound == 1, let pronoun = vocabulary.pronounClass(of: words.first!) {
            return make(range.lowerBound..<end, pronoun: pronoun)
        }
        guard words.contains(where: { isNameOrRole($0) }) else { return nil }
        return make(range.lowerBound..<end, pronoun: nil)
    }

    /// A lower-case noun phrase used as a source as it stands ("the data", "exit polls").
    func description(_ range: Range<Int>) -> SpeakerPhrase? {
        guard !range.isEmpty, tokens[range].allSatisfy(\.isWord) else { return nil }
        let span = TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
        let text = String(decoding: bytes[span.start..<span.end], as: UTF8.self)
        let bare = tokens[range.lowerBound].has(.phraseDeterminer) && range.count > 1
            ? String(text.drop { $0 != " " }.dropFirst()) : text
        return SpeakerPhrase(tokens: range, span: span, text: text, name: nil, title: bare, pronounClass: nil)
    }

    /// The mention whose last token is `last`.
    private func phrase(endingAt last: Int, lowerBound: Int) -> SpeakerPhrase? {
        guard last >= lowerBound, tokens[last].isWord else { return nil }
        if let pronoun = vocabulary.pronounClass(of: tokens[last]) {
            return make(last..<(last + 1), pronoun: pronoun)
        }
        guard isNameOrRole(tokens[last]) else { return nil }
        var start = last
        while start - 1 >= max(lowerBound, last - Self.maxPhraseTokens) {
            let token = tokens[start - 1]
            guard token.isWord else { break }
            if isNameOrRole(token) && !isAdverbial(token) || isConnector(token, next: start) {
                start -= 1
                continue
            }
            break
        }
        // Lower-case modifiers after a determiner: "a senior government official", "a political scientist at ...".
        var probe = start - 1
        var modifiers = 0
        while probe >= lowerBound, tokens[probe].isWord, !tokens[probe].isCapitalized, modifiers < 3,
              !tokens[probe].has(.phraseDeterminer), !tokens[probe].has(.cue) {
            probe -= 1
            modifiers += 1
        }
        if probe >= lowerBound, probe < start, tokens[probe].isWord,
           tokens[probe].has(.phraseDeterminer) || tokens[probe].has(.possessivePronoun) {
            start = probe
        }
        while start < last, tokens[start].has(.nameConnector), !tokens[start].has(.phraseDeterminer) {
            start += 1
        }
        return make(start..<(last + 1), pronoun: nil)
    }

    private func isAdverbial(_ token: QuoteToken) -> Bool {
        token.isAdverbial || token.shape.contains(.endsInLy) && !token.isCapitalized
    }

    private func isNameOrRole(_ token: QuoteToken) -> Bool {
        guard token.isWord, !token.has(.clauseOpener) else { return false }
        if token.isCapitalized { return !isCalendarWord(token) }
        return token.isRoleNoun
    }

    private func isCalendarWord(_ token: QuoteToken) -> Bool {
        token.isAdverbial && token.isCapitalized && !token.is(.the) && !token.is(.a)
            && !token.is(.an) && !token.is(.his) && !token.is(.her)
    }

    private func isConnector(_ token: QuoteToken, next: Int) -> Bool {
        token.has(.nameConnector) && next < tokens.count && (tokens[next].isCapitalized || tokens[next].has(.nameConnector))
    }

    /// The words of `words` without possessives, joined by single spaces ("Johnston's" gives "Johnston").
    private func joinedWithoutPossessives(_ words: ArraySlice<QuoteToken>) -> String {
        if words.count == 1 { return text(words.first!.spanWithoutPossessive) }
        var joined: [UInt8] = []
        for word in words {
            if !joined.isEmpty { joined.append(0x20) }
            let span = word.spanWithoutPossessive
            joined.append(contentsOf: bytes[span.start..<span.end])
        }
        return String(decoding: joined, as: UTF8.self)
    }

    /// The text of a UTF-8 span.
    private func text(_ span: TextSpan) -> String { String(decoding: bytes[span.start..<span.end], as: UTF8.self) }

    private func make(_ range: Range<Int>, pronoun: String?) -> SpeakerPhrase {
        let span = TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
        var text = String(decoding: bytes[span.start..<span.end], as: UTF8.self)
        if pronoun != nil { return SpeakerPhrase(tokens: range, span: span, text: text, name: nil, title: nil, pronounClass: pronoun) }
        // The name is the trailing run of capitalised words after the last role noun or title abbreviation.
        var nameStart = range.upperBound
        let isOrganization = tokens[range.upperBound - 1].isOrganizationHead
        while nameStart - 1 >= range.lowerBound {
            let token = tokens[nameStart - 1]
            let isTitleWord = !isOrganization && (token.isRoleNoun || token.shape.contains(.titleStem))
            guard token.isCapitalized, !isTitleWord, !(isOrganization && token.has(.phraseDeterminer)) else { break }
            nameStart -= 1
        }
        var nameTokens = tokens[nameStart..<range.upperBound]
        if !isOrganization, let lastToken = nameTokens.last, lastToken.isPossessive {
            // "Johnston's report": the owner is the source.
            nameTokens = tokens[(range.upperBound - 1)..<range.upperBound]
        }
        var name = nameTokens.isEmpty ? nil : joinedWithoutPossessives(nameTokens)
        if isOrganization, !nameTokens.isEmpty {
            let nameSpan = TextSpan(start: nameTokens.first!.span.start, end: nameTokens.last!.span.end)
            name = String(decoding: bytes[nameSpan.start..<nameSpan.end], as: UTF8.self)
        }
        var titleText: String?
        if nameStart > range.lowerBound {
            let titleTokens = tokens[range.lowerBound..<nameStart]
            let connectorTail = titleTokens.last?.has(.affiliationPreposition) ?? false
            if connectorTail, titleTokens.last?.is(.for) != true {
                // "a political scientist at the University of X": a person described, not the organisation.
                name = nil
                titleText = text
            } else if connectorTail {
                // "a spokesperson for Global News": the whole phrase is the affiliation, the organisation speaks.
                titleText = text
            } else if !titleTokens.allSatisfy({ $0.has(.phraseDeterminer) }) {
                // A determiner alone ("the" of "the IMF", "The" of "The Labor Department") is no title.
                let titleSpan = TextSpan(start: titleTokens.first!.span.start, end: titleTokens.last!.span.end)
                titleText = String(decoding: bytes[titleSpan.start..<titleSpan.end], as: UTF8.self)
            }
        }
        if name == nil, let owner = tokens[range].last(where: { $0.isCapitalized && $0.isPossessive }) {
            // "Johnston's report said": the owner is the source.
            return SpeakerPhrase(tokens: range, span: span, text: text, name: self.text(owner.spanWithoutPossessive), title: nil, pronounClass: nil)
        }
        if let first = tokens[range].first, first.has(.phraseDeterminer), name == nil {
            text = String(text.drop { $0 != " " }.dropFirst())
            return SpeakerPhrase(tokens: range, span: span, text: String(decoding: bytes[span.start..<span.end], as: UTF8.self),
                                 name: nil, title: text, pronounClass: nil)
        }
        var phrase = SpeakerPhrase(tokens: range, span: span, text: text, name: name, title: titleText, pronounClass: nil)
        if name != nil, let first = nameTokens.first, let last = nameTokens.last {
            phrase.nameSpan = TextSpan(start: first.span.start, end: last.span.end)
        }
        return phrase
    }
}
