import ArgumentParser
import Foundation
import Verbatim

/// Where an earlier run stopped: the ids of the complete lines of an output file. A cut-off last line (a run killed
/// mid-write) is removed so the file again ends with a whole line.
struct ResumePoint {
    /// The ids of the lines already written, in order.
    let writtenIDs: [String]

    /// Reads `path`, truncating an incomplete last line. A missing file means nothing was written yet.
    init(outputPath path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            writtenIDs = []
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read '\(path)' to resume: check its permissions")
        }
        let bytes = [UInt8](data)
        var completeEnd = bytes.count
        if let lastNewline = bytes.lastIndex(of: 0x0A) {
            completeEnd = lastNewline + 1
        } else {
            completeEnd = 0
        }
        if completeEnd < bytes.count {
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw ValidationError("cannot repair '\(path)' to resume: check its permissions")
            }
            try handle.truncate(atOffset: UInt64(completeEnd))
            try handle.close()
        }
        var ids: [String] = []
        for line in bytes[..<completeEnd].split(separator: 0x0A) where !line.isEmpty {
            guard let value = try? JSONParser.parse(Array(line)), let id = value["id"]?.stringValue else {
                throw ValidationError("'\(path)' has a line that is not a Verbatim record: resume only into a file Verbatim wrote")
            }
            ids.append(id)
        }
        writtenIDs = ids
    }
}
