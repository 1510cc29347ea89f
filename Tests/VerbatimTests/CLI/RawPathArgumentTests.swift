import Foundation
import Testing

/// A path given on the command line is opened with the bytes given, even when they are not valid UTF-8.
@Suite("Paths that are not UTF-8", .enabled(if: CLIProcess.isBuilt, "the verbatim binary is not built beside the tests"))
struct RawPathArgumentTests {
    @Test("a file named with a byte that is not UTF-8, given directly, is read")
    func directNonUTF8Path() throws {
        let folder = TestModels.temporaryFolder()
        let result = try CLIProcess.shell("""
            cd '\(folder)' && name=$(printf 'caf\\377.txt') && printf 'Hello, she said.' > "$name" \
            && "$VERBATIM" extract "$name" --quiet
            """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""id":"caf\\xFF.txt""#), "\(result.stdout)")
    }
}
