/// Holds a value for the rest of the process. The models' tables are large, and freeing them one by one when a run
/// ends only costs time (the operating system takes the memory back at exit).
final class KeptUntilExit<Value>: @unchecked Sendable {
    private let value: Value

    private init(_ value: Value) {
        self.value = value
    }

    /// Keeps `value` (and everything it references) alive until the process exits.
    static func keep(_ value: Value) {
        _ = Unmanaged.passRetained(KeptUntilExit(value))
    }
}
