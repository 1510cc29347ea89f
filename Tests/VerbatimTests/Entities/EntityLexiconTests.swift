import Foundation
import Testing
import Verbatim

/// The entity lists load from `Models/entities` and report mistakes with file and line.
@Suite("Entity lexicon")
struct EntityLexiconTests {
    /// A copy of the repository's `Models/entities` in a temporary folder, with `file` replaced by `contents`.
    static func brokenCopy(_ file: String, _ contents: String) throws -> String {
        let folder = TestModels.temporaryFolder() + "/entities"
        try FileManager.default.copyItem(atPath: TestModels.repositoryRoot + "/Models/entities", toPath: folder)
        try FileManager.default.removeItem(atPath: folder + "/" + file)
        try contents.write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
        return folder
    }

    struct Broken: Sendable, CustomStringConvertible {
        let file: String
        let contents: String
        let line: Int
        var description: String { file }
    }

    static let broken: [Broken] = [
        Broken(file: "given-names.tsv", contents: "# names\nMaria\tf\nJohn\tx\n", line: 3),
        Broken(file: "pronouns.tsv", contents: "he\tm\nshe\n", line: 2),
        Broken(file: "political-parties.tsv", contents: "Liberal\tadjective\nGreens\tsometimes\n", line: 2),
        Broken(file: "cities.txt", contents: "Toronto\nWashington, D.C.\n", line: 2),
        Broken(file: "organization-heads.txt", contents: "Service\nNews Agency\n", line: 2),
    ]

    @Test("a malformed list fails to load with its path and line", arguments: broken)
    func malformed(_ example: Broken) throws {
        let folder = try Self.brokenCopy(example.file, example.contents)
        do {
            _ = try EntityLexicon(directory: folder)
            Issue.record("\(example.file) loaded although line \(example.line) is wrong")
        } catch {
            let message = "\(error)"
            #expect(message.contains(example.file), "\(message)")
            #expect(message.contains(":\(example.line)"), "\(message)")
        }
    }

    @Test("the repository's lists load")
    func repositoryLists() throws {
        _ = try EntityLexicon(directory: TestModels.repositoryRoot + "/Models/entities")
    }
}
