import Verbatim

/// Reads `verbatim extract` output files (JSONL, gzip-compressed or not, `-` for stdin) line by line into a
/// `SQLiteWriter`. A line that is not a `verbatim/1` record is reported to `onInvalidLine` and skipped; the load
/// goes on.
public struct OutputLoader {
    /// A skipped line: where it is and why.
    public struct InvalidLine: Sendable {
        public let path: String
        /// 1-based.
        public let line: Int
        public let error: StoreError
    }

    /// What one file gave.
    public struct FileResult: Sendable {
        public var lines = 0
        public var invalid = 0
        /// Input bytes read (after decompression).
        public var bytes = 0
    }

    public let writer: SQLiteWriter
    /// The longest line accepted, in bytes (longer ones are reported as invalid).
    public let maxLineBytes: Int

    public init(writer: SQLiteWriter, maxLineBytes: Int = 256 << 20) {
        self.writer = writer
        self.maxLineBytes = maxLineBytes
    }

    /// Loads every line of `path` into the writer (without finishing it).
    /// - Throws: `ArticleError` when the file cannot be read, `StoreError` `.writeFailed` when SQLite refuses.
    public func load(path: String, onInvalidLine: (InvalidLine) -> Void) throws -> FileResult {
        // The article reader's source: gzip detected by its magic bytes, `-` for stdin.
        let reader = LineReader(source: try ArticleReader.byteSource(for: path), maxLineLength: maxLineBytes)
        var result = FileResult()
        while let line = try reader.next() {
            switch line {
            case let .tooLong(length, number):
                result.invalid += 1
                onInvalidLine(InvalidLine(path: path, line: number, error: StoreError(
                    .invalidLine, "the line is \(length >> 20) MiB, over the \(maxLineBytes >> 20) MiB limit")))
            case let .line(bytes, number):
                result.lines += 1
                result.bytes += bytes.count + 1
                do {
                    try writer.write(line: bytes)
                } catch let error as StoreError where error.code == .invalidLine {
                    result.invalid += 1
                    onInvalidLine(InvalidLine(path: path, line: number, error: error))
                }
            }
        }
        return result
    }
}
