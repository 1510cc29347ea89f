/// A byte-level test for whether a paragraph can hold a quote at all: a quotation mark, a colon near its start
/// (a transcript label), or a word that is a cue or opens a two-word cue. Paragraphs that fail it are never tokenized.
/// Words (runs of ASCII letters) are looked up in the `QuoteVocabulary` straight from their bytes, so the test
/// creates no strings.
struct QuoteCandidateFilter: Sendable {
    private let vocabulary: QuoteVocabulary

    init(lexicon: QuoteLexicon) {
        vocabulary = lexicon.vocabulary
    }

    func mayHoldQuote(_ bytes: [UInt8], _ paragraph: TextSpan) -> Bool {
        guard paragraph.start < paragraph.end else { return false }
        return bytes.withUnsafeBufferPointer { mayHoldQuote($0.baseAddress!, paragraph) }
    }

    private func mayHoldQuote(_ text: UnsafePointer<UInt8>, _ paragraph: TextSpan) -> Bool {
        let end = paragraph.end
        var position = paragraph.start
        var wordStart = -1
        while position < end {
            let byte = text[position]
            if (byte | 0x20) &- 0x61 < 26 {
                if wordStart < 0 { wordStart = position }
                position += 1
                continue
            }
            if wordStart >= 0 {
                if isCueWord(text + wordStart, position - wordStart) { return true }
                wordStart = -1
            }
            switch byte {
            case 0x22:
                return true
            case 0x27 where position + 1 < end && text[position + 1] == 0x27:
                return true
            case 0x60 where position + 1 < end && text[position + 1] == 0x60:
                return true
            case 0x3A where position - paragraph.start < 60:
                return true
            // “ ” „
            case 0xE2 where position + 2 < end && text[position + 1] == 0x80
                && (text[position + 2] == 0x9C || text[position + 2] == 0x9D || text[position + 2] == 0x9E):
                return true
            // « »
            case 0xC2 where position + 1 < end && (text[position + 1] == 0xAB || text[position + 1] == 0xBB):
                return true
            default:
                break
            }
            position += 1
        }
        return wordStart >= 0 && isCueWord(text + wordStart, end - wordStart)
    }

    /// Whether the letters at `word` are a cue or the first word of a two-word cue, in any case.
    @inline(__always)
    private func isCueWord(_ word: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        let number = vocabulary.number(word, length, fold: true)
        return number >= 0 && !vocabulary.classes(of: number).isDisjoint(with: [.cue, .opensTwoWordCue])
    }
}
