import ArgumentParser
import Foundation

/// Buffered line output to a file or stdout.
final class OutputSink {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    /// Opens `path` (stdout when nil or "-"); `append` keeps what the file holds and writes after it.
    init(path: String?, append: Bool = false) throws {
        if let path, path != "-" {
            let exists = FileManager.default.fileExists(atPath: path)
            guard append && exists || FileManager.default.createFile(atPath: path, contents: nil),
                  let handle = FileHandle(forWritingAtPath: path) else {
                throw ValidationError("cannot write '\(path)': check that its folder exists and is writable")
            }
            if append { try handle.seekToEnd() }
            self.handle = handle
        } else {
            handle = FileHandle.standardOutput
        }
        buffer.reserveCapacity(1 << 20)
    }

    func writeLine(_ line: ArraySlice<UInt8>) {
        buffer.append(contentsOf: line)
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeMutableBytes { bytes in
            // The buffer is written as it stands, without copying it into a new `Data`.
            handle.write(Data(bytesNoCopy: bytes.baseAddress!, count: bytes.count, deallocator: .none))
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        flush()
        if handle !== FileHandle.standardOutput { try? handle.close() }
    }
}
