/// A share of cases that came out right: `correct` of `total`.
public struct Accuracy: Sendable, Hashable {
    public var correct: Int
    public var total: Int

    public init(correct: Int = 0, total: Int = 0) {
        self.correct = correct
        self.total = total
    }

    /// correct / total, or nil when there was nothing to judge.
    public var value: Double? { total > 0 ? Double(correct) / Double(total) : nil }

    /// Counts one case.
    public mutating func record(_ isCorrect: Bool) {
        total += 1
        if isCorrect { correct += 1 }
    }

    public static func + (lhs: Accuracy, rhs: Accuracy) -> Accuracy {
        Accuracy(correct: lhs.correct + rhs.correct, total: lhs.total + rhs.total)
    }

    public static func += (lhs: inout Accuracy, rhs: Accuracy) { lhs = lhs + rhs }
}
