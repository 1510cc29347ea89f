import Foundation
import Testing

/// What `source` says for articles read from stdin, as the README documents: `-` for one article, `-:LINE` for
/// each line of a dump (like `path:LINE` for a dump file, so every line has its own source).
@Suite("stdin source", .enabled(if: CLIProcess.isBuilt, "the verbatim binary is not built beside the tests"))
struct StdinSourceTests {
    static let models = TestModels.repositoryRoot + "/Models"

    @Test("one text article on stdin has source '-'")
    func textOnStdin() throws {
        let result = try CLIProcess.run(["extract", "-", "--models", Self.models, "--quiet"],
                                        input: Data("\"Fine,\" she said.\n".utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.count == 1)
        #expect(result.stdout.contains(#""source":"-","#))
    }

    @Test("each dump line on stdin has source '-:LINE'")
    func dumpOnStdin() throws {
        let dump = #"{"id":"a","text":"\"Fine,\" she said."}"# + "\n" + #"{"id":"b","text":"\"No,\" he said."}"# + "\n"
        let result = try CLIProcess.run(["extract", "-", "--format", "jsonl", "--models", Self.models, "--quiet"],
                                        input: Data(dump.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        try #require(result.lines.count == 2)
        #expect(result.lines[0].contains(#""id":"a","source":"-:1""#))
        #expect(result.lines[1].contains(#""id":"b","source":"-:2""#))
    }
}
