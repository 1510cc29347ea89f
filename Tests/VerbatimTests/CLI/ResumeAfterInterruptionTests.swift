import Foundation
import Testing
import Verbatim

/// Runs the built `verbatim` binary: a run stopped by SIGTERM mid-way, its output then cut mid-line as a crash would,
/// resumed with `--resume`, gives exactly the output of an uninterrupted run: no article lost or duplicated.
@Suite("Resuming an interrupted run")
struct ResumeAfterInterruptionTests {
    /// The `verbatim` executable built beside this test bundle.
    static let binary: String = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("verbatim").path

    private func run(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test("SIGTERM mid-run, a cut-off line, then --resume: the same output as one uninterrupted run",
          .enabled(if: FileManager.default.isExecutableFile(atPath: binary), "the verbatim binary is not built beside the tests"))
    func interruptAndResume() throws {
        let folder = TestModels.temporaryFolder()
        let dump = folder + "/dump.jsonl"
        var lines = ""
        for index in 0..<6_000 {
            lines += "{\"id\":\"a\(index)\",\"text\":\"Minister \(index) said the plan would work. “It will,” she added.\"}\n"
        }
        FileManager.default.createFile(atPath: dump, contents: Data(lines.utf8))

        let full = try run(["extract", dump, "-o", folder + "/full.jsonl", "--jobs", "2", "--quiet"])
        full.waitUntilExit()
        #expect(full.terminationStatus == 0)

        let output = folder + "/part.jsonl"
        let interrupted = try run(["extract", dump, "-o", output, "--jobs", "2", "--quiet"])
        // Stop it as soon as the first batch is on disk.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, ((try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0) == 0 {
            usleep(5_000)
        }
        interrupted.terminate()
        interrupted.waitUntilExit()
        let written = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").count
        #expect(written < 6_000, "the run should have been stopped before the end")

        // A crash mid-write leaves half a line.
        let handle = try #require(FileHandle(forWritingAtPath: output))
        try handle.seekToEnd()
        handle.write(Data("{\"schema\":\"verbatim/1\",\"id\":\"a".utf8))
        try handle.close()

        let resumed = try run(["extract", dump, "-o", output, "--resume", "--jobs", "2", "--quiet"])
        resumed.waitUntilExit()
        #expect(resumed.terminationStatus == 0)
        let expected = try Data(contentsOf: URL(fileURLWithPath: folder + "/full.jsonl"))
        let actual = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(actual == expected)
    }

    @Test("--resume with other inputs is refused", .enabled(if: FileManager.default.isExecutableFile(atPath: binary), "the verbatim binary is not built beside the tests"))
    func refusesOtherInputs() throws {
        let folder = TestModels.temporaryFolder()
        FileManager.default.createFile(atPath: folder + "/one.txt", contents: Data("First, he said.".utf8))
        FileManager.default.createFile(atPath: folder + "/two.txt", contents: Data("Second, she said.".utf8))
        let output = folder + "/out.jsonl"
        let first = try run(["extract", folder + "/one.txt", "-o", output, "--quiet"])
        first.waitUntilExit()
        let second = try run(["extract", folder + "/two.txt", "-o", output, "--resume", "--quiet"])
        second.waitUntilExit()
        #expect(second.terminationStatus != 0)
    }
}
