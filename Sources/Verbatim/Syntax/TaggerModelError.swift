/// A tagger model whose parts do not fit together (a corrupt or foreign file).
struct TaggerModelError: Error, Sendable {
    let message: String
    init(_ message: String) { self.message = message }
}
