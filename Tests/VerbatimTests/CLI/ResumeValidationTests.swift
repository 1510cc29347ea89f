import Foundation
import Testing

/// `--resume` continues only an output Verbatim wrote from the same inputs with the same options, and its exit
/// status covers the whole output, the kept part included.
@Suite("Resume validation", .enabled(if: CLIProcess.isBuilt, "the verbatim binary is not built beside the tests"))
struct ResumeValidationTests {
    static func dump(in folder: String, lines: [String]) -> String {
        let path = folder + "/dump.jsonl"
        FileManager.default.createFile(atPath: path, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
        return path
    }

    static let lines = [
        #"{"id":"a","text":"“Yes,” she said."}"#,
        #"{"id":"b","text":"#,
        #"{"id":"c","text":"No, he said."}"#,
    ]

    @Test("a resume whose kept lines hold an error record exits 1, as the uninterrupted run did")
    func keptErrorsCount() throws {
        let folder = TestModels.temporaryFolder()
        let input = Self.dump(in: folder, lines: Self.lines)
        let output = folder + "/out.jsonl"
        let first = try CLIProcess.run(["extract", input, "-o", output, "--quiet"])
        #expect(first.status == 1)
        let resumed = try CLIProcess.run(["extract", input, "-o", output, "--resume", "--quiet"])
        #expect(resumed.status == 1)
        let summary = try CLIProcess.run(["extract", input, "-o", output, "--resume"])
        #expect(summary.stderr.contains("1 errors"), "\(summary.stderr)")
    }

    @Test("kept lines that are not verbatim/1 records (here the input itself) are refused with 64, file untouched")
    func notRecords() throws {
        let folder = TestModels.temporaryFolder()
        let input = Self.dump(in: folder, lines: [#"{"id":"a","text":"One."}"#, #"{"id":"b","text":"Two."}"#])
        let output = folder + "/out.jsonl"
        try FileManager.default.copyItem(atPath: input, toPath: output)
        let before = try Data(contentsOf: URL(fileURLWithPath: output))
        let resumed = try CLIProcess.run(["extract", input, "-o", output, "--resume", "--quiet"])
        #expect(resumed.status == 64)
        #expect(resumed.stderr.contains("line 1"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == before)
    }

    @Test("a verbatim/2 line, or a line without an id, is refused", arguments: [
        #"{"schema":"verbatim/2","id":"a","source":"x"}"#, #"{"schema":"verbatim/1","source":"x"}"#,
    ])
    func otherSchemas(kept: String) throws {
        let folder = TestModels.temporaryFolder()
        let input = Self.dump(in: folder, lines: [#"{"id":"a","text":"One."}"#, #"{"id":"b","text":"Two."}"#])
        let output = folder + "/out.jsonl"
        FileManager.default.createFile(atPath: output, contents: Data((kept + "\n").utf8))
        #expect(try CLIProcess.run(["extract", input, "-o", output, "--resume", "--quiet"]).status == 64)
    }

    @Test("a resume with other options than the first run is refused with 64",
          arguments: [["--with-text"], ["--with-sentences"], ["--with-tokens"], ["--max-article-mb", "8"], ["--format", "text"]])
    func otherOptions(extra: [String]) throws {
        let folder = TestModels.temporaryFolder()
        let input = Self.dump(in: folder, lines: [#"{"id":"a","text":"One, she said."}"#, #"{"id":"b","text":"Two."}"#])
        let output = folder + "/out.jsonl"
        let first = try CLIProcess.run(["extract", input, "-o", output, "--quiet"])
        #expect(first.status == 0)
        // Keep only the first line, as an interrupted run would.
        let kept = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")[0]
        FileManager.default.createFile(atPath: output, contents: Data((kept + "\n").utf8))
        let resumed = try CLIProcess.run(["extract", input, "-o", output, "--resume", "--quiet"] + extra)
        #expect(resumed.status == 64, "\(extra): \(resumed.stderr)")
        #expect(resumed.stderr.contains("options"), "\(extra): \(resumed.stderr)")
        let same = try CLIProcess.run(["extract", input, "-o", output, "--resume", "--quiet", "--jobs", "1"])
        #expect(same.status == 0, "\(same.stderr)")
    }
}
