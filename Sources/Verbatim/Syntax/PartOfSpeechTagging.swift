/// The tagging stage: fills `TokenLayer.tags` with the part-of-speech tagger, sentence by sentence.
public struct PartOfSpeechTagging: Stage {
    public let name = "parts-of-speech"
    public let requires: Set<Layer> = [.tokens]
    public let provides: Set<Layer> = [.partsOfSpeech]

    let tagger: PartOfSpeechTagger

    public init(tagger: PartOfSpeechTagger) {
        self.tagger = tagger
    }

    public func process(_ document: inout Document) throws(ArticleError) {
        var tags: [UniversalTag] = []
        tags.reserveCapacity(document.tokens.count)
        var scratch = TaggerScratch()
        var spans: [TextSpan] = []
        let tokens = document.tokens
        for sentence in 0..<(tokens.sentenceStarts.count - 1) {
            let range = tokens.tokens(ofSentence: sentence)
            spans.removeAll(keepingCapacity: true)
            for index in range { spans.append(tokens.span(index)) }
            // The tokenizer already looked each word up in the vocabulary the tagger's cache is keyed by.
            tagger.tag(bytes: document.utf8, spans: spans[...], words: tokens.words[range], into: &tags,
                       scratch: &scratch)
        }
        document.tokens.tags = tags
    }
}
