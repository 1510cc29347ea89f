#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Verbatim

/// Buffered line output to a file or stdout. A named file is locked (`FileLock`) from `init` to exit, so a second
/// run on it is refused. A write that fails (a full disk, a closed pipe) is never a crash: it is recorded in
/// `failure`, later lines are dropped, and the caller stops the run; every line already on disk stays whole or is the
/// single cut-off last line that `--resume` repairs.
final class OutputSink {
    /// The output as named to the user (`stdout` for stdout).
    let name: String
    private let descriptor: Int32
    private let lock: FileLock?
    private var buffer: [UInt8] = []
    /// Why writing stopped, with what to do next; nil while all is well.
    private(set) var failure: String?

    /// Opens and locks `path` (stdout when nil or "-") without changing its content.
    /// - Throws: `FileLock.Failure` when the file cannot be opened or another run holds it.
    init(path: String?) throws(FileLock.Failure) {
        if let path, path != "-" {
            let lock = try FileLock(path: path)
            self.lock = lock
            descriptor = lock.descriptor
            name = "'\(path)'"
        } else {
            lock = nil
            descriptor = STDOUT_FILENO
            name = "stdout"
        }
        buffer.reserveCapacity(1 << 20)
    }

    /// Readies the file for this run: emptied for a new run, positioned at its end to append (`--resume`).
    func start(appending: Bool) throws(FileLock.Failure) {
        guard lock != nil else { return }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return }
        let isRegular = (status.st_mode & S_IFMT) == S_IFREG
        if !appending && isRegular && ftruncate(descriptor, 0) != 0 {
            throw FileLock.Failure(isHeldElsewhere: false, message: "cannot empty \(name): \(String(cString: strerror(errno)))")
        }
        if isRegular { lseek(descriptor, 0, SEEK_END) }
    }

    func writeLine(_ line: ArraySlice<UInt8>) {
        guard failure == nil else { return }
        buffer.append(contentsOf: line)
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { flush() }
    }

    /// Writes what is buffered; on an error records `failure` and drops the buffer.
    func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil, !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = "cannot write \(name): \(String(cString: strerror(errno))); make room (or fix the "
                        + "output), then run the same command with --resume to finish"
                    return
                }
                offset += written
            }
        }
    }

    /// Flushes; the lock is kept until the process exits.
    func close() {
        flush()
        if lock != nil, failure == nil, fsync(descriptor) != 0, errno != EINVAL, errno != EROFS {
            failure = "cannot write \(name): \(String(cString: strerror(errno))); make room, then run the same "
                + "command with --resume to finish"
        }
    }
}
