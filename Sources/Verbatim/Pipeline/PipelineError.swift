/// A pipeline that cannot work as assembled: a stage needs a layer no earlier stage provides.
public struct PipelineError: Error, Sendable, CustomStringConvertible {
    public let stage: String
    public let missing: Set<Layer>

    public var description: String {
        let names = missing.map(\.rawValue).sorted().joined(separator: ", ")
        return "stage '\(stage)' needs \(names), which no earlier stage provides: add the stage that provides it before '\(stage)'"
    }
}
