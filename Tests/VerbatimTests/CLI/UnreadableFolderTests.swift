import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A folder the run cannot read gives an `unreadable_input` record, and the exit status says so. Root reads every
/// folder, so as root (CI) the run is made as `nobody` with `setpriv`.
@Suite("Unreadable folders", .enabled(if: CLIProcess.isBuilt, "the verbatim binary is not built beside the tests"))
struct UnreadableFolderTests {
    static let canDropPrivileges = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    @Test("a folder without read permission is an unreadable_input record; the readable file beside it is read",
          .enabled(if: canDropPrivileges || getuid() != 0, "as root, needs /usr/bin/setpriv to run as nobody"))
    func unreadableFolder() throws {
        let folder = TestModels.temporaryFolder()
        chmod(folder, 0o755)
        try FileManager.default.createDirectory(atPath: folder + "/locked", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: folder + "/locked/secret.txt", contents: Data("Secret, he said.".utf8))
        FileManager.default.createFile(atPath: folder + "/open.txt", contents: Data("Open, she said.".utf8))
        chmod(folder + "/open.txt", 0o644)
        chmod(folder + "/locked", 0)
        defer { chmod(folder + "/locked", 0o755) }
        var binary = "\"$VERBATIM\""
        var models = TestModels.repositoryRoot + "/Models"
        var prefix = ""
        let tools = TestModels.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: tools) }
        if getuid() == 0 {
            // `nobody` may not reach the checkout (a clone in a private folder): give it its own copies.
            let copied = try CLIProcess.shell(
                "cp \"$VERBATIM\" '\(tools)/verbatim' && cp -r '\(models)' '\(tools)/Models' && chmod -R a+rX '\(tools)'")
            try #require(copied.status == 0, "\(copied.stderr)")
            binary = "'\(tools)/verbatim'"
            models = tools + "/Models"
            prefix = "/usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups "
        }
        let result = try CLIProcess.shell("\(prefix)\(binary) extract '\(folder)' --models '\(models)' --quiet")
        #expect(result.status == 1, "\(result.stderr)")
        let lines = result.lines
        try #require(lines.count == 2, "\(result.stdout)")
        #expect(lines[0].contains("/locked\""))
        #expect(lines[0].contains("\"code\":\"unreadable_input\""))
        #expect(lines[0].contains("Permission denied"))
        #expect(lines[1].contains("open.txt"))
        #expect(!lines[1].contains("\"error\""))
    }
}
