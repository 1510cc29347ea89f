import Foundation

/// Reads a JSONL file of gold or prediction lines.
public enum RecordFile {
    /// Every non-blank line of the file at `path`, decoded. Throws on the first line that cannot be read.
    public static func read(path: String) throws(RecordDecodingError) -> [ArticleRecord] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RecordDecodingError(path: path, message: "cannot read the file: check the path and its permissions")
        }
        return try decode(bytes: [UInt8](data), path: path)
    }

    /// Every non-blank line of `bytes` (JSONL text), decoded.
    public static func decode(bytes: [UInt8], path: String = "") throws(RecordDecodingError) -> [ArticleRecord] {
        var records: [ArticleRecord] = []
        var lineStart = 0
        var lineNumber = 0
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = bytes[lineStart..<lineEnd]
            if line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
                records.append(try RecordDecoder.decode(line: Array(line), path: path, lineNumber: lineNumber))
            }
            lineStart = lineEnd + 1
        }
        return records
    }
}
