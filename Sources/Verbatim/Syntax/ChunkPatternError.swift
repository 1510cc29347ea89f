/// A chunk pattern that does not parse.
struct ChunkPatternError: Error, Sendable {
    let message: String
    init(_ message: String) { self.message = message }
}
