import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The output is never lost or garbled by the run writing it: an output that names an input is refused before
/// anything is opened for writing, a second run on a locked output or database is refused, and a full disk is an
/// error message and exit status 2 with the output left resumable.
@Suite("Output safety", .enabled(if: CLIProcess.isBuilt, "the verbatim binary is not built beside the tests"))
struct OutputSafetyTests {
    static let article = "“We will win,” said Jane Doe, the mayor.\n"

    @Test("-o naming an input file is refused with 64 and the input keeps its bytes")
    func outputIsInput() throws {
        let folder = TestModels.temporaryFolder()
        let input = folder + "/a.txt"
        FileManager.default.createFile(atPath: input, contents: Data(Self.article.utf8))
        for output in [input, folder + "/./a.txt"] {
            let result = try CLIProcess.run(["extract", input, "-o", output, "--quiet"])
            #expect(result.status == 64)
            #expect(result.stderr.contains("input"))
            #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.article)
        }
        let inFolder = try CLIProcess.run(["extract", folder, "-o", input, "--quiet"])
        #expect(inFolder.status == 64)
        let database = try CLIProcess.run(["extract", input, "--sqlite", input, "--quiet"])
        #expect(database.status == 64)
        #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.article)
    }

    @Test("an output another process holds locked is refused with a clear message, its content untouched")
    func lockedOutput() throws {
        let folder = TestModels.temporaryFolder()
        let input = folder + "/a.txt"
        FileManager.default.createFile(atPath: input, contents: Data(Self.article.utf8))
        for (flag, name) in [("-o", "out.jsonl"), ("--sqlite", "out.db")] {
            let held = folder + "/" + name
            FileManager.default.createFile(atPath: held, contents: Data("kept\n".utf8))
            let descriptor = open(held, O_RDWR)
            #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
            defer { close(descriptor) }
            var arguments = ["extract", input, flag, held, "--quiet"]
            if flag == "--sqlite" { arguments += ["-o", folder + "/other.jsonl"] }
            let result = try CLIProcess.run(arguments)
            #expect(result.status == 2, "\(flag)")
            #expect(result.stderr.contains("another"), "\(flag): \(result.stderr)")
            #expect(try String(contentsOfFile: held, encoding: .utf8) == "kept\n")
        }
    }

    /// Whether writes to /dev/full fail as they should (some sandboxed kernels accept them).
    static let devFullRefusesWrites: Bool = {
        let descriptor = open("/dev/full", O_WRONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return "x".withCString { Glibc.write(descriptor, $0, 1) } < 0
    }()

    @Test("a write error (stdout on /dev/full) is a message and exit status 2, not a crash",
          .enabled(if: devFullRefusesWrites, "this kernel's /dev/full accepts writes; the tmpfs test covers full disks"))
    func fullDevice() throws {
        let result = try CLIProcess.shell("printf 'Hello, she said.' | \"$VERBATIM\" extract - --quiet > /dev/full")
        #expect(result.status == 2)
        #expect(result.stderr.contains("No space left on device"))
        let named = try CLIProcess.run(["extract", "-", "-o", "/dev/full", "--quiet"], input: Data("Hi, he said.".utf8))
        #expect(named.status == 2)
    }

    @Test("closed standard streams are no crash: a closed stderr loses only messages, a closed stdout is exit 2")
    func closedStreams() throws {
        let folder = TestModels.temporaryFolder()
        FileManager.default.createFile(atPath: folder + "/a.txt", contents: Data(Self.article.utf8))
        let quietless = try CLIProcess.shell("\"$VERBATIM\" extract '\(folder)/a.txt' 2>&- >/dev/null")
        #expect(quietless.status == 0)
        let noStdout = try CLIProcess.shell("\"$VERBATIM\" extract '\(folder)/a.txt' --quiet >&-")
        #expect(noStdout.status == 2)
        #expect(noStdout.stderr.contains("cannot write stdout"))
        let gold = TestModels.repositoryRoot + "/Corpus/gold/samples.jsonl"
        let eval = try CLIProcess.shell("\"$VERBATIM\" eval --gold '\(gold)' --models '\(TestModels.repositoryRoot)/Models' >&-")
        #expect(eval.status == 2)
        #expect(eval.stderr.contains("cannot write the report"))
    }

    /// A 256 KiB tmpfs, mounted when the tests run as root (as in CI).
    static let smallDisk: String? = {
        guard getuid() == 0 else { return nil }
        let path = TestModels.temporaryFolder()
        guard mount("tmpfs", path, "tmpfs", 0, "size=256k") == 0 else { return nil }
        return path
    }()

    @Test("a full disk mid-run: exit 2, whole lines kept, and --resume finishes once there is room",
          .enabled(if: smallDisk != nil, "needs root and tmpfs (to fill a small disk); CI runs as root"))
    func fullDiskThenResume() throws {
        let disk = try #require(Self.smallDisk)
        let folder = TestModels.temporaryFolder()
        let dump = folder + "/dump.jsonl"
        let line = "{\"id\":\"a%d\",\"text\":\"The minister said the plan would work and that it was sound, said she.\"}\n"
        let lines = (0..<4_000).map { String(format: line, $0) }.joined()
        FileManager.default.createFile(atPath: dump, contents: Data(lines.utf8))
        let output = disk + "/out.jsonl"
        let full = try CLIProcess.run(["extract", dump, "-o", output, "--quiet", "--jobs", "1"])
        #expect(full.status == 2)
        #expect(full.stderr.contains("No space left on device"))
        #expect(full.stderr.contains("--resume"))
        // Give the output room (a copy off the full disk), then finish it.
        let moved = folder + "/out.jsonl"
        try FileManager.default.copyItem(atPath: output, toPath: moved)
        umount2(disk, Int32(MNT_DETACH))
        let resumed = try CLIProcess.run(["extract", dump, "-o", moved, "--resume", "--quiet", "--jobs", "1"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let written = try String(contentsOfFile: moved, encoding: .utf8).split(separator: "\n")
        #expect(written.count == 4_000)
        #expect(written.last?.contains("\"id\":\"a3999\"") == true)
    }
}
