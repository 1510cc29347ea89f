import ArgumentParser
import Foundation
import Verbatim

/// Where an earlier run stopped: the ids of the complete lines of an output file, read in chunks (a 20 GB output
/// needs no more memory than its ids). A cut-off last line (a run killed mid-write) is removed so the file again ends
/// with a whole line.
struct ResumePoint {
    /// The ids of the lines already written, in order.
    let writtenIDs: [String]

    /// Reads `path`, truncating an incomplete last line. A missing file means nothing was written yet.
    init(outputPath path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            writtenIDs = []
            return
        }
        let source: FileByteSource
        do {
            source = try FileByteSource(path: path)
        } catch {
            throw ValidationError("cannot read '\(path)' to resume: \(error.message)")
        }
        var ids: [String] = []
        var partial: [UInt8] = []
        var completeEnd = 0
        var consumed = 0
        var lineNumber = 0
        while true {
            let chunk: [UInt8]
            do {
                chunk = try source.read(maxLength: 1 << 20)
            } catch {
                throw ValidationError("cannot read '\(path)' to resume: \(error.message)")
            }
            if chunk.isEmpty { break }
            var lineStart = 0
            while let newline = chunk[lineStart...].firstIndex(of: 0x0A) {
                partial.append(contentsOf: chunk[lineStart..<newline])
                lineNumber += 1
                if !partial.isEmpty {
                    guard let value = try? JSONParser.parse(partial), let id = value["id"]?.stringValue else {
                        throw ValidationError("'\(path)' line \(lineNumber) is not a Verbatim record: resume only into a file Verbatim wrote")
                    }
                    ids.append(id)
                }
                partial.removeAll(keepingCapacity: true)
                lineStart = newline + 1
                completeEnd = consumed + lineStart
            }
            partial.append(contentsOf: chunk[lineStart...])
            consumed += chunk.count
        }
        if completeEnd < consumed {
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw ValidationError("cannot repair '\(path)' to resume: check its permissions")
            }
            try handle.truncate(atOffset: UInt64(completeEnd))
            try handle.close()
        }
        writtenIDs = ids
    }
}
