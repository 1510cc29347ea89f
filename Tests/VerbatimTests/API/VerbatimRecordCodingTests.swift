import Foundation
import Testing
import Verbatim

/// `VerbatimRecord` is the JSONL line: for every sample, the record re-encodes to the very fields the CLI writes.
@Suite("VerbatimRecord coding", .enabled(if: CLIProcess.isBuilt, "the verbatim binary is not built beside the tests"))
struct VerbatimRecordCodingTests {
    static let samples: [String] = {
        let folder = TestModels.repositoryRoot + "/Corpus/samples"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
    }()

    /// The JSON object of a line or an encoded record, for comparison regardless of key order.
    static func object(_ data: Data) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    static func cliLines(_ flags: [String]) throws -> [Substring] {
        let result = try CLIProcess.run(["extract"] + samples + flags + ["--models", TestModels.repositoryRoot + "/Models",
                                                                           "--quiet"])
        try #require(result.status == 0, "\(result.stderr)")
        return result.lines
    }

    @Test("the samples are there")
    func samplesExist() {
        #expect(Self.samples.count >= 5)
    }

    @Test("decoding the CLI's line and encoding it again gives the same fields",
          arguments: [[String](), ["--with-sentences", "--with-text"], ["--with-sentences", "--with-tokens"]])
    func roundTrip(flags: [String]) throws {
        let lines = try Self.cliLines(flags)
        try #require(lines.count == Self.samples.count)
        for line in lines {
            let record = try VerbatimRecord(jsonLine: Array(line.utf8))
            #expect(try Self.object(JSONEncoder().encode(record)) == Self.object(Data(line.utf8)), "\(record.id)")
        }
    }

    @Test("the library's record for a sample equals the CLI's line (but the CLI's options fingerprint)",
          arguments: [[String](), ["--with-sentences", "--with-tokens"]])
    func libraryEqualsCLI(flags: [String]) throws {
        let lines = try Self.cliLines(flags)
        let verbatim = Verbatim(models: TestModels.models,
                                options: OutputOptions(withSentences: flags.contains("--with-sentences"),
                                                       withTokens: flags.contains("--with-tokens")))
        for (path, line) in zip(Self.samples, lines) {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let record = try verbatim.extract(text: text, id: path)
            let expected = try #require(Self.object(Data(line.utf8)).mutableCopy() as? NSMutableDictionary)
            #expect(expected["options"] != nil)
            expected.removeObject(forKey: "options")
            #expect(try Self.object(JSONEncoder().encode(record)) == expected, "\(path)")
        }
    }

    @Test("null fields of a quote stay in the encoded record, as in the line")
    func nullsKept() throws {
        let record = try Verbatim(models: TestModels.models).extract(text: "\"Nobody knows,\" it was said.")
        let encoded = try Self.object(JSONEncoder().encode(record))
        let quotes = try #require(encoded["quotes"] as? [NSDictionary])
        for quote in quotes {
            #expect(quote.allKeys.count == 13, "\(quote)")
        }
    }
}
