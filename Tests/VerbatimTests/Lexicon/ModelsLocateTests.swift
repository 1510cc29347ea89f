import Foundation
import Testing
@testable import Verbatim

/// Where `Models.locate` looks, in order: --models, $VERBATIM_MODELS, the install beside the executable,
/// ./Models, the checkout.
@Suite("Models.locate")
struct ModelsLocateTests {
    /// A fake install `ROOT/bin/verbatim` + `ROOT/share/verbatim/Models/segmentation`, and an empty folder.
    static func fakeInstall() throws -> (root: String, executable: String, models: String, empty: String) {
        let root = TestModels.temporaryFolder()
        let models = root + "/share/verbatim/Models"
        try FileManager.default.createDirectory(atPath: models + "/segmentation", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/bin", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/empty", withIntermediateDirectories: true)
        return (root, root + "/bin/verbatim", models, root + "/empty")
    }

    @Test("--models wins, then $VERBATIM_MODELS")
    func explicitThenEnvironment() throws {
        let install = try Self.fakeInstall()
        defer { try? FileManager.default.removeItem(atPath: install.root) }
        let given = install.root + "/given", fromEnvironment = install.root + "/env"
        for folder in [given, fromEnvironment] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        #expect(try Models.locate(explicit: given, environment: ["VERBATIM_MODELS": fromEnvironment],
                                  currentDirectory: install.empty, executablePath: install.executable) == given)
        #expect(try Models.locate(explicit: nil, environment: ["VERBATIM_MODELS": fromEnvironment],
                                  currentDirectory: install.empty, executablePath: install.executable)
            == fromEnvironment)
    }

    @Test("--models or $VERBATIM_MODELS naming no folder is an error that says which", arguments: [true, false])
    func missingNamedFolder(explicit: Bool) {
        do {
            _ = try Models.locate(explicit: explicit ? "/no/such/models" : nil,
                                  environment: ["VERBATIM_MODELS": "/no/such/models"],
                                  currentDirectory: TestModels.repositoryRoot, executablePath: nil)
            Issue.record("a missing folder was accepted")
        } catch {
            #expect(error.path == "/no/such/models")
            #expect(error.message.hasPrefix(explicit ? "--models names no folder" : "$VERBATIM_MODELS names no folder"))
        }
    }

    @Test("an installed binary finds DIR/share/verbatim/Models beside DIR/bin, before ./Models")
    func besideTheExecutable() throws {
        let install = try Self.fakeInstall()
        defer { try? FileManager.default.removeItem(atPath: install.root) }
        #expect(try Models.locate(explicit: nil, environment: [:], currentDirectory: TestModels.repositoryRoot,
                                  executablePath: install.executable) == install.models)
    }

    @Test("without an install, ./Models is used")
    func currentFolder() throws {
        let install = try Self.fakeInstall()
        defer { try? FileManager.default.removeItem(atPath: install.root) }
        #expect(try Models.locate(explicit: nil, environment: ["VERBATIM_MODELS": ""],
                                  currentDirectory: TestModels.repositoryRoot,
                                  executablePath: "/nonexistent/bin/verbatim") == TestModels.repositoryRoot + "/Models")
    }

    @Test("the error lists every folder tried and what to do")
    func errorListsCandidates() throws {
        let install = try Self.fakeInstall()
        defer { try? FileManager.default.removeItem(atPath: install.root) }
        let tried = install.root + "/share/verbatim/Models"
        try FileManager.default.removeItem(atPath: tried)
        // The checkout fallback exists in a test build, so only the message built for the candidates is checked.
        do {
            let found = try Models.locate(explicit: nil, environment: [:], currentDirectory: install.empty,
                                          executablePath: install.executable)
            #expect(found == TestModels.repositoryRoot + "/Models", "only the checkout's Models are left")
        } catch {
            Issue.record("the checkout's Models should be found: \(error)")
        }
        let error = Models.notFound(candidates: [tried, install.empty + "/Models"])
        #expect(error.message.contains(tried))
        #expect(error.message.contains(install.empty + "/Models"))
        #expect(error.message.contains("pass --models DIR"))
        #expect(error.message.contains("scripts/setup --prefix DIR"))
    }
}
