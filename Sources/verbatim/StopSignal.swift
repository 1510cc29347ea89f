import Dispatch
import Foundation

/// Turns SIGINT and SIGTERM into a flag the run checks between batches, so an interrupted run still ends with every
/// written line whole (and `--resume` can pick up where it stopped). A second signal stops at once.
final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false
    private var sources: [DispatchSourceSignal] = []

    init() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [weak self] in self?.request(signalNumber) }
            source.resume()
            sources.append(source)
        }
    }

    private func request(_ signalNumber: Int32) {
        lock.lock()
        let already = requested
        requested = true
        lock.unlock()
        if already {
            StandardStream.error("\nverbatim: stopped at once; run again with --resume to finish\n")
            exit(130)
        }
        StandardStream.error("\nverbatim: stopping after the current batch (signal again to stop at once)\n")
    }

    var isRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return requested
    }
}
