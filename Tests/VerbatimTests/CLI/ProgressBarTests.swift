import Foundation
import Testing

/// On a terminal, `extract` draws a progress bar on stderr; elsewhere (a pipe, a file) it prints none.
@Suite("Progress bar", .enabled(if: CLIProcess.isBuilt, "the verbatim binary is not built beside the tests"))
struct ProgressBarTests {
    static let script = "/usr/bin/script"
    static let samples = TestModels.repositoryRoot + "/Corpus/samples"
    static let models = TestModels.repositoryRoot + "/Models"

    @Test("stderr on a terminal shows a bar with the percentage, redrawn in place",
          .enabled(if: FileManager.default.isExecutableFile(atPath: script),
                   "needs script(1) from util-linux (Debian's bsdutils) to give the run a terminal"))
    func barOnTerminal() throws {
        let output = TestModels.temporaryFolder() + "/out.jsonl"
        // script(1) runs the command on a pseudo-terminal and copies what it wrote to its own stdout.
        let command = "\"$VERBATIM\" extract '\(Self.samples)' --models '\(Self.models)' -o '\(output)' --jobs 1"
        let result = try CLIProcess.shell("COLUMNS=100 \(Self.script) -qec \"\(command.replacingOccurrences(of: "\"", with: "\\\""))\" /dev/null")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("\r█"), "\(result.stdout)")
        #expect(result.stdout.contains("%"))
        #expect(result.stdout.contains("articles · "))
        #expect(result.stdout.contains("\u{1B}[K"))
    }

    @Test("stderr that is not a terminal gets the summary only")
    func noBarInPipes() throws {
        let result = try CLIProcess.run(["extract", Self.samples, "--models", Self.models])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("█"))
        #expect(!result.stderr.contains("\r"))
        #expect(result.stderr.hasPrefix("verbatim: "))
    }
}
