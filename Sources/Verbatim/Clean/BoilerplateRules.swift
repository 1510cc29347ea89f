import Foundation

/// The boilerplate patterns and word lists, loaded from `Models/boilerplate/` and validated with `file:line` errors.
///
/// - `patterns.txt`: `KIND <tab> line|prefix|contains <tab> TEXT [<tab> end,maxwords=N]` (see the file's header);
/// - `outlets.txt`: outlet and wire names; a line holding only one, under a headline, is an outlet label;
/// - `credit-words.txt`: words that open a photo credit ("Photo", "Courtesy");
/// - `months.txt`: month names for dateline shapes.
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
    private let prefixBytes: [[UInt8]]
    private let containsBytes: [[UInt8]]

    public init(lines: [String: Pattern], prefixes: [Pattern], contains: [Pattern], outlets: Set<String>,
                creditWords: Set<String>, months: Set<String>) {
        self.lines = lines
        self.prefixes = prefixes
        self.contains = contains
        self.prefixBytes = prefixes.map { Array($0.text.utf8) }
        self.containsBytes = contains.map { Array($0.text.utf8) }
        self.outlets = outlets
        self.creditWords = creditWords
        self.months = months
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
                  creditWords: try set("credit-words.txt"), months: try set("months.txt"))
    }

    /// `text` case-folded (ASCII and Latin-1), curly apostrophes and quotes made straight, white space collapsed, trimmed.
    public static func normalize<S: StringProtocol>(_ text: S) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if UTF8Scanner.isSpace(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.unicodeScalars.append(" ") }
            pendingSpace = false
            switch scalar.value {
            case 0x2018, 0x2019, 0x2032: result.unicodeScalars.append("'")
            case 0x201C, 0x201D: result.unicodeScalars.append("\"")
            case 0x41...0x5A: result.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x20)!)
            case 0..<0x80: result.unicodeScalars.append(scalar)
            // Latin-1 capitals; other scripts are compared as written (no property look-up on the hot path).
            case 0xC0...0xDE where scalar.value != 0xD7: result.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x20)!)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The pattern a normalised line (of `words` words) matches, if any: whole line first, then prefixes, then
    /// contained phrases. Compared as UTF-8 bytes (no Foundation string search on the hot path).
    func match(_ normalized: String, words: Int) -> Pattern? {
        var key = Substring(normalized)
        while let last = key.last, ":.!|".contains(last) { key = key.dropLast() }
        if let pattern = lines[String(key)], words <= pattern.maxWords { return pattern }
        let bytes = Array(normalized.utf8)
        for (index, pattern) in prefixes.enumerated() where words <= pattern.maxWords {
            let text = prefixBytes[index]
            if bytes.count >= text.count, bytes[0..<text.count].elementsEqual(text) { return pattern }
        }
        for (index, pattern) in contains.enumerated() where words <= pattern.maxWords {
            if HTMLHint.contains(bytes, containsBytes[index]) { return pattern }
        }
        return nil
    }
}
