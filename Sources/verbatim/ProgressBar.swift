import Foundation

/// The text of one progress display: a bar with the percentage and ETA when the input size is known (files),
/// the counts alone when it is not (stdin).
struct ProgressBar: Sendable {
    var articles: Int
    var megabytesPerSecond: Double
    var errors: Int
    /// Share of the input bytes read, 0...1, when the total is known.
    var fraction: Double?
    var secondsLeft: Double?

    /// The display fitted to `columns` terminal columns (the bar shrinks; at least 10 cells).
    func render(columns: Int) -> String {
        var counts = "\(articles) articles · " + String(format: "%.1f MB/s", megabytesPerSecond)
            + " · \(errors) error" + (errors == 1 ? "" : "s")
        guard let fraction else { return counts }
        if let secondsLeft { counts += " · ETA " + Self.duration(secondsLeft) }
        let percent = String(format: "%3.0f%%", (fraction * 100).rounded(.down))
        let cells = max(10, min(40, columns - counts.count - percent.count - 5))
        let filled = min(cells, Int((Double(cells) * fraction).rounded(.down)))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
        return "\(bar) \(percent) · \(counts)"
    }

    /// `42 s`, `3 min 05 s`, `2 h 07 min`.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total) s" }
        if total < 3600 { return String(format: "%d min %02d s", total / 60, total % 60) }
        return String(format: "%d h %02d min", total / 3600, total % 3600 / 60)
    }
}
