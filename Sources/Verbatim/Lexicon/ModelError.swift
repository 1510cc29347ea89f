/// A model file under `Models/` that is missing or malformed. Reported at start, before any article is read.
public struct ModelError: Error, Sendable, CustomStringConvertible {
    /// The file at fault.
    public let path: String
    /// The 1-based line at fault, or nil for the whole file.
    public let line: Int?
    public let message: String

    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
