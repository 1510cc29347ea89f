/// Direct quotation rules: the words in quotation marks, attributed by the frame around them.
extension ArticleQuoteRun {
    /// Attributes every quotation of `view`. Returns whether any was attributed by a frame in this paragraph.
    mutating func directQuotes(_ view: ParagraphView, continuedGroup: Int?) -> Bool {
        let tokens = view.tokens
        var attributed = false
        var previous: (name: String?, rule: String?, span: TextSpan?, title: String?, cue: Quote.Cue?, group: Int)?
        usedCues = []
        for quotation in view.quotations {
            let words = quotation.wordCount(tokens)
            guard words >= 1 else { continue }
            let sentence = view.sentenceBounds(of: quotation.open)
            let opensSentence = tokens[sentence.lowerBound..<quotation.open].allSatisfy { !$0.isWord }
            var made: Quote?
            if opensSentence, let close = quotation.close {
                made = afterFrame(view, quotation, close: close)
            }
            if made == nil, quotation.open > 0 {
                made = beforeFrame(view, quotation, sentence: sentence, words: words)
            }
            if made == nil, let close = quotation.close {
                made = dashSignature(view, quotation, close: close)
            }
            if var quote = made {
                quote.group = quotation.open == 0 && continuedGroup != nil ? continuedGroup! : newGroup()
                append(quote)
                previous = (quote.speakerName, quote.speakerRule, quote.speaker, quote.speakerTitle, quote.cue, quote.group)
                attributed = true
                if quotation.close == nil { openGroup = quote.group }
                continue
            }
            // No frame of its own: a split quote continues this paragraph's speaker, a quote opening the paragraph
            // continues the carried one. Short quoted words without a frame are terms, not quotes.
            guard words >= 3 || quotation.open == 0 else { continue }
            // `“A,” he said, “B.”`: the second fragment follows the first one's attribution and a comma.
            let continuesFragment = quotation.open > 0 && tokens[quotation.open - 1].isPunctuation(",")
            if let previous, opensSentence || continuesFragment {
                // The split quote shares the frame of the quote before it: its speaker mention and cue.
                let quote = Quote(span: quotation.span, kind: .direct, group: previous.group, rule: "direct.split",
                                  cue: previous.cue, speaker: previous.span, speakerName: previous.name, speakerTitle: previous.title,
                                  speakerEntity: nil, speakerRule: previous.rule ?? "speaker.split")
                append(quote)
                if quotation.close == nil { openGroup = quote.group }
            } else if quotation.open == 0, let carried, carried.isIntro || carried.age <= 2 {
                let group = continuedGroup ?? newGroup()
                let quote = Quote(span: quotation.span, kind: .direct, group: group,
                                  rule: carried.isIntro ? "direct.intro_paragraph" : "direct.continuation",
                                  cue: carried.isIntro ? carried.cue : nil, speaker: nil, speakerName: carried.speaker.name,
                                  speakerTitle: carried.speaker.title, speakerEntity: nil, speakerRule: "speaker.continuation")
                append(quote)
                self.carried?.age = 0
                previous = (carried.speaker.name, "speaker.continuation", nil, carried.speaker.title, nil, group)
                if quotation.close == nil { openGroup = group }
            }
        }
        return attributed
    }

    /// `“Q,” S said.` and `“Q,” said S.`: a cue within a few words after the closing mark, in the same sentence.
    private mutating func afterFrame(_ view: ParagraphView, _ quotation: Quotation, close: Int) -> Quote? {
        let tokens = view.tokens
        var start = close + 1
        guard start < tokens.count, view.sentence[start] == view.sentence[close] || tokens[close - 1].isPunctuation(",") else {
            return nil
        }
        if start < tokens.count, tokens[start].isPunctuation(",") { start += 1 }
        let sentenceEnd = view.sentenceBounds(of: min(start, tokens.count - 1)).upperBound
        guard let hit = view.firstCue(atOrAfter: start), hit.index < min(start + 9, sentenceEnd) else { return nil }
        // Nothing but a speaker phrase may stand between the quotation and the cue.
        if view.quotationOf.any(in: start..<hit.index) { return nil }
        let parser = parser(view)
        let phrase: SpeakerPhrase?
        let rule: String
        if hit.index == start {
            phrase = parser.after(hit.index + hit.length, upperBound: sentenceEnd)
            rule = "direct.quote_cue_speaker"
        } else {
            phrase = parser.exactly(start..<hit.index)
            rule = "direct.quote_speaker_cue"
        }
        guard let phrase else { return nil }
        usedCues.insert(hit.index)
        let who = speaker(phrase)
        return Quote(span: quotation.span, kind: .direct, group: 0, rule: rule, cue: cue(view, hit), speaker: who.span,
                     speakerName: who.name, speakerTitle: who.title, speakerEntity: who.entity, speakerRule: who.rule)
    }

    /// `S said: “Q”`, `S said “Q”` and `… his conclusion: “Q”`: the frame stands before the opening mark.
    private mutating func beforeFrame(_ view: ParagraphView, _ quotation: Quotation, sentence: Range<Int>, words: Int) -> Quote? {
        let tokens = view.tokens
        let previousIndex = quotation.open - 1
        let previousToken = tokens[previousIndex]
        let endsSentence = view.tokens(from: quotation.last(tokenCount: tokens.count) + 1, to: sentence.upperBound).allSatisfy { !$0.isWord }
        guard endsSentence, previousIndex >= sentence.lowerBound else { return nil }
        let parser = parser(view)
        let isColon = previousToken.isPunctuation(":")
        // The cue: right before the mark ("said “Q”", "said that “Q”"), or within a few words before ":" or ",".
        let searchEnd = isColon || previousToken.isPunctuation(",") ? previousIndex : quotation.open
        let hit = view.cues(in: max(sentence.lowerBound, searchEnd - 8)..<searchEnd).last { hit in
            hit.index >= max(sentence.lowerBound, searchEnd - 8) && hit.index + hit.length <= searchEnd
                && (isColon || previousToken.isPunctuation(",") || hit.index + hit.length == searchEnd
                    || (hit.index + hit.length == searchEnd - 1 && tokens[searchEnd - 1].is(.that)))
                && !isUsedCue(hit.index)
        }
        var subject: SpeakerPhrase?
        if let hit {
            subject = parser.before(hit.index, lowerBound: sentence.lowerBound)
            if subject == nil, tokens[hit.index].shape.contains(.endsInIng) {
                // "…, saying, “Q”": the participle's speaker is the sentence's subject.
                subject = parser.after(sentence.lowerBound, upperBound: hit.index)
            }
        }
        if let hit, let phrase = subject {
            if isColon, hit.index + hit.length < previousIndex,
               tokens[(hit.index + hit.length)..<previousIndex].contains(where: { $0.isWord && !$0.isAdverbial && !$0.isCapitalized }) {
                // "He told CBC News that he wants …: “Q”": the colon, not the verb, introduces the quote.
                return colonQuote(view, quotation, colon: previousIndex, phrase: phrase)
            }
            usedCues.insert(hit.index)
            let who = speaker(phrase)
            return Quote(span: quotation.span, kind: .direct, group: 0,
                         rule: isColon ? "direct.speaker_cue_colon" : "direct.speaker_cue", cue: cue(view, hit),
                         speaker: who.span, speakerName: who.name, speakerTitle: who.title, speakerEntity: who.entity,
                         speakerRule: who.rule)
        }
        guard isColon, words >= 3 else { return nil }
        // A colon alone: the speaker is the nearest person mentioned before it in the sentence.
        var probe = previousIndex - 1
        while probe >= sentence.lowerBound {
            let token = tokens[probe]
            if token.isWord, token.isPronoun || token.is(.his) || token.is(.her) || token.is(.their) {
                break
            }
            probe -= 1
        }
        let phrase: SpeakerPhrase?
        if probe >= sentence.lowerBound {
            let token = tokens[probe]
            // A possessive stands for its pronoun: "his" for "he".
            let pronounClass = token.is(.his) ? lexicon.pronouns["he"] : token.is(.her) ? lexicon.pronouns["she"]
                : token.is(.their) ? lexicon.pronouns["they"] : lexicon.vocabulary.pronounClass(of: token)
            phrase = SpeakerPhrase(tokens: probe..<(probe + 1), span: token.span, text: view.text(probe), name: nil, title: nil,
                                   pronounClass: pronounClass)
        } else {
            phrase = parser.after(sentence.lowerBound, upperBound: previousIndex)
        }
        guard let phrase else { return nil }
        return colonQuote(view, quotation, colon: previousIndex, phrase: phrase)
    }

    private mutating func colonQuote(_ view: ParagraphView, _ quotation: Quotation, colon: Int, phrase: SpeakerPhrase) -> Quote {
        let who = speaker(phrase)
        return Quote(span: quotation.span, kind: .direct, group: 0, rule: "direct.colon",
                     cue: Quote.Cue(span: view.tokens[colon].span, lemma: ":"), speaker: who.span, speakerName: who.name,
                     speakerTitle: who.title, speakerEntity: who.entity, speakerRule: who.rule)
    }

    /// `“Q” — Name, Title`: a signature after a dash.
    private mutating func dashSignature(_ view: ParagraphView, _ quotation: Quotation, close: Int) -> Quote? {
        let tokens = view.tokens
        let dash = close + 1
        guard dash + 1 < tokens.count, tokens[dash].kind == .punctuation, "—–-―".unicodeScalars.contains(tokens[dash].scalar), tokens[dash + 1].isCapitalized else {
            return nil
        }
        guard let phrase = parser(view).after(dash + 1, upperBound: tokens.count), phrase.name != nil else { return nil }
        let who = speaker(phrase)
        return Quote(span: quotation.span, kind: .direct, group: 0, rule: "direct.dash_signature", cue: nil,
                     speaker: who.span, speakerName: who.name, speakerTitle: who.title, speakerEntity: who.entity,
                     speakerRule: who.rule)
    }
}
