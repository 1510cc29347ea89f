/// Paragraph-level frames: transcript speaker labels and introductions that attribute the paragraphs after them.
extension ArticleQuoteRun {
    /// `PENCE: Well, look, …` — a transcript line: a short name label and a colon open the paragraph.
    mutating func transcriptLine(_ view: ParagraphView) -> Bool {
        let tokens = view.tokens
        guard let colon = tokens.prefix(5).firstIndex(where: { $0.isPunctuation(":") }), colon >= 1,
              colon + 4 < tokens.count else { return false }
        let label = tokens[0..<colon]
        guard label.allSatisfy({ $0.isWord && $0.isCapitalized }) else { return false }
        let labelWords = label.indices.map { view.text($0) }
        let isAllCaps = labelWords.allSatisfy { word in word.count >= 2 && word == word.uppercased() }
        let knownName = resolver.knowsName(labelWords.joined(separator: " "))
        guard isAllCaps && !lexicon.labelStopWords.contains(labelWords.map { $0.lowercased() }.joined(separator: " ")) || knownName else {
            return false
        }
        // The line must read as speech: several words after the label.
        guard tokens[(colon + 1)...].count(where: \.isWord) >= 4 else { return false }
        let phrase = SpeakerPhrase(tokens: 0..<colon, span: view.span(0, colon - 1),
                                   text: String(decoding: bytes[view.span(0, colon - 1).start..<view.span(0, colon - 1).end], as: UTF8.self),
                                   name: labelWords.joined(separator: " "), title: nil, pronounClass: nil)
        var last = tokens.count - 1
        while last > colon, tokens[last].kind == .punctuation { last -= 1 }
        let hasQuotedWords = tokens[(colon + 1)...last].contains { $0.isQuoteMark }
        let who = speaker(phrase)
        let quote = Quote(span: view.span(colon + 1, last), kind: hasQuotedWords ? .mixed : .indirect, group: newGroup(),
                          rule: hasQuotedWords ? "mixed.transcript_label" : "indirect.transcript_label",
                          cue: Quote.Cue(span: tokens[colon].span, lemma: ":"), speaker: who.span, speakerName: who.name,
                          speakerTitle: who.title, speakerEntity: who.entity, speakerRule: who.rule)
        append(quote)
        return true
    }

    /// `The New York Times reports:` / `In a statement, Murphy wrote:` — a paragraph ending in a cue and a colon
    /// attributes the quotation paragraphs that follow it.
    mutating func introduction(_ view: ParagraphView) {
        let tokens = view.tokens
        guard let last = tokens.last, last.isPunctuation(":"),
              let hit = view.cues(in: max(0, tokens.count - 7)..<tokens.count).last(where: { $0.index + $0.length >= tokens.count - 5 }) else { return }
        let sentence = view.sentenceBounds(of: hit.index)
        let phrase = hit.index + hit.length < tokens.count - 1 && tokens[hit.index + hit.length].isWord
            ? parser(view).after(hit.index + hit.length, upperBound: tokens.count - 1)
            : parser(view).before(hit.index, lowerBound: sentence.lowerBound)
        guard let phrase else { return }
        let resolved = resolver.resolve(phrase)
        guard let name = resolved.name else { return }
        carried = Carried(speaker: SpeakerResolver.Resolved(name: name, title: phrase.title, isPerson: true,
                                                            position: phrase.span.start),
                          cue: cue(view, hit), age: 0, isIntro: true)
    }
}
