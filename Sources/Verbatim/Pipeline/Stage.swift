/// One step of the pipeline: reads some layers of a `Document` and adds others.
///
/// Stages are immutable values holding their lexicons, so one pipeline is shared by every task.
public protocol Stage: Sendable {
    /// A short name for messages, e.g. `sentences`.
    var name: String { get }
    /// Layers that must be present before this stage runs.
    var requires: Set<Layer> { get }
    /// Layers this stage fills.
    var provides: Set<Layer> { get }
    /// Adds this stage's layers to `document`.
    func process(_ document: inout Document) throws(ArticleError)
}
