/// A CoNLL-U file that cannot be read, with the line at fault.
public struct CoNLLUError: Error, Sendable, CustomStringConvertible {
    public let path: String
    /// The 1-based line.
    public let line: Int
    public let message: String

    public var description: String { "\(path):\(line): \(message)" }
}
