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
        func add(_ parsed: (content: String, parts: [String])?, line lineNumber: Int) throws(ModelError) {
            guard let (content, parts) = parsed else { return }
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
        let bytes = Array(text.utf8)
        let lineCount = bytes.reduce(into: 1) { count, byte in if byte == 0x0A { count += 1 } }
        entries.reserveCapacity(lineCount)
        seen.reserveCapacity(lineCount)
        if Self.containsCRLF(bytes) {
            // "\r\n" is one character: split by characters, as the lines are defined.
            for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                try add(Self.parse(Substring(rawLine)), line: index + 1)
            }
        } else {
            // Without "\r\n", every "\n" byte ends a line; ASCII lines are parsed as bytes (each byte a character),
            // others by characters.
            var lineNumber = 0
            var lineStart = 0
            while lineStart <= bytes.count {
                lineNumber += 1
                let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
                let line = bytes[lineStart..<lineEnd]
                let parsed = line.allSatisfy { $0 < 0x80 }
                    ? Self.parseASCII(line) : Self.parse(Substring(String(decoding: line, as: UTF8.self)))
                try add(parsed, line: lineNumber)
                lineStart = lineEnd + 1
            }
        }
        self.entries = entries
    }

    /// The content (without comment, trimmed) and trimmed fields of a line, or nil when it holds no entry.
    private static func parse(_ rawLine: Substring) -> (content: String, parts: [String])? {
        var line = rawLine
        if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
        let content = Self.trimmed(line)
        if content.isEmpty { return nil }
        let parts = content.split(separator: "\t", omittingEmptySubsequences: false).map { Self.trimmed($0) }
        return (content, parts)
    }

    /// `parse` for a line of ASCII bytes.
    private static func parseASCII(_ rawLine: ArraySlice<UInt8>) -> (content: String, parts: [String])? {
        var line = rawLine
        if let hash = line.firstIndex(of: UInt8(ascii: "#")) { line = line[..<hash] }
        let content = Self.trimmedASCII(line)
        if content.isEmpty { return nil }
        let parts = content.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            .map { String(decoding: Self.trimmedASCII($0), as: UTF8.self) }
        return (String(decoding: content, as: UTF8.self), parts)
    }

    private static func containsCRLF(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 2 else { return false }
        for index in 1..<bytes.count where bytes[index] == 0x0A && bytes[index - 1] == 0x0D { return true }
        return false
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

    /// `trimmed` for ASCII bytes.
    private static func trimmedASCII(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isBlank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        guard let first = text.firstIndex(where: { !isBlank($0) }), let last = text.lastIndex(where: { !isBlank($0) }) else {
            return []
        }
        return text[first...last]
    }

    /// The first field of every entry.
    public var words: [String] { entries.map { $0.fields[0] } }
}
