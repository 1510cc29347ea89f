import Foundation
import Testing

/// `--help` states each default once.
@Suite("Help text", .enabled(if: CLIProcess.isBuilt, "the verbatim binary is not built beside the tests"))
struct HelpTextTests {
    @Test("--jobs says 'default: all cores' once, not also the core count of the machine",
          arguments: ["extract", "eval"])
    func jobsDefaultOnce(command: String) throws {
        let help = try CLIProcess.run([command, "--help"])
        #expect(help.status == 0)
        let flattened = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // The option's entry: after its last mention (the first is the usage line), up to the next option.
        let jobs = try #require(flattened.range(of: "--jobs <jobs>", options: .backwards))
        let entry = try #require(flattened[jobs.upperBound...].components(separatedBy: " --").first)
        #expect(entry.contains("(default: all cores)"), "\(entry)")
        #expect(entry.components(separatedBy: "(default:").count == 2, "\(entry)")
    }
}
