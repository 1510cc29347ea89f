/// A file-system path as its raw bytes, so names that are not valid UTF-8 (legal on Linux) can still be opened, with
/// the form shown in ids and messages: valid UTF-8 as is, every other byte as `\xFF`.
public struct InputPath: Sendable, Hashable {
    /// The path's bytes, without a terminating NUL.
    public let bytes: [UInt8]
    /// The path as shown in ids, `source` and messages.
    public let display: String

    /// A path given as a string (its UTF-8 bytes).
    public init(_ path: String) {
        bytes = Array(path.utf8)
        display = path
    }

    /// A path given as raw bytes (from `argv` or a directory entry).
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        display = Self.displayForm(of: bytes)
    }

    /// `self` and `name` joined by a slash.
    func appending(_ name: [UInt8]) -> InputPath {
        InputPath(bytes: (bytes.last == 0x2F ? bytes : bytes + [0x2F]) + name)
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { try body($0) }
        }
    }

    /// Valid UTF-8 runs as text, each byte that breaks UTF-8 as `\xNN` (upper-case hex).
    static func displayForm(of bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var result = ""
        var position = 0
        while position < bytes.count {
            let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: position)
            let isReplacement = scalar == "\u{FFFD}" && !(length == 3 && bytes[position] == 0xEF)
            if isReplacement {
                let hex = String(bytes[position], radix: 16, uppercase: true)
                result += "\\x" + (hex.count == 1 ? "0" + hex : hex)
                position += 1
            } else {
                result.unicodeScalars.append(scalar)
                position += length
            }
        }
        return result
    }
}
