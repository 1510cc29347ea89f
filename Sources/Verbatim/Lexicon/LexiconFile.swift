import Foundation

/// One lexicon file: one entry a line, tab-separated fields, `#` starts a comment, blank lines ignored.
public struct LexiconFile: Sendable {
    /// One data line of the file.
    public struct Entry: Sendable {
        /// The tab-separated fields, trimmed.
        public let fields: [String]
        /// The 1-based line number, for error messages.
        public let line: Int
    }

    /// The file's path (as given), for error messages.
    public let path: String
    public let entries: [Entry]

    /// Reads and parses `path`, checking that every line has between `minFields` and `maxFields` fields.
    public init(path: String, fields: ClosedRange<Int> = 1...1) throws(ModelError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ModelError(path: path, message: "cannot read the file: check that the Models folder is complete or pass --models DIR")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ModelError(path: path, message: "the file is not valid UTF-8: re-save it as UTF-8")
        }
        try self.init(path: path, text: text, fields: fields)
    }

    /// Parses lexicon `text` as if read from `path`.
    public init(path: String, text: String, fields: ClosedRange<Int> = 1...1) throws(ModelError) {
        self.path = path
        var entries: [Entry] = []
        var seen: [String: Int] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let content = Self.trimmed(line)
            if content.isEmpty { continue }
            let parts = content.split(separator: "\t", omittingEmptySubsequences: false).map { Self.trimmed($0) }
            guard fields.contains(parts.count) else {
                let expected = fields.lowerBound == fields.upperBound
                    ? "\(fields.lowerBound)" : "\(fields.lowerBound) to \(fields.upperBound)"
                throw ModelError(path: path, line: lineNumber,
                                 message: "expected \(expected) tab-separated field(s), found \(parts.count)")
            }
            if parts.contains(where: \.isEmpty) {
                throw ModelError(path: path, line: lineNumber, message: "empty field: remove the stray tab")
            }
            if let first = seen[content] {
                throw ModelError(path: path, line: lineNumber, message: "duplicate of line \(first): remove one")
            }
            seen[content] = lineNumber
            entries.append(Entry(fields: parts, line: lineNumber))
        }
        self.entries = entries
    }

    /// `text` without spaces, tabs and carriage returns at either end (Foundation's trimming is slow on Linux, and
    /// model files are read at every start).
    private static func trimmed(_ text: Substring) -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" }
        guard let first = text.firstIndex(where: { !isBlank($0) }), let last = text.lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(text[first...last])
    }

    /// The first field of every entry.
    public var words: [String] { entries.map { $0.fields[0] } }
}
