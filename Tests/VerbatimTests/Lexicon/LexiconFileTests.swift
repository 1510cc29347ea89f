import Testing
import Verbatim

@Suite("Lexicon files")
struct LexiconFileTests {
    @Test("comments and blank lines are skipped; fields are tab-separated")
    func parse() throws {
        let file = try LexiconFile(path: "t.txt", text: "# header\nsaid\tsay\n\n  told\ttell # inline\n", fields: 2...2)
        #expect(file.entries.map(\.fields) == [["said", "say"], ["told", "tell"]])
        #expect(file.entries.map(\.line) == [2, 4])
    }

    @Test("malformed files are rejected with file and line", arguments: [
        ("a\nb\ta\n", 2),
        ("a\na\n", 2),
        ("x\t\ty\n", 1),
    ])
    func malformed(text: String, line: Int) {
        do {
            _ = try LexiconFile(path: "m.txt", text: text, fields: 1...1)
            Issue.record("expected an error")
        } catch {
            #expect(error.line == line)
            #expect(error.description.hasPrefix("m.txt:\(line):"))
        }
    }

    @Test("the repository's models load")
    func repositoryModels() throws {
        let models = try Models(directory: TestModels.repositoryRoot + "/Models")
        #expect(models.sentenceLexicon.titleAbbreviations.contains("Gov"))
    }

    @Test("a missing Models folder is a clear error")
    func missing() {
        #expect(throws: ModelError.self) { try Models(directory: "/nonexistent/Models") }
    }
}
