import Foundation
import Testing

/// `scripts/setup --prefix DIR` installs a binary that finds its own models from any folder. The test installs the
/// already-built debug binary (`--binary`, so nothing is rebuilt) into a temporary prefix and runs it elsewhere.
@Suite("Install", .enabled(if: CLIProcess.isBuilt, "the verbatim binary is not built beside the tests"))
struct InstallTests {
    static let setup = TestModels.repositoryRoot + "/scripts/setup"

    @Test("setup --prefix puts the binary in DIR/bin and the models in DIR/share/verbatim/Models")
    func installLayout() throws {
        let prefix = TestModels.temporaryFolder() + "/prefix with space"
        defer { try? FileManager.default.removeItem(atPath: prefix) }
        let install = try CLIProcess.shell("'\(Self.setup)' --prefix '\(prefix)' --binary \"$VERBATIM\"")
        #expect(install.status == 0, "\(install.stderr)")
        #expect(FileManager.default.isExecutableFile(atPath: prefix + "/bin/verbatim"))
        #expect(FileManager.default.fileExists(atPath: prefix + "/share/verbatim/Models/segmentation"))
        #expect(FileManager.default.fileExists(atPath: prefix + "/share/verbatim/Models/" + "syntax/tagger.bin"))
        // Installing again replaces the install in place.
        let again = try CLIProcess.shell("'\(Self.setup)' --prefix '\(prefix)' --binary \"$VERBATIM\"")
        #expect(again.status == 0, "\(again.stderr)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: prefix + "/share/verbatim")
        #expect(leftovers == ["Models"])
    }

    @Test("the installed binary, run from another folder without $VERBATIM_MODELS, reads the installed models")
    func installedBinaryRunsElsewhere() throws {
        let root = TestModels.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let prefix = root + "/prefix", elsewhere = root + "/elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: elsewhere + "/article.txt",
                                       contents: Data("\"We will rebuild,\" said Mayor Ana Ruiz.\n".utf8))
        let install = try CLIProcess.shell("'\(Self.setup)' --prefix '\(prefix)' --binary \"$VERBATIM\"")
        try #require(install.status == 0, "\(install.stderr)")

        let run = "cd '\(elsewhere)' && env -u VERBATIM_MODELS '\(prefix)/bin/verbatim' extract article.txt --quiet"
        let result = try CLIProcess.shell(run)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.count == 1)
        #expect(result.stdout.contains("\"speaker_name\":\"Ana Ruiz\""), "\(result.stdout)")

        // The models it read are the installed ones: broken there, the run names the installed folder.
        let lexicon = prefix + "/share/verbatim/Models/segmentation"
        try FileManager.default.removeItem(atPath: lexicon)
        try FileManager.default.createDirectory(atPath: lexicon, withIntermediateDirectories: true)
        let broken = try CLIProcess.shell(run)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains(prefix + "/share/verbatim/Models/segmentation"), "\(broken.stderr)")
    }

    @Test("--binary without --prefix is refused with what to do")
    func binaryNeedsPrefix() throws {
        let result = try CLIProcess.shell("'\(Self.setup)' --binary \"$VERBATIM\"")
        #expect(result.status == 64)
        #expect(result.stderr.contains("give --prefix DIR"))
    }
}
