/// What one pass over a word's UTF-8 bytes learns, so the tokenizer reads each byte once: where the word ends, its
/// hash for the vocabulary look-up, and whether its case and suffixes can be read byte by byte.
struct WordRun {
    /// One past the word's last byte (UTF-8 offset).
    var end: Int
    /// FNV-1a over the bytes with ASCII capitals folded, as `WordTable.hash(_:_:fold: true)` computes it.
    var hash = WordTable.emptyHash
    /// Whether an ASCII capital occurs.
    var hasUppercaseASCII = false
    /// Whether every byte is ASCII or part of a curly apostrophe (U+2019).
    var isSimple = true

    init(start: Int) {
        end = start
    }

    /// Takes the ASCII `byte` into the word.
    @inline(__always)
    mutating func add(ascii byte: UInt8) {
        var folded = byte
        if (byte &- 0x41) < 26 {
            hasUppercaseASCII = true
            folded |= 0x20
        }
        hash = WordTable.hash(hash, adding: folded)
        end += 1
    }

    /// Takes the non-ASCII scalar of `length` bytes at `end` into the word.
    @inline(__always)
    mutating func add(_ text: UnsafePointer<UInt8>, scalarOf length: Int) {
        if !(length == 3 && text[end] == 0xE2 && text[end + 1] == 0x80 && text[end + 2] == 0x99) { isSimple = false }
        for offset in 0..<length { hash = WordTable.hash(hash, adding: text[end + offset]) }
        end += length
    }
}
