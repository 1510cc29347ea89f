import Foundation
import Testing
import Verbatim

/// `scripts/spark-pipe.py`: verbatim as a mapper under Spark (local mode). Skipped, with the reason shown, where
/// Java, pyspark or the built `verbatim` binary is missing.
@Suite("Spark: verbatim as an rdd.pipe mapper")
struct SparkPipeTests {
    /// Why the test cannot run here, or nil when it can.
    static let missing: String? = {
        guard SparkEnvironment.run(["java", "-version"]).status == 0 else { return "java is not on PATH" }
        guard SparkEnvironment.run(["python3", "-c", "import pyspark"]).status == 0 else {
            return "pyspark is not installed (pip install pyspark)"
        }
        guard SparkEnvironment.verbatimBinary != nil else { return "the verbatim binary is not built beside the tests" }
        return nil
    }()

    @Test("a sample dump piped through verbatim gives one output line per input line",
          .enabled(if: missing == nil, "\(missing ?? "")"), .timeLimit(.minutes(2)))
    func pipeSamples() throws {
        let root = StoreFixtures.repositoryRoot
        let folder = NSTemporaryDirectory() + "verbatim-spark-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        // A small dump: each sample as a JSON line, twice (distinct ids), plus one line that is not JSON.
        var ids: [String] = []
        var dump = ""
        let samples = try FileManager.default.contentsOfDirectory(atPath: root + "/Corpus/samples").sorted()
        for round in 0..<2 {
            for name in samples {
                let text = try String(contentsOfFile: root + "/Corpus/samples/" + name, encoding: .utf8)
                let id = "\(round)/\(name)"
                let line = try JSONSerialization.data(withJSONObject: ["id": id, "text": text])
                dump += String(decoding: line, as: UTF8.self) + "\n"
                ids.append(id)
            }
        }
        dump += "{not json\n"
        let input = folder + "/dump.jsonl"
        let output = folder + "/out.jsonl"
        try dump.write(toFile: input, atomically: true, encoding: .utf8)

        let (status, log) = SparkEnvironment.run([
            "python3", root + "/scripts/spark-pipe.py", input, "--verbatim", SparkEnvironment.verbatimBinary!,
            "--models", root + "/Models", "--partitions", "2", "--output", output,
        ])
        #expect(status == 0, "scripts/spark-pipe.py failed:\n\(log)")
        guard FileManager.default.fileExists(atPath: output) else { return }
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == ids.count + 1)
        var outputIDs: [String] = []
        var errors = 0
        for line in lines {
            let record = try JSONParser.parse(Array(line.utf8))
            if record["error"] != nil { errors += 1 } else if let id = record["id"]?.stringValue { outputIDs.append(id) }
        }
        #expect(outputIDs == ids, "one record per input line, in input order")
        #expect(errors == 1)
    }
}

/// Finding and running the tools the Spark test needs.
enum SparkEnvironment {
    /// The `verbatim` binary built with the tests (same folder as the test bundle), or `$VERBATIM_BIN`.
    static let verbatimBinary: String? = {
        if let explicit = ProcessInfo.processInfo.environment["VERBATIM_BIN"], !explicit.isEmpty {
            return FileManager.default.isExecutableFile(atPath: explicit) ? explicit : nil
        }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("verbatim").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    /// Runs a command found on PATH; returns its exit status (-1 if it cannot start) and the last 4 KB of its
    /// output and error output.
    static func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let log = NSTemporaryDirectory() + "verbatim-spark-log-" + UUID().uuidString
        FileManager.default.createFile(atPath: log, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: log) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
            process.standardOutput = handle
            process.standardError = handle
            try process.run()
        } catch {
            return (-1, "\(error)")
        }
        process.waitUntilExit()
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return (process.terminationStatus, String(output.suffix(4096)))
    }
}
