import Foundation
import Verbatim
import VerbatimStore

/// The libFuzzer target: every input is run through the whole pipeline three ways (as a plain-text article, as an
/// HTML page, and as a JSONL dump read by `ArticleReader`), and every output line is checked: exactly one line per
/// article, valid JSON with the `verbatim/1` header, no raw newline, and storable by `SQLiteWriter`. A failed check
/// traps, which libFuzzer reports as a crash with the input saved.
enum FuzzTarget {
    /// The standard pipeline with the syntax stages (tokens, tags, chunks) over the checkout's Models (or
    /// `$VERBATIM_MODELS`), built once, writing every layer.
    static let processor: ArticleProcessor = {
        do {
            let models = try Models.load()
            return ArticleProcessor(pipeline: Pipeline.standard(models: models, syntax: true),
                                    encoder: RecordEncoder(options: OutputOptions(withSentences: true, withText: true,
                                                                                  withTokens: true)))
        } catch {
            fatalError("VerbatimFuzz: cannot load Models: \(error); set VERBATIM_MODELS")
        }
    }()

    /// An in-memory database every result line is stored in (ids repeat, so it stays small).
    static let store: SQLiteWriter = {
        do {
            return try SQLiteWriter(path: ":memory:", batchSize: 1)
        } catch {
            fatalError("VerbatimFuzz: cannot open an in-memory database: \(error)")
        }
    }()

    /// Where a JSONL input is written for `ArticleReader` (one file per process, in memory-backed /dev/shm
    /// where there is one).
    static let dumpPath: String = {
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        return folder + "/verbatim-fuzz-\(getpid()).jsonl"
    }()

    static func run(_ bytes: [UInt8]) {
        check(processor.process(RawArticle(id: "fuzz", source: "fuzz", payload: .text(bytes))), expectedID: "fuzz")
        check(processor.process(RawArticle(id: "fuzz", source: "fuzz", payload: .html(bytes))), expectedID: "fuzz")
        if let text = String(validating: bytes, as: UTF8.self) {
            check(processor.process(RawArticle(id: "fuzz", source: "fuzz", payload: .decodedText(text))),
                  expectedID: "fuzz")
        }
        runAsDump(bytes)
    }

    /// The input as a JSONL dump: one output line per input line, blank lines included.
    static func runAsDump(_ bytes: [UInt8]) {
        guard FileManager.default.createFile(atPath: dumpPath, contents: Data(bytes)) else {
            fatalError("VerbatimFuzz: cannot write \(dumpPath)")
        }
        let reader = ArticleReader(paths: [dumpPath], format: .jsonl, maxArticleBytes: 1 << 20)
        var articles = 0
        while let article = reader.next() {
            articles += 1
            check(processor.process(article), expectedID: nil)
        }
        // A final newline ends the last line; it does not start another.
        let expected = bytes.isEmpty ? 0 : bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
            - (bytes.last == 0x0A ? 1 : 0)
        precondition(articles == expected, "\(articles) articles from a dump of \(expected) lines")
    }

    /// Traps unless `outcome` is one valid `verbatim/1` line.
    static func check(_ outcome: ArticleProcessor.Outcome, expectedID: String?) {
        let line = outcome.line
        precondition(!line.contains(0x0A), "an output line holds a raw newline")
        let record: JSONValue
        do {
            record = try JSONParser.parse(line)
        } catch {
            preconditionFailure("an output line is not valid JSON: \(error.reason) at \(error.offset)")
        }
        precondition(record["schema"]?.stringValue == "verbatim/1", "an output line lacks the schema")
        let id = record["id"]?.stringValue
        precondition(id != nil, "an output line lacks its id")
        if let expectedID { precondition(id == expectedID, "the id changed") }
        precondition((record["error"] == nil) == (outcome.error == nil), "error record and outcome disagree")
        if expectedID != nil {
            do {
                try store.write(line: line)
            } catch {
                preconditionFailure("SQLiteWriter refused an output line: \(error)")
            }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTarget.run(bytes)
    return 0
}

/// libFuzzer's driver (in the runtime `-sanitize=fuzzer` links).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The entry point SwiftPM links an executable target's `main` to (`<module>_main`); it hands over to libFuzzer.
@_cdecl("VerbatimFuzz_main")
public func verbatimFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzTestOneInput(data, size) }
}
