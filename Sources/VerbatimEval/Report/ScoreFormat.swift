import Foundation

/// How scores are written for people: percentages with one decimal, "n/a" when undefined.
enum ScoreFormat {
    /// `0.8412` → `84.1`; nil → `n/a`.
    static func percent(_ value: Double?) -> String {
        guard let value else { return "n/a" }
        return String(format: "%.1f", value * 100)
    }

    /// `84.1 (61/72)`.
    static func accuracy(_ accuracy: Accuracy) -> String {
        "\(percent(accuracy.value)) (\(accuracy.correct)/\(accuracy.total))"
    }

    /// `61/11/15` (tp/fp/fn).
    static func counts(_ counts: MatchCounts) -> String {
        "\(counts.truePositives)/\(counts.falsePositives)/\(counts.falseNegatives)"
    }

    /// A threshold as written in metric names: `0.3`.
    static func threshold(_ value: Double) -> String { String(value) }

    /// `text` on one line, cut to `limit` characters with an ellipsis.
    static func snippet(_ text: String, limit: Int = 110) -> String {
        let flat = text.split(whereSeparator: { $0.isNewline }).joined(separator: " ⏎ ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}
