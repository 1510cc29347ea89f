import Foundation

/// The boilerplate patterns and word lists, loaded from `Models/boilerplate/` and validated with `file:line` errors.
///
/// - `patterns.txt`: `KIND <tab> line|prefix|contains <tab> TEXT [<tab> end,maxwords=N]` (see the file's header);
/// - `outlets.txt`: outlet and wire names; a line holding only one, under a headline, is an outlet label;
/// - `credit-words.txt`: words that open a photo credit ("Photo", "Courtesy");
/// - `months.txt`: month names for dateline shapes;
/// - `stop-words.txt`: English function words, whose share among a line's words tells prose from page furniture
///   (`LineScan+ArticleRun`).
public struct BoilerplateRules: Sendable {
    /// How a pattern is compared with a line.
    public enum Match: String, Sendable {
        case line, prefix, contains
    }

    /// One pattern of `patterns.txt`.
    public struct Pattern: Sendable {
        public let kind: BoilerplateSpan.Kind
        public let match: Match
        /// Case-folded, normalised text (see `BoilerplateRules.normalize`).
        public let text: String
        /// The line ends the article: what follows is teasers and footers.
        public let endsArticle: Bool
        /// The longest line (in words) the pattern applies to.
        public let maxWords: Int
        /// `patterns.txt:LINE`, emitted as the span's rule.
        public let rule: String
    }

    /// Whole-line patterns, by normalised text.
    public let lines: [String: Pattern]
    public let prefixes: [Pattern]
    public let contains: [Pattern]
    /// Normalised outlet names.
    public let outlets: Set<String>
    public let creditWords: Set<String>
    public let months: Set<String>
    /// Case-folded function words ("the", "of", "said").
    public let stopWords: Set<String>
    private let prefixIndex: BytePatternIndex
    private let containsIndex: BytePatternIndex
    /// The longest whole-line pattern text, in UTF-8 bytes: a longer ASCII line cannot match one.
    private let longestLineText: Int

    public init(lines: [String: Pattern], prefixes: [Pattern], contains: [Pattern], outlets: Set<String>,
                creditWords: Set<String>, months: Set<String>, stopWords: Set<String> = []) {
        self.lines = lines
        self.prefixes = prefixes
        self.contains = contains
        self.prefixIndex = BytePatternIndex(prefixes.map { (Array($0.text.utf8), $0.maxWords) })
        self.containsIndex = BytePatternIndex(contains.map { (Array($0.text.utf8), $0.maxWords) })
        self.longestLineText = lines.keys.map(\.utf8.count).max() ?? 0
        self.outlets = outlets
        self.creditWords = creditWords
        self.months = months
        self.stopWords = stopWords
    }

    /// Loads and validates the files in `directory` (the `Models/boilerplate` folder).
    public init(directory: String) throws(ModelError) {
        let patternFile = try LexiconFile(path: directory + "/patterns.txt", fields: 3...4)
        var lines: [String: Pattern] = [:]
        var prefixes: [Pattern] = []
        var contains: [Pattern] = []
        for entry in patternFile.entries {
            let fields = entry.fields
            guard let kind = BoilerplateSpan.Kind(rawValue: fields[0]) else {
                throw ModelError(path: patternFile.path, line: entry.line,
                                 message: "unknown kind '\(fields[0])': use one of "
                                     + BoilerplateSpan.Kind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard let match = Match(rawValue: fields[1]) else {
                throw ModelError(path: patternFile.path, line: entry.line,
                                 message: "unknown match '\(fields[1])': use line, prefix or contains")
            }
            var endsArticle = false
            var maxWords = 40
            if fields.count == 4 {
                for flag in fields[3].split(separator: ",") {
                    if flag == "end" {
                        endsArticle = true
                    } else if flag.hasPrefix("maxwords="), let value = Int(flag.dropFirst(9)), value > 0 {
                        maxWords = value
                    } else {
                        throw ModelError(path: patternFile.path, line: entry.line,
                                         message: "unknown flag '\(flag)': use end or maxwords=N")
                    }
                }
            }
            let text = Self.normalize(fields[2])
            guard !text.isEmpty else {
                throw ModelError(path: patternFile.path, line: entry.line, message: "the pattern text is empty")
            }
            let pattern = Pattern(kind: kind, match: match, text: text, endsArticle: endsArticle, maxWords: maxWords,
                                  rule: "patterns.txt:\(entry.line)")
            switch match {
            case .line:
                if lines[text] != nil {
                    throw ModelError(path: patternFile.path, line: entry.line, message: "the line '\(text)' is listed twice: remove one")
                }
                lines[text] = pattern
            case .prefix: prefixes.append(pattern)
            case .contains: contains.append(pattern)
            }
        }
        func set(_ file: String) throws(ModelError) -> Set<String> {
            Set(try LexiconFile(path: directory + "/" + file).words.map(Self.normalize))
        }
        self.init(lines: lines, prefixes: prefixes, contains: contains, outlets: try set("outlets.txt"),
                  creditWords: try set("credit-words.txt"), months: try set("months.txt"),
                  stopWords: try set("stop-words.txt"))
    }

    /// `text` case-folded (ASCII and Latin-1), curly apostrophes and quotes made straight, white space collapsed, trimmed.
    public static func normalize<S: StringProtocol>(_ text: S) -> String {
        let utf8 = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count)
        utf8.withUnsafeBufferPointer { appendNormalized($0, to: &result) }
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends the normalised form (see `normalize`) of the valid UTF-8 `text` to `result`.
    static func appendNormalized(_ text: UnsafeBufferPointer<UInt8>, to result: inout [UInt8]) {
        // Normalising never lengthens text, so it is written in place into room made for all of it, then cut.
        let start = result.count
        result.append(contentsOf: repeatElement(0, count: text.count))
        let written = result.withUnsafeMutableBufferPointer { output in
            normalize(text, into: UnsafeMutableBufferPointer(rebasing: output[start...]))
        }
        result.removeLast(text.count - written)
    }

    /// Writes the normalised form of `text` into `output` (at least as long) and returns how many bytes it took.
    private static func normalize(_ text: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var count = 0
        var pendingSpace = false
        var position = 0
        while position < text.count {
            let lead = text[position]
            if lead < 0x80 {
                // ASCII: white space (space, tab to carriage return) collapses, capitals fold.
                if lead == 0x20 || (0x09...0x0D).contains(lead) {
                    pendingSpace = count > 0
                } else {
                    if pendingSpace { output[count] = UInt8(ascii: " "); count += 1 }
                    pendingSpace = false
                    output[count] = (0x41...0x5A).contains(lead) ? lead + 0x20 : lead
                    count += 1
                }
                position += 1
                continue
            }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard position + length <= text.count else {
                // A cut sequence (not in valid UTF-8): copied as is.
                for byte in text[position...] { output[count] = byte; count += 1 }
                return count
            }
            let scalar = Self.scalarValue(text, at: position, length: length)
            if UTF8Scanner.isSpace(Unicode.Scalar(scalar) ?? "\u{FFFD}") {
                pendingSpace = count > 0
                position += length
                continue
            }
            if pendingSpace { output[count] = UInt8(ascii: " "); count += 1 }
            pendingSpace = false
            switch scalar {
            case 0x2018, 0x2019, 0x2032: output[count] = UInt8(ascii: "'"); count += 1
            case 0x201C, 0x201D: output[count] = UInt8(ascii: "\""); count += 1
            // Latin-1 capitals (C3 80 to C3 9E) to small letters (C3 A0 to C3 BE); other scripts are compared as written.
            case 0xC0...0xDE where scalar != 0xD7:
                output[count] = lead
                output[count + 1] = text[position + 1] + 0x20
                count += 2
            default:
                for offset in 0..<length { output[count + offset] = text[position + offset] }
                count += length
            }
            position += length
        }
        return count
    }

    private static func scalarValue(_ text: UnsafeBufferPointer<UInt8>, at position: Int, length: Int) -> UInt32 {
        var value = UInt32(text[position]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(text[position + offset] & 0x3F) }
        return value
    }

    /// The pattern a normalised line (UTF-8, of `words` words) matches, if any: whole line first, then prefixes,
    /// then contained phrases (each in file order).
    func match(_ normalized: UnsafeBufferPointer<UInt8>, words: Int) -> Pattern? {
        if let pattern = linePattern(normalized, words: words) { return pattern }
        if let index = prefixIndex.firstPrefix(of: normalized, words: words) { return prefixes[index] }
        if let index = containsIndex.firstContained(in: normalized, words: words) { return contains[index] }
        return nil
    }

    /// The whole-line pattern a normalised line (UTF-8, of `words` words) is, ignoring a final ":", ".", "!" or "|".
    func linePattern(_ normalized: UnsafeBufferPointer<UInt8>, words: Int) -> Pattern? {
        // Quick rejection of long lines. Bytes stripped here are a superset of the characters stripped below, and
        // an ASCII line can only equal a pattern of at least as many bytes; other lines take the exact path.
        var length = normalized.count
        while length > 0, Self.isIgnoredLineEnd(normalized[length - 1]) { length -= 1 }
        if length > longestLineText {
            var union: UInt8 = 0
            for byte in normalized { union |= byte }
            if union < 0x80 { return nil }
        }
        var key = Substring(String(decoding: normalized, as: UTF8.self))
        while let last = key.last, ":.!|".contains(last) { key = key.dropLast() }
        if let pattern = lines[String(key)], words <= pattern.maxWords { return pattern }
        return nil
    }

    private static func isIgnoredLineEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "|")
    }
}
