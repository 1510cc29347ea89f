import Foundation
import GRDB
import Verbatim
import VerbatimStore

/// Shared fixtures for the store tests: sample output lines made by the real pipeline, hand-made lines, and a
/// fresh database path per test.
enum StoreFixtures {
    /// The repository root (three folders above this file).
    static let repositoryRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// `verbatim extract Corpus/samples` output, one line per sample, made in-process with the standard pipeline.
    static let sampleLines: [[UInt8]] = {
        do {
            let models = try Models(directory: repositoryRoot + "/Models")
            let processor = ArticleProcessor(pipeline: Pipeline.standard(models: models),
                                             encoder: RecordEncoder(options: OutputOptions(withSentences: true)))
            let reader = ArticleReader(paths: [repositoryRoot + "/Corpus/samples"])
            var lines: [[UInt8]] = []
            while let article = reader.next() { lines.append(processor.process(article).line) }
            return lines
        } catch {
            fatalError("the repository's Models do not load: \(error)")
        }
    }()

    /// The sample output as one JSONL file; returns its path.
    static func writeSampleOutput(in folder: String) throws -> String {
        let path = folder + "/samples.jsonl"
        var bytes: [UInt8] = []
        for line in sampleLines { bytes += line + [0x0A] }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A hand-made result line with the given quotes (text, speaker name) and one entity per speaker.
    static func line(id: String, quotes: [(text: String, speaker: String)]) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("schema"); writer.string("verbatim/1")
        writer.key("id"); writer.string(id)
        writer.key("source"); writer.string("test.jsonl:1")
        writer.key("url"); writer.string("https://example.org/\(id)")
        writer.key("offset_unit"); writer.string("codepoint")
        writer.key("paragraphs"); writer.beginArray(); writer.endArray()
        writer.key("quotes"); writer.beginArray()
        for (index, quote) in quotes.enumerated() {
            writer.beginObject()
            writer.key("id"); writer.string("Q\(index)")
            writer.key("start"); writer.int(index * 100)
            writer.key("end"); writer.int(index * 100 + quote.text.unicodeScalars.count)
            writer.key("text"); writer.string(quote.text)
            writer.key("type"); writer.string("direct")
            writer.key("group"); writer.int(index)
            writer.key("rule"); writer.string("test")
            writer.key("cue"); writer.beginObject()
            writer.key("start"); writer.int(1); writer.key("end"); writer.int(5)
            writer.key("text"); writer.string("said"); writer.key("lemma"); writer.string("say")
            writer.endObject()
            writer.key("speaker"); writer.null()
            writer.key("speaker_name"); writer.string(quote.speaker)
            writer.key("speaker_title"); writer.null()
            writer.key("speaker_entity"); writer.string("E\(index)")
            writer.key("speaker_rule"); writer.string("test")
            writer.endObject()
        }
        writer.endArray()
        writer.key("entities"); writer.beginArray()
        for (index, quote) in quotes.enumerated() {
            writer.beginObject()
            writer.key("id"); writer.string("E\(index)")
            writer.key("name"); writer.string(quote.speaker)
            writer.key("type"); writer.string("person")
            writer.key("titles"); writer.beginArray(); writer.string("Dr"); writer.endArray()
            writer.key("mentions"); writer.beginArray()
            for mention in 0..<2 {
                writer.beginObject()
                writer.key("start"); writer.int(mention * 10); writer.key("end"); writer.int(mention * 10 + 3)
                writer.key("text"); writer.string(quote.speaker)
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writer.key("stats"); writer.beginObject()
        writer.key("bytes"); writer.int(300); writer.key("codepoints"); writer.int(300)
        writer.key("paragraphs"); writer.int(0); writer.key("sentences"); writer.int(0)
        writer.key("quotes"); writer.int(quotes.count); writer.key("entities"); writer.int(quotes.count)
        writer.endObject()
        writer.endObject()
        return writer.bytes
    }

    /// An error record as `verbatim extract` writes it.
    static func errorLine(id: String) -> [UInt8] {
        RecordEncoder(options: OutputOptions()).encodeFailure(
            id: id, source: id, error: ArticleError(.invalidJSON, "the line is not valid JSON: fix or remove the line"))
    }

    /// A fresh database path in a fresh folder.
    static func databasePath() -> String {
        let folder = NSTemporaryDirectory() + "verbatim-store-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/test.db"
    }

    /// Row counts of the four data tables.
    static func rowCounts(_ path: String) throws -> [String: Int] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            var counts: [String: Int] = [:]
            for table in ["articles", "quotes", "entities", "mentions"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1
            }
            return counts
        }
    }

    /// Writes `lines` with a new writer and finishes it.
    static func load(_ lines: [[UInt8]], into path: String, batchSize: Int = 1_000) throws {
        let writer = try SQLiteWriter(path: path, batchSize: batchSize)
        for line in lines { try writer.write(line: line) }
        try writer.finish()
    }
}
