#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock (`flock`) on a file, held from `init` until `release()` or deinit, so two Verbatim
/// runs never write one output or one database at once. The file is opened read-write and created when missing,
/// never truncated; `descriptor` can be used to write it. Only regular files are locked (a device such as `/dev/null`
/// or a pipe is opened, not locked).
///
/// `flock` locks are independent of the POSIX record locks SQLite takes, so locking a database file this way does
/// not disturb SQLite, as long as the lock is kept (closing a descriptor of the file is what would drop SQLite's own
/// locks: `release()` only at the end).
package final class FileLock {
    /// Why a lock could not be taken.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// True when another process holds the lock (as opposed to the file not opening at all).
        public let isHeldElsewhere: Bool
        public let message: String
        public var description: String { message }

        public init(isHeldElsewhere: Bool, message: String) {
            self.isHeldElsewhere = isHeldElsewhere
            self.message = message
        }
    }

    public let path: String
    /// The open file, valid until `release()`.
    public private(set) var descriptor: Int32

    /// Opens `path` (creating it with mode 0644 when missing) and locks it without waiting.
    /// - Throws: `Failure` with `isHeldElsewhere` when another process (another Verbatim run) holds it.
    public init(path: String) throws(Failure) {
        self.path = path
        let opened = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard opened >= 0 else {
            throw Failure(isHeldElsewhere: false, message: "cannot open '\(path)' for writing: "
                          + "\(String(cString: strerror(errno))); check that its folder exists and is writable")
        }
        var status = stat()
        // Only regular files are locked: a device or pipe (`/dev/null`, `/dev/stdout`) is shared by design.
        guard fstat(opened, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            descriptor = opened
            return
        }
        guard flock(opened, LOCK_EX | LOCK_NB) == 0 else {
            let reason = errno
            close(opened)
            if reason == EWOULDBLOCK {
                throw Failure(isHeldElsewhere: true, message: "'\(path)' is locked by another process (another "
                              + "verbatim run writing it?): wait for that run to finish, or write to another file")
            }
            throw Failure(isHeldElsewhere: false, message: "cannot lock '\(path)': \(String(cString: strerror(reason)))")
        }
        descriptor = opened
    }

    /// Unlocks and closes the file. Calling it twice is harmless.
    public func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit {
        release()
    }
}
