#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file (or stdin) with C stdio, in chunks.
package final class FileByteSource: ByteSource {
    private let file: UnsafeMutablePointer<FILE>
    private let ownsFile: Bool
    private let path: String

    /// Opens `path` for reading; `-` means stdin.
    public convenience init(path: String) throws(ArticleError) {
        try self.init(path: InputPath(path))
    }

    /// Opens `input` (raw bytes, so a name that is not UTF-8 opens too) for reading; `-` means stdin.
    public init(path input: InputPath) throws(ArticleError) {
        let path = input.display
        self.path = path
        if input.bytes == [UInt8(ascii: "-")] {
            guard let standardInput = fdopen(0, "rb") else {
                throw ArticleError(.unreadableInput, "cannot read stdin: pass input files instead")
            }
            file = standardInput
            ownsFile = false
            return
        }
        guard let opened = input.withCString({ fopen($0, "rb") }) else {
            let reason = String(cString: strerror(errno))
            throw ArticleError(.unreadableInput, "cannot open '\(path)': \(reason); check the path and its permissions")
        }
        file = opened
        ownsFile = true
    }

    /// Bytes read from the file so far (for progress).
    public private(set) var bytesRead = 0

    deinit {
        if ownsFile { fclose(file) }
    }

    public func read(maxLength: Int) throws(ArticleError) -> [UInt8] {
        var count = 0
        let buffer = [UInt8](unsafeUninitializedCapacity: maxLength) { storage, initialized in
            count = fread(storage.baseAddress, 1, maxLength, file)
            initialized = count
        }
        if count == 0 && ferror(file) != 0 {
            throw ArticleError(.unreadableInput, "reading '\(path)' failed: \(String(cString: strerror(errno)))")
        }
        bytesRead += count
        return buffer
    }
}
