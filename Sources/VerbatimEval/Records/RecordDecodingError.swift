/// Why a gold or prediction line could not be read, with the file and line so it can be fixed.
public struct RecordDecodingError: Error, Sendable, CustomStringConvertible {
    /// The file the line came from (empty when decoding a line not read from a file).
    public let path: String
    /// The 1-based line number (0 when unknown).
    public let line: Int
    /// What is wrong and how to fix it.
    public let message: String

    public init(path: String = "", line: Int = 0, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        var location = path
        if line > 0 { location += location.isEmpty ? "line \(line)" : ":\(line)" }
        return location.isEmpty ? message : "\(location): \(message)"
    }
}
