/// The gazetteer entries by first word, laid out flat for matching: entries are numbers, their words ranges of
/// numbers, and the words' UTF-8 bytes one pool, so that trying the entries at a token copies no references.
///
/// Entries are grouped by the first word's `EntityToken.exactEntry`, each group longest first, as
/// `EntityLexicon.gazetteer` orders them; `entry(_:)` gives the `GazetteerEntry` a match stands for.
struct GazetteerIndex: Sendable {
    /// Entry numbers: the entries of first word `w` are `groupStarts[w]..<groupStarts[w + 1]`.
    private let groupStarts: [Int32]
    /// Word numbers: the words of entry `e` are `wordStarts[e]..<wordStarts[e + 1]`.
    private let wordStarts: [Int32]
    /// UTF-8 byte offsets into `bytes`: word `w` is `byteStarts[w]..<byteStarts[w + 1]`.
    private let byteStarts: [Int32]
    /// Whether each word carries a possessive "'s".
    private let possessive: [Bool]
    /// Whether each word has a byte above ASCII, where equality is decided on `String`s.
    private let isNonASCII: [Bool]
    /// The words' UTF-8 bytes, one after another.
    private let bytes: [UInt8]
    /// The entries, by number.
    private let entries: [GazetteerEntry]

    /// An index of `groups`, whose position `w` holds the entries (longest first) whose first word has
    /// `exactEntry` `w`.
    init(groups: [[GazetteerEntry]]) {
        var groupStarts: [Int32] = [0]
        var wordStarts: [Int32] = [0]
        var byteStarts: [Int32] = [0]
        var possessive: [Bool] = []
        var isNonASCII: [Bool] = []
        var bytes: [UInt8] = []
        var entries: [GazetteerEntry] = []
        for group in groups {
            for entry in group {
                for (word, isPossessive) in zip(entry.utf8Words, entry.possessive) {
                    bytes.append(contentsOf: word)
                    byteStarts.append(Int32(bytes.count))
                    possessive.append(isPossessive)
                    isNonASCII.append(word.contains { $0 >= 0x80 })
                }
                wordStarts.append(Int32(possessive.count))
                entries.append(entry)
            }
            groupStarts.append(Int32(entries.count))
        }
        self.groupStarts = groupStarts
        self.wordStarts = wordStarts
        self.byteStarts = byteStarts
        self.possessive = possessive
        self.isNonASCII = isNonASCII
        self.bytes = bytes
        self.entries = entries
    }

    /// The entry numbers whose first word has `exactEntry` `group`, longest first.
    func entries(startingWith group: Int) -> Range<Int> {
        Int(groupStarts[group])..<Int(groupStarts[group + 1])
    }

    /// The word numbers of entry `number`, in order.
    func words(of number: Int) -> Range<Int> {
        Int(wordStarts[number])..<Int(wordStarts[number + 1])
    }

    /// Whether word `word` carries a possessive "'s".
    func isPossessive(_ word: Int) -> Bool { possessive[word] }

    /// Whether word `word` equals the UTF-8 bytes `text[start..<end]`: byte for byte, or, when either side has
    /// bytes above ASCII, as `String`s (canonical equivalence), like `MentionFinder.word(_:equals:utf8:)`.
    func word(_ word: Int, of number: Int, equals text: [UInt8], start: Int, end: Int) -> Bool {
        let first = Int(byteStarts[word])
        let count = Int(byteStarts[word + 1]) - first
        if count == end - start {
            var offset = 0
            while offset < count, bytes[first + offset] == text[start + offset] { offset += 1 }
            if offset == count { return true }
        }
        guard isNonASCII[word] || text[start..<end].contains(where: { $0 >= 0x80 }) else { return false }
        let written = entries[number].words[word - Int(wordStarts[number])]
        return String(decoding: text[start..<end], as: UTF8.self) == written
    }

    /// The entry numbered `number`.
    func entry(_ number: Int) -> GazetteerEntry { entries[number] }
}
