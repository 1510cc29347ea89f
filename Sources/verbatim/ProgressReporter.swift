import Foundation
import Verbatim

/// A progress bar on stderr, shown only when stderr is a terminal, refreshed at most twice a second and redrawn
/// in place (`ProgressBar`: percentage and ETA for files, counts alone for stdin, whose size is unknown).
final class ProgressReporter {
    private let enabled: Bool
    private let started = Date()
    private var lastShown = Date.distantPast
    /// Total bytes of the input files, when known, for the bar and the ETA.
    private let totalInputBytes: Int?

    init(totalInputBytes: Int?) {
        enabled = isatty(STDERR_FILENO) == 1
        self.totalInputBytes = totalInputBytes
    }

    func update(_ summary: BatchRunner.Summary, consumedInputBytes: Int) {
        guard enabled, Date().timeIntervalSince(lastShown) >= 0.5 else { return }
        lastShown = Date()
        let seconds = max(Date().timeIntervalSince(started), 1e-3)
        var bar = ProgressBar(articles: summary.articles, megabytesPerSecond: Double(summary.bytes) / 1e6 / seconds,
                              errors: summary.failures)
        if let total = totalInputBytes, total > 0 {
            let fraction = min(1, Double(consumedInputBytes) / Double(total))
            bar.fraction = fraction
            if fraction > 0 { bar.secondsLeft = seconds / fraction - seconds }
        }
        // Carriage return, the bar, then erase what a longer earlier bar left.
        StandardStream.error("\r" + bar.render(columns: Self.columns()) + "\u{1B}[K")
    }

    func finish() {
        if enabled && lastShown != Date.distantPast { StandardStream.error("\n") }
    }

    /// The terminal's width, else `$COLUMNS`, else 80.
    static func columns() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
    }
}
