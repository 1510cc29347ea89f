/// Why one article could not be processed. It becomes an error record in the output; the run goes on.
public struct ArticleError: Error, Sendable, Hashable {
    /// A stable machine-readable code, e.g. `invalid_utf8`.
    public let code: Code
    /// What went wrong and what the user can do about it.
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The error codes an output line can carry.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        /// The input is not valid UTF-8 text and could not be decoded.
        case invalidUTF8 = "invalid_utf8"
        /// The input looks like binary data (NUL bytes or control characters), not text.
        case binaryContent = "binary_content"
        /// The article has no text at all.
        case emptyArticle = "empty_article"
        /// A dump line is not valid JSON, or not a JSON object.
        case invalidJSON = "invalid_json"
        /// A dump line is valid JSON but lacks a usable `text` or `html` field.
        case missingText = "missing_text"
        /// The HTML could not be parsed or held no visible text.
        case unparsableHTML = "unparsable_html"
        /// A file could not be read (permissions, vanished, not a regular file).
        case unreadableInput = "unreadable_input"
        /// A compressed input is corrupt.
        case corruptCompression = "corrupt_compression"
        /// The article exceeds the size limit.
        case tooLarge = "too_large"
        /// A dump line is empty or white space only (it still gets its line of output, so lines stay one to one).
        case blankLine = "blank_line"
    }
}
