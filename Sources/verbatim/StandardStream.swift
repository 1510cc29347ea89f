#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to stdout and stderr with POSIX `write`, never `FileHandle.write(_:)` (which traps when the write fails:
/// a closed stream, a full disk). A message that cannot reach stderr is dropped; output that cannot reach stdout is
/// reported as an error the caller turns into exit status 2.
enum StandardStream {
    /// Writes `text` to stderr; failures are ignored (there is nowhere left to report them).
    static func error(_ text: String) {
        _ = write(STDERR_FILENO, Array(text.utf8))
    }

    /// Writes `bytes` to stdout; returns why it failed, or nil.
    static func output(_ bytes: [UInt8]) -> String? {
        write(STDOUT_FILENO, bytes)
    }

    /// Writes all of `bytes` to `descriptor`, retrying after interruptions; returns the error text, or nil.
    private static func write(_ descriptor: Int32, _ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }
}
