import ArgumentParser
import Foundation
import Verbatim

/// Where an earlier run stopped: the ids of the complete lines of an output file, read in chunks (a 20 GB output
/// needs no more memory than its ids), and the error records among them, so the exit status covers the whole output.
/// Every complete line must be a `verbatim/1` record with an id, made with this run's options (`RunFingerprint`);
/// otherwise nothing is changed and resuming is refused. A cut-off last line (a run killed mid-write) is then removed
/// so the file again ends with a whole line.
struct ResumePoint {
    /// The ids of the lines already written, in order.
    let writtenIDs: [String]
    /// Error records among them, by code.
    let errorsByCode: [String: Int]

    /// Error records among the kept lines.
    var failures: Int { errorsByCode.values.reduce(0, +) }

    /// Reads `path`, truncating an incomplete last line. A missing or empty file means nothing was written yet.
    /// - Throws: `ValidationError` (exit 64) for a line that is not a record of this run, naming the line.
    init(outputPath path: String, fingerprint: String, options: String) throws {
        let source: FileByteSource
        do {
            source = try FileByteSource(path: path)
        } catch {
            throw ValidationError("cannot read '\(path)' to resume: \(error.message)")
        }
        var ids: [String] = []
        var errors: [String: Int] = [:]
        var partial: [UInt8] = []
        var completeEnd = 0
        var consumed = 0
        var lineNumber = 0
        func check(_ line: [UInt8]) throws {
            let refuse = { (reason: String) in
                ValidationError("'\(path)' line \(lineNumber) \(reason): resume only into a file this command wrote "
                                + "(same inputs, same options), or write to a new --output")
            }
            guard let value = try? JSONParser.parse(line), case .object = value else {
                throw refuse("is not a Verbatim record (not a JSON object)")
            }
            guard value["schema"]?.stringValue == RecordEncoder.schema else {
                throw refuse("is not a \(RecordEncoder.schema) record")
            }
            guard let id = value["id"]?.stringValue else { throw refuse("has no string id") }
            guard value["options"]?.stringValue == fingerprint else {
                throw refuse("was written with other options (\(value["options"]?.stringValue ?? "none recorded"); "
                             + "this run's: \(fingerprint), \(options))")
            }
            if let code = value["error"]?["code"]?.stringValue { errors[code, default: 0] += 1 }
            ids.append(id)
        }
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
                try check(partial)
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
            do {
                try handle.truncate(atOffset: UInt64(completeEnd))
                try handle.close()
            } catch {
                throw ValidationError("cannot repair '\(path)' to resume: \(error.localizedDescription)")
            }
        }
        writtenIDs = ids
        errorsByCode = errors
    }
}
