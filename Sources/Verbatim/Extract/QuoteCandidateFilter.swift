/// A byte-level test for whether a paragraph can hold a quote at all: a quotation mark, a colon near its start
/// (a transcript label), or a word that is a cue or opens a two-word cue. Paragraphs that fail it are never tokenized.
/// Words are hashed from their ASCII-lower-cased bytes, so the test creates no strings; a hash collision only
/// costs a tokenization, never a quote.
struct QuoteCandidateFilter: Sendable {
    private let cueHashes: Set<UInt64>

    init(lexicon: QuoteLexicon) {
        var hashes: Set<UInt64> = []
        for form in lexicon.cues.keys {
            hashes.insert(Self.hash(Array(form.split(separator: " ")[0].utf8)[...]))
        }
        cueHashes = hashes
    }

    /// FNV-1a over ASCII-lower-cased bytes.
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf29ce484222325
        for byte in bytes {
            let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            value = (value ^ UInt64(lower)) &* 0x100000001b3
        }
        return value
    }

    func mayHoldQuote(_ bytes: [UInt8], _ paragraph: TextSpan) -> Bool {
        var position = paragraph.start
        var wordStart = -1
        while position < paragraph.end {
            let byte = bytes[position]
            switch byte {
            case 0x22, 0x27 where byte == 0x22 || (position + 1 < paragraph.end && bytes[position + 1] == 0x27):
                return true
            case 0x60 where position + 1 < paragraph.end && bytes[position + 1] == 0x60:
                return true
            case 0x3A where position - paragraph.start < 60:
                return true
            case 0xE2 where position + 2 < paragraph.end && bytes[position + 1] == 0x80
                && (bytes[position + 2] == 0x9C || bytes[position + 2] == 0x9D || bytes[position + 2] == 0x9E):
                return true
            case 0xC2 where position + 1 < paragraph.end && (bytes[position + 1] == 0xAB || bytes[position + 1] == 0xBB):
                return true
            default:
                break
            }
            let isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            if isLetter {
                if wordStart < 0 { wordStart = position }
            } else if wordStart >= 0 {
                if cueHashes.contains(Self.hash(bytes[wordStart..<position])) { return true }
                wordStart = -1
            }
            position += 1
        }
        if wordStart >= 0, cueHashes.contains(Self.hash(bytes[wordStart..<paragraph.end])) { return true }
        return false
    }
}
