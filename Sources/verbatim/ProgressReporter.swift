import Foundation
import Verbatim

/// A one-line progress display on stderr, shown only when stderr is a terminal, refreshed at most twice a second.
final class ProgressReporter {
    private let enabled: Bool
    private let started = Date()
    private var lastShown = Date.distantPast
    /// Total bytes of the input files, when known, for the ETA.
    private let totalInputBytes: Int?

    init(totalInputBytes: Int?) {
        enabled = isatty(STDERR_FILENO) == 1
        self.totalInputBytes = totalInputBytes
    }

    func update(_ summary: BatchRunner.Summary, consumedInputBytes: Int) {
        guard enabled, Date().timeIntervalSince(lastShown) >= 0.5 else { return }
        lastShown = Date()
        let seconds = max(Date().timeIntervalSince(started), 1e-3)
        var line = String(format: "\r%d articles, %.1f MB/s, %d errors", summary.articles,
                          Double(summary.bytes) / 1e6 / seconds, summary.failures)
        if let total = totalInputBytes, total > 0, consumedInputBytes > 0 {
            let fraction = min(1, Double(consumedInputBytes) / Double(total))
            let remaining = seconds / max(fraction, 1e-6) - seconds
            line += String(format: ", %.0f%%, ETA %.0f s", fraction * 100, remaining)
        }
        StandardStream.error(line + "   ")
    }

    func finish() {
        if enabled && lastShown != Date.distantPast { StandardStream.error("\n") }
    }
}
