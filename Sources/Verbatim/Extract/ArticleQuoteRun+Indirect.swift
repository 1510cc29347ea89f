/// Indirect and mixed quotation rules: the reported clause around a cue.
extension ArticleQuoteRun {
    /// The longest reported clause considered, in tokens: bounds the work on a pathological sentence.
    static let maxContentTokens = 250

    /// Finds reported clauses for the cues of `view` not used by direct quotes. Returns whether any was found.
    mutating func indirectQuotes(_ view: ParagraphView) -> Bool {
        var found = false
        for hit in view.cues where !isUsedCue(hit.index) && !hit.has(.frameOnlyCue) {
            let sentence = view.sentenceBounds(of: hit.index)
            if hit.index > sentence.lowerBound, view.tokens[hit.index - 1].has(.passiveAuxiliary) { continue }
            let quote: Quote?
            if hit.lemma == "according to" {
                quote = accordingTo(view, hit, sentence: sentence)
            } else {
                quote = contentThenSpeaker(view, hit, sentence: sentence) ?? speakerThenContent(view, hit, sentence: sentence)
            }
            if let quote {
                append(quote)
                found = true
            }
        }
        return found
    }

    /// The last token index of a sentence's content: trailing stops excluded, a closing mark kept with its quotation.
    private func contentEnd(_ view: ParagraphView, _ sentence: Range<Int>) -> Int {
        var end = sentence.upperBound - 1
        while end > sentence.lowerBound, !view.tokens[end].isWord {
            if view.tokens[end].kind == .closeQuote, let number = view.quotationOf[end],
               view.quotations[number].open >= sentence.lowerBound {
                return end
            }
            end -= 1
        }
        return end
    }

    /// `S said (that) C`, `S told X (that) C`, and `…, adding that C` (the sentence's speaker).
    private mutating func speakerThenContent(_ view: ParagraphView, _ hit: ParagraphView.CueHit, sentence: Range<Int>) -> Quote? {
        let tokens = view.tokens
        let parser = parser(view)
        var phrase = parser.before(hit.index, lowerBound: sentence.lowerBound)
        var rule = "indirect.speaker_cue"
        let isParticiple = tokens[hit.index].shape.contains(.endsInIng)
        let previous = hit.index > sentence.lowerBound ? tokens[hit.index - 1] : nil
        if isParticiple, phrase != nil, previous?.isPunctuation(",") != true {
            // "a report alleging that C": the noun before the participle is the source.
            rule = "indirect.participle"
        } else if isParticiple {
            // "…, saying he wanted": the participle's speaker is the sentence's subject, or, after a quotation
            // (`“Q,” she said, adding that C`), the speaker of the cue before it in the sentence.
            phrase = parser.after(sentence.lowerBound, upperBound: hit.index)
            if phrase == nil, let earlier = view.cues(in: sentence.lowerBound..<hit.index).last {
                phrase = parser.before(earlier.index, lowerBound: sentence.lowerBound)
                    ?? parser.after(earlier.index + earlier.length, upperBound: hit.index)
            }
            rule = "indirect.participle"
        } else if phrase == nil, let previous, previous.is(.and) || previous.is(.but) {
            // "Dong denied the reports and said he …": a coordinated cue shares the sentence's subject.
            phrase = parser.after(sentence.lowerBound, upperBound: hit.index)
            rule = "indirect.coordinated"
        }
        if phrase == nil, !isParticiple, hit.index + hit.length < tokens.count, tokens[hit.index + hit.length].is(.that) {
            // "the fund warned that C": a plain noun phrase opened by a determiner is the source.
            if let determiner = (max(sentence.lowerBound, hit.index - 4)..<hit.index).last(where: {
                tokens[$0].has(.phraseDeterminer)
            }), (determiner..<hit.index).allSatisfy({ tokens[$0].isWord }) {
                phrase = parser.description(determiner..<hit.index)
                rule = "indirect.description_cue"
            }
        }
        if phrase == nil, isParticiple == false, hit.index > sentence.lowerBound {
            return nil
        }
        guard let phrase else { return nil }
        var start = hit.index + hit.length
        // A reported clause runs to the end of its sentence, but never further than a long sentence would.
        let end = min(contentEnd(view, sentence), start + Self.maxContentTokens)
        guard start < end else { return nil }
        if tokens[start].isPunctuation(","),
           let comma = (start + 1..<min(end, start + 14)).first(where: { tokens[$0].isPunctuation(",") }),
           comma + 1 < end, tokens[comma + 1].is(.that) {
            // "reported, citing unnamed sources, that C": skip the aside.
            start = comma + 1
        }
        // Skip an addressee ("told CBC News") and attribution adverbials ("in a statement Tuesday") up to "that".
        if let that = (start..<min(end, start + 10)).first(where: { tokens[$0].is(.that) }),
           tokens[start..<that].allSatisfy({ token in
               token.isWord && (token.isCapitalized || token.isAdverbial
                   || token.has(.addresseeWord) || token.isRoleNoun || token.has(.addresseePreposition))
           }) {
            start = that + 1
            rule += "_that"
        } else {
            if hit.has(.objectTakingCue) {
                var seenName = false
                while start < end, tokens[start].isWord {
                    let token = tokens[start]
                    let nextIsName = start + 1 < end && tokens[start + 1].isCapitalized
                    let isDeterminer = token.has(.objectArticle)
                    // A determiner after the addressee's name opens the clause ("told the House of Commons the reports …").
                    if isDeterminer && seenName && !nextIsName { break }
                    guard token.isCapitalized || token.has(.addresseeWord) || token.has(.addresseePreposition) && nextIsName
                    else { break }
                    if token.isCapitalized { seenName = true }
                    start += 1
                }
            }
            while start < end, tokens[start].isWord, tokens[start].isCapitalized, tokens[start].isAdverbial {
                start += 1
            }
        }
        // "warned his office about …": a bare noun and a preposition after the cue are an object, not a clause.
        if hit.has(.objectTakingCue), !rule.hasSuffix("_that"), start + 1 < end {
            let first = tokens[start]
            let opensClause = first.isPronoun || first.isCapitalized || first.has(.phraseDeterminer) || first.has(.objectArticle)
            if !opensClause, tokens[start + 1].has(.badContentStart) { return nil }
        }
        // "told the company to disguise …": an instruction, not reported speech.
        if hit.has(.objectTakingCue),
           (start...min(end, start + 1)).contains(where: { tokens[$0].is(.to) }), !rule.hasSuffix("_that") {
            return nil
        }
        guard start <= end else { return nil }
        var last = end
        // A colon before a quotation, or a further cue after a comma, ends this content.
        for index in start...end {
            if tokens[index].isPunctuation(":"), index + 1 <= end, tokens[index + 1].kind == .openQuote {
                last = index - 1
                break
            }
            if index > start, tokens[index].isPunctuation(","), index + 1 <= end,
               view.startsCue(index + 1), tokens[index + 1].shape.contains(.endsInIng) {
                last = index - 1
                break
            }
            if index > start, tokens[index].isPunctuation(","), startsAttribution(view, at: index + 1, before: end) {
                // "…, however, he points out that …": a second speaker's frame ends this content.
                last = index - 1
                break
            }
            if index > start, tokens[index].is(.and) || tokens[index].is(.but),
               view.startsCue(index + 1) || (view.startsCue(index + 2) && tokens[index + 1].isAdverbial) {
                // "… are false and says he intends …": the next cue starts its own quote.
                last = index - 1
                break
            }
        }
        return content(view, from: start, to: last, hit: hit, phrase: phrase, rule: rule)
    }

    /// Whether a speaker and cue begin at `index` (after at most one adverb): "he points out", "however, she said".
    private func startsAttribution(_ view: ParagraphView, at index: Int, before end: Int) -> Bool {
        var probe = index
        if probe < end, view.tokens[probe].isWord, view.tokens[probe].shape.contains(.endsInEver) || view.tokens[probe].isAdverbial {
            probe += 1
            if probe < end, view.tokens[probe].isPunctuation(",") { probe += 1 }
        }
        guard probe + 1 <= end, view.tokens[probe].isWord, view.tokens[probe].isPronoun else { return false }
        return view.startsCue(probe + 1)
    }

    /// `C, S said.` and `C, said S.`: the reported clause comes first.
    private mutating func contentThenSpeaker(_ view: ParagraphView, _ hit: ParagraphView.CueHit, sentence: Range<Int>) -> Quote? {
        let tokens = view.tokens
        let parser = parser(view)
        let sentenceEnd = contentEnd(view, sentence)
        let phrase: SpeakerPhrase
        let comma: Int
        let afterSpeaker: Int
        if hit.index > sentence.lowerBound, tokens[hit.index - 1].isPunctuation(",") {
            guard let found = parser.after(hit.index + hit.length, upperBound: sentence.upperBound) else { return nil }
            phrase = found
            comma = hit.index - 1
            afterSpeaker = found.tokens.upperBound
        } else {
            guard let found = parser.before(hit.index, lowerBound: sentence.lowerBound), found.tokens.lowerBound > sentence.lowerBound + 1
            else { return nil }
            let before = found.tokens.lowerBound - 1
            if tokens[before].isPunctuation(",") {
                comma = before
            } else if tokens[before].kind == .closeQuote, tokens[before - 1].isPunctuation(",") {
                // `… and "made painstaking efforts …," the spokesperson said.`: the comma sits inside the mark.
                comma = before + 1
            } else {
                return nil
            }
            phrase = found
            afterSpeaker = hit.index + hit.length
        }
        // Only a short tail may follow ("Wednesday in Winnipeg"), and the content must be a clause.
        guard sentenceEnd - afterSpeaker < 6, comma - sentence.lowerBound >= 3,
              comma - sentence.lowerBound <= Self.maxContentTokens else { return nil }
        if tokens[sentence.lowerBound].kind == .openQuote, let number = view.quotationOf[sentence.lowerBound],
           view.quotations[number].close == comma - 1 || view.quotations[number].close == comma {
            return nil
        }
        return content(view, from: sentence.lowerBound, to: comma - 1, hit: hit, phrase: phrase, rule: "indirect.content_speaker_cue")
    }

    /// `According to S, C` and `C, according to S.`
    private mutating func accordingTo(_ view: ParagraphView, _ hit: ParagraphView.CueHit, sentence: Range<Int>) -> Quote? {
        let tokens = view.tokens
        let end = contentEnd(view, sentence)
        if tokens[sentence.lowerBound..<hit.index].allSatisfy({ !$0.isWord }) {
            guard let comma = (hit.index..<max(hit.index, min(end, hit.index + 30))).first(where: { tokens[$0].isPunctuation(",") }),
                  let phrase = sourcePhrase(view, from: hit.index + hit.length, to: comma) else { return nil }
            return content(view, from: comma + 1, to: end, hit: hit, phrase: phrase, rule: "indirect.according_to")
        }
        guard hit.index > sentence.lowerBound + 3, tokens[hit.index - 1].isPunctuation(","),
              let phrase = sourcePhrase(view, from: hit.index + hit.length, to: end + 1) else { return nil }
        return content(view, from: sentence.lowerBound, to: hit.index - 2, hit: hit, phrase: phrase, rule: "indirect.according_to")
    }

    /// The source after "according to": a name or role phrase if there is one, else the whole short noun phrase
    /// up to the comma ("the data", "exit polls").
    private func sourcePhrase(_ view: ParagraphView, from: Int, to: Int) -> SpeakerPhrase? {
        let parser = parser(view)
        if let phrase = parser.after(from, upperBound: to) { return phrase }
        guard to > from, to - from <= 20 else { return nil }
        return parser.exactly(from..<to) ?? parser.description(from..<to)
    }

    /// Builds the quote for content tokens `from...to`, typed mixed when it carries quoted words.
    private mutating func content(_ view: ParagraphView, from: Int, to: Int, hit: ParagraphView.CueHit,
                                  phrase: SpeakerPhrase, rule: String) -> Quote? {
        let tokens = view.tokens
        guard from <= to, to < tokens.count else { return nil }
        var first = from
        while first <= to, tokens[first].isPunctuation(",") { first += 1 }
        var last = to
        while last > first, tokens[last].kind == .punctuation { last -= 1 }
        guard first <= last else { return nil }
        guard tokens[first...last].count(where: \.isWord) >= 3, rule.hasSuffix("_that") || !tokens[first].has(.badContentStart) else { return nil }
        if rule == "indirect.coordinated", tokens[first].has(.objectArticle) {
            // "… and wrote a children's book": a coordinated verb with an object, not a reported clause.
            return nil
        }
        if rule == "indirect.participle", !hit.has(.clauseCue), !tokens[first].isPronoun,
           !tokens[first].isCapitalized {
            // "continuing civil investigations": a participle with an object; only speech participles report a clause.
            return nil
        }
        if !hit.has(.clauseCue), tokens[first].has(.objectArticle), !rule.hasSuffix("_that"),
           rule != "indirect.content_speaker_cue", rule != "indirect.according_to" {
            // "denied the reports": a verb with an object, not a reported clause.
            return nil
        }
        // A content that is wholly one quotation is a direct quote, found by the direct rules.
        if tokens[first].kind == .openQuote, let number = view.quotationOf[first],
           view.quotations[number].last(tokenCount: tokens.count) >= last {
            return nil
        }
        let hasQuotedWords = tokens[first...last].contains { $0.isQuoteMark }
        let who = speaker(phrase)
        return Quote(span: view.span(first, last), kind: hasQuotedWords ? .mixed : .indirect, group: newGroup(),
                     rule: hasQuotedWords ? Self.mixedRule(rule) : rule,
                     cue: cue(view, hit), speaker: who.span, speakerName: who.name, speakerTitle: who.title,
                     speakerEntity: who.entity, speakerRule: who.rule)
    }

    /// The mixed-quote name of an indirect rule: "indirect.speaker_cue" → "mixed.speaker_cue".
    private static func mixedRule(_ rule: String) -> String {
        let prefix = "indirect."
        return rule.hasPrefix(prefix) ? "mixed." + rule.dropFirst(prefix.count) : rule
    }
}
