import Foundation

/// Runs the `verbatim` executable built beside the test bundle and captures what it printed and how it exited.
enum CLIProcess {
    /// The `verbatim` executable built beside this test bundle.
    static let binary: String = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("verbatim").path

    /// Whether the executable is there (the CLI suites are skipped, with this reason, when it is not).
    static let isBuilt = FileManager.default.isExecutableFile(atPath: binary)

    /// What one run gave.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        /// The lines written to stdout.
        var lines: [Substring] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast() }
    }

    /// Runs `verbatim ARGUMENTS` to completion (stdin empty unless `input` is given).
    static func run(_ arguments: [String], input: Data? = nil, environment: [String: String]? = nil) throws -> Result {
        try launch(URL(fileURLWithPath: binary), arguments, input: input, environment: environment)
    }

    /// Runs a `/bin/sh -c` script with `$VERBATIM` naming the executable: for arguments that are not valid UTF-8,
    /// which `Process` cannot pass.
    static func shell(_ script: String) throws -> Result {
        try launch(URL(fileURLWithPath: "/bin/sh"), ["-c", script], input: nil,
                   environment: ProcessInfo.processInfo.environment.merging(["VERBATIM": binary]) { $1 })
    }

    private static func launch(_ executable: URL, _ arguments: [String], input: Data?,
                               environment: [String: String]?) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        let folder = NSTemporaryDirectory() + "verbatim-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outPath = folder + "/out", errPath = folder + "/err"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        if let input {
            let inPath = folder + "/in"
            FileManager.default.createFile(atPath: inPath, contents: input)
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        let out = (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()
        let err = (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }
}
