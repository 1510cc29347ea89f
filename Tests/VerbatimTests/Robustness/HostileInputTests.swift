import Foundation
import Testing
import Verbatim

/// Hostile inputs, generated at test time: each must give exactly one output line per article, in bounded time,
/// and never crash. (Run in debug builds, so sizes are chosen to finish in seconds; `scripts/hostile` runs the
/// full-size versions — a 50 MB line among them — against the release binary.)
@Suite("Hostile inputs")
struct HostileInputTests {
    struct Hostile: Sendable, CustomStringConvertible {
        let name: String
        /// The file's bytes.
        let bytes: @Sendable () -> [UInt8]
        /// The file extension, which decides how it is read.
        let fileExtension: String
        /// Articles the file holds (dump lines), so output lines to expect.
        let articles: Int
        var description: String { name }
    }

    static let cases: [Hostile] = [
        Hostile(name: "invalid UTF-8", bytes: { Array("Good start ".utf8) + [0xC3, 0x28, 0xFF, 0xFE] + Array(" end.".utf8) },
                fileExtension: "txt", articles: 1),
        Hostile(name: "NUL bytes everywhere", bytes: { [UInt8](repeating: 0, count: 10_000) }, fileExtension: "txt", articles: 1),
        Hostile(name: "a few NUL bytes in text", bytes: { Array((String(repeating: "He said it. ", count: 50) + "\0\0" + "Done.").utf8) },
                fileExtension: "txt", articles: 1),
        Hostile(name: "empty file", bytes: { [] }, fileExtension: "txt", articles: 1),
        Hostile(name: "100,000 quotation marks", bytes: { Array(String(repeating: "“", count: 100_000).utf8) },
                fileExtension: "txt", articles: 1),
        Hostile(name: "100,000 straight quotes and cues", bytes: { Array(String(repeating: "\" he said, \"", count: 20_000).utf8) },
                fileExtension: "txt", articles: 1),
        Hostile(name: "2 MB single line without spaces", bytes: { [UInt8](repeating: UInt8(ascii: "a"), count: 2_000_000) },
                fileExtension: "txt", articles: 1),
        Hostile(name: "deeply nested HTML", bytes: {
            Array((String(repeating: "<div>", count: 100_000) + "<p>Deep “quote,” he said.</p>" + String(repeating: "</div>", count: 100_000)).utf8)
        }, fileExtension: "html", articles: 1),
        Hostile(name: "HTML without a body", bytes: { Array("<html><head><title>T</title></head></html>".utf8) },
                fileExtension: "html", articles: 1),
        Hostile(name: "binary ELF header as HTML", bytes: { [0x7F, 0x45, 0x4C, 0x46] + [UInt8](repeating: 0, count: 4096) },
                fileExtension: "html", articles: 1),
        Hostile(name: "JSON lines with wrong types", bytes: {
            Array("""
            {"id": 1, "text": 5}
            {"id": null, "text": ["a"]}
            {"id": {"x": 1}, "html": false}
            "just a string"
            42
            {"id": "ok", "text": "Fine text, she said."}
            {"id": "nested", "text": "x", "meta": \(String(repeating: "[", count: 10_000))
            {broken json
            """.utf8)
        }, fileExtension: "jsonl", articles: 8),
        Hostile(name: "JSONL line over the size limit", bytes: {
            Array(("{\"id\":\"big\",\"text\":\"" + String(repeating: "word ", count: 400_000) + "\"}\n{\"id\":\"after\",\"text\":\"Still read.\"}\n").utf8)
        }, fileExtension: "jsonl", articles: 2),
    ]

    @Test("one line per article, no crash, bounded time", arguments: cases)
    func hostile(_ hostile: Hostile) throws {
        let folder = TestModels.temporaryFolder()
        let path = folder + "/input." + hostile.fileExtension
        FileManager.default.createFile(atPath: path, contents: Data(hostile.bytes()))
        let processor = ArticleProcessor(pipeline: .standard(models: TestModels.models),
                                         encoder: RecordEncoder(options: OutputOptions(withSentences: true)))
        let started = Date()
        var lines: [[UInt8]] = []
        // A 1 MiB limit makes the oversized dump line an error record; everything else is under it.
        let reader = ArticleReader(paths: [path], maxArticleBytes: hostile.name.contains("size limit") ? 1 << 20 : 8 << 20)
        _ = BatchRunner(processor: processor, jobs: 2).run(reader: reader) { lines.append($0.line) }
        #expect(lines.count == hostile.articles)
        for line in lines {
            let value = try JSONParser.parse(line)
            #expect(value["id"] != nil)
            #expect(value["error"] != nil || value["paragraphs"] != nil)
        }
        #expect(Date().timeIntervalSince(started) < 60)
    }
}
