import Foundation
import Testing
import Verbatim

/// The README's library example is `Examples/ExtractQuotes`, a package depending on Verbatim by path: it is the
/// code the README shows, and it builds and runs (a debug build in `.build-example`, reused when present).
@Suite("Library example")
struct LibraryExampleTests {
    static let example = TestModels.repositoryRoot + "/Examples/ExtractQuotes"
    static let main = example + "/Sources/ExtractQuotes/main.swift"

    /// The `swift` driver on `PATH`, where the toolchain is installed.
    static let swift: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .map { $0 + "/swift" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("the README shows the example's code and its dependency line as they are")
    func readmeShowsTheExample() throws {
        let readme = try String(contentsOfFile: TestModels.repositoryRoot + "/README.md", encoding: .utf8)
        let code = try String(contentsOfFile: Self.main, encoding: .utf8)
        #expect(readme.contains("```swift\n" + code + "```"))
        let manifest = try String(contentsOfFile: Self.example + "/Package.swift", encoding: .utf8)
        #expect(manifest.contains(#".package(name: "Verbatim", path: "../..")"#))
        #expect(readme.contains(#".product(name: "Verbatim", package: "Verbatim")"#))
    }

    @Test("Package.swift has no unsafe flags, which would stop Verbatim being a dependency")
    func noUnsafeFlags() throws {
        let manifest = try String(contentsOfFile: TestModels.repositoryRoot + "/Package.swift", encoding: .utf8)
        #expect(!manifest.contains("unsafeFlags("))
    }

    @Test("the example builds against Verbatim by path and runs from another folder",
          .enabled(if: swift != nil, "no swift driver on PATH, so the example package cannot be built"),
          .timeLimit(.minutes(5)))
    func buildsAndRuns() throws {
        let scratch = TestModels.repositoryRoot + "/.build-example"
        let arguments = ["build", "--package-path", Self.example, "--scratch-path", scratch]
        var build = try Self.run(Self.swift!, arguments, in: TestModels.repositoryRoot)
        if build.status != 0, build.output.contains("because of missing inputs") {
            // A reused scratch folder remembers a source file the checkout no longer has (SwiftPM does not forget
            // removed inputs): start it over once.
            try? FileManager.default.removeItem(atPath: scratch)
            build = try Self.run(Self.swift!, arguments, in: TestModels.repositoryRoot)
        }
        try #require(build.status == 0, "swift build of Examples/ExtractQuotes failed:\n\(build.output)")
        let elsewhere = TestModels.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: elsewhere) }
        let run = try Self.run(scratch + "/debug/ExtractQuotes", [], in: elsewhere)
        #expect(run.status == 0, "\(run.output)")
        let lines = run.output.split(separator: "\n")
        #expect(lines.first == #"Ana Ruiz [0..<18]: "We will rebuild,""#)
        let record = try VerbatimRecord(jsonLine: Array(try #require(lines.last).utf8))
        #expect(record.quotes?.count == 2)
        #expect(record.id == "example")
    }

    /// Runs `executable` in `folder`, stdout and stderr together.
    static func run(_ executable: String, _ arguments: [String], in folder: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let log = TestModels.temporaryFolder() + "/log"
        FileManager.default.createFile(atPath: log, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: (log as NSString).deletingLastPathComponent) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOfFile: log, encoding: .utf8))
    }
}
