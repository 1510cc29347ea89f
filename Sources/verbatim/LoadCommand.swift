import ArgumentParser
import Foundation
import Verbatim
import VerbatimStore

/// `verbatim load`: stores `verbatim extract` output in a SQLite database (schema in README "Databases").
struct LoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load 'verbatim extract' output (JSONL) into a SQLite database.",
        discussion: """
        Articles, quotes, entities and mentions go into tables with foreign keys, indexes on speaker and entity \
        names, and a full-text index over quote text. Loading is idempotent: an article id already in the \
        database is replaced, never duplicated, so the same output can be loaded again. Lines that are not \
        verbatim/1 records (a cut-off last line, say) are reported and skipped.

        Examples:
          verbatim load out.jsonl --sqlite out.db
          verbatim load part-1.jsonl part-2.jsonl.gz --sqlite all.db
          verbatim extract dump.jsonl --quiet | verbatim load - --sqlite out.db
        """
    )

    @Argument(help: ArgumentHelp("Output files of 'verbatim extract' (gzip allowed), or - for stdin.",
                                 valueName: "OUT.jsonl"))
    var inputs: [String]

    @Option(help: ArgumentHelp("The SQLite database to create or update.", valueName: "FILE.db"))
    var sqlite: String

    @Option(help: "Articles per transaction.")
    var batchSize: Int = 1_000

    @Flag(help: "Print no summary.")
    var quiet = false

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one output file to load, or - for stdin") }
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() throws {
        let started = Date()
        let writer: SQLiteWriter
        do {
            writer = try SQLiteWriter(path: sqlite, batchSize: batchSize)
        } catch {
            fail("\(error)", code: 2)
        }
        let loader = OutputLoader(writer: writer)
        var invalid = 0
        var bytes = 0
        for path in inputs {
            do {
                let result = try loader.load(path: path) { skipped in
                    say("\(skipped.path):\(skipped.line): skipped: \(skipped.error.message)")
                }
                invalid += result.invalid
                bytes += result.bytes
            } catch {
                fail("\(path): \(error)", code: 2)
            }
        }
        do {
            try writer.finish()
        } catch {
            fail("\(error)", code: 2)
        }
        if !quiet {
            let counts = writer.counts
            let seconds = max(Date().timeIntervalSince(started), 0.001)
            say(String(format: "loaded %d articles (%d errors), %d quotes, %d entities, %d mentions into %@ "
                       + "in %.2f s (%.0f articles/s, %.1f MB/s, full text: %@)%@",
                       counts.articles, counts.errors, counts.quotes, counts.entities, counts.mentions, sqlite,
                       seconds, Double(counts.articles) / seconds, Double(bytes) / seconds / 1e6,
                       writer.fullText.rawValue, invalid > 0 ? "; skipped \(invalid) invalid lines" : ""))
        }
        if invalid > 0 { throw ExitCode(1) }
    }

    private func say(_ message: String) {
        StandardStream.error("verbatim load: \(message)\n")
    }

    private func fail(_ message: String, code: Int32) -> Never {
        say(message)
        Foundation.exit(code)
    }
}
