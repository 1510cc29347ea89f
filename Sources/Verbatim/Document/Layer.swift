/// An annotation layer a pipeline stage can add to a `Document`.
public enum Layer: String, Sendable, Hashable, CaseIterable, Codable {
    case paragraphs
    case sentences
    case boilerplate
    case entities
    case quotes
}
