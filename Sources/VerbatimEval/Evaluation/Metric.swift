/// One named score in the flat form machines and score floors use, e.g. `quotes.f1_0.3` = 0.84.
public struct Metric: Sendable, Hashable {
    /// A stable dotted name.
    public let name: String
    /// The score in 0...1, or nil when undefined (nothing to judge).
    public let value: Double?
    /// The layer it scores.
    public let layer: EvalLayer
    /// False when the predictions lack the layer: the name is listed, but nothing was scored.
    public let isProduced: Bool

    public init(name: String, value: Double?, layer: EvalLayer, isProduced: Bool) {
        self.name = name
        self.value = value
        self.layer = layer
        self.isProduced = isProduced
    }
}
