/// An annotation layer a pipeline stage can add to a `Document`.
public enum Layer: String, Sendable, Hashable, CaseIterable, Codable {
    case paragraphs
    case sentences
    case boilerplate
    /// The one token layer (`Document.tokens`): spans, word numbers, shapes, lexicon classes.
    case tokens
    /// Part-of-speech tags on the token layer (`TokenLayer.tags`).
    case partsOfSpeech
    /// Phrase chunks over the tagged tokens (`Document.chunks`).
    case chunks
    case entities
    case quotes
}
