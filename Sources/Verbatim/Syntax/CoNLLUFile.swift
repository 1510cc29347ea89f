/// A CoNLL-U file (universaldependencies.org/format.html) read line by line, so it can be written back exactly
/// with only the part-of-speech column changed.
///
/// Sentences are runs of word lines (an integer ID: multiword-token ranges `1-2` and empty nodes `1.1` are kept
/// as lines but are not words) ended by a blank line or the end of the file.
public struct CoNLLUFile: Sendable {
    /// One sentence: the indices in `lines` of its word lines.
    public struct Sentence: Sendable {
        public var wordLines: [Int]
    }

    /// The file's lines without their `\n` (a `\r` before it stays in the line's last field).
    public private(set) var lines: [String]
    public private(set) var sentences: [Sentence]
    /// Whether the text ended with a newline.
    private let endsWithNewline: Bool

    /// Parses `text`; `path` names it in errors.
    public init(text: String, path: String) throws(CoNLLUError) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        endsWithNewline = text.hasSuffix("\n")
        if endsWithNewline { lines.removeLast() }
        var sentences: [Sentence] = []
        var current: [Int] = []
        for (index, line) in lines.enumerated() {
            if line.isEmpty || line == "\r" {
                if !current.isEmpty { sentences.append(Sentence(wordLines: current)) }
                current = []
                continue
            }
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 10 else {
                throw CoNLLUError(path: path, line: index + 1,
                                  message: "expected 10 tab-separated fields, found \(fields.count): is this a CoNLL-U file?")
            }
            let id = fields[0]
            if id.contains("-") || id.contains(".") { continue }
            guard Int(id) != nil else {
                throw CoNLLUError(path: path, line: index + 1, message: "the ID '\(id)' is not a number, a range or a decimal")
            }
            current.append(index)
        }
        if !current.isEmpty { sentences.append(Sentence(wordLines: current)) }
        self.lines = lines
        self.sentences = sentences
    }

    /// Field `column` (0-based) of line `index`.
    public func field(_ column: Int, ofLine index: Int) -> Substring {
        lines[index].split(separator: "\t", omittingEmptySubsequences: false)[column]
    }

    /// The word forms (column 2) of `sentence`, as UTF-8.
    public func words(of sentence: Sentence) -> [[UInt8]] {
        sentence.wordLines.map { Array(field(1, ofLine: $0).utf8) }
    }

    /// The gold tags (column 4) of `sentence`, or nil when any is missing or not a UPOS tag.
    public func tags(of sentence: Sentence) -> [UniversalTag]? {
        var tags: [UniversalTag] = []
        for line in sentence.wordLines {
            guard let tag = UniversalTag(name: String(field(3, ofLine: line))) else { return nil }
            tags.append(tag)
        }
        return tags
    }

    /// Every sentence with gold tags, for training or scoring (sentences with a missing tag are left out).
    public var taggedSentences: [TaggedSentence] {
        sentences.compactMap { sentence in
            tags(of: sentence).map { TaggedSentence(words: words(of: sentence), tags: $0) }
        }
    }

    /// Sets column 4 of `sentence`'s word lines to `tags`.
    public mutating func setTags(_ tags: [UniversalTag], of sentence: Sentence) {
        precondition(tags.count == sentence.wordLines.count, "one tag a word")
        for (line, tag) in zip(sentence.wordLines, tags) {
            var fields = lines[line].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            fields[3] = tag.name
            lines[line] = fields.joined(separator: "\t")
        }
    }

    /// The file's text, byte for byte as read except for changed tags.
    public var text: String {
        lines.joined(separator: "\n") + (endsWithNewline ? "\n" : "")
    }
}
