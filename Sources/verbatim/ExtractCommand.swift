import ArgumentParser
import Foundation
import Verbatim
import VerbatimStore

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read articles and write one JSON line per article (schema verbatim/1).",
        discussion: """
        Inputs are .txt files, .html pages, JSONL dumps (one {"id", "text" | "html", ...} per line), folders \
        (read recursively in sorted order), gzip-compressed versions of any of these, and '-' for stdin. \
        Every input article yields exactly one output line: a result, or {"id", "source", "error": {"code", \
        "message"}}. The exit status is 1 when any article failed (kept lines of a resume included), 2 when the run could \
        not start or could not write its output, 64 for a usage error.

        Examples:
          verbatim extract Corpus/samples
          verbatim extract article.html --with-sentences
          verbatim extract dump.jsonl.gz --output out.jsonl --jobs 2
          cat dump.jsonl | verbatim extract - --format jsonl > out.jsonl
          verbatim extract big-dump.jsonl.gz -o out.jsonl --resume    # after Ctrl-C or a crash
          verbatim extract Corpus/samples -o out.jsonl --sqlite out.db  # JSONL and a database

        Ctrl-C or SIGTERM stops after the current batch with every written line whole; --resume then skips the \
        articles already written (checking their ids) and completes a cut-off last line.
        """
    )

    @Argument(help: "Files, folders, or '-' for stdin.")
    var inputs: [String] = ["-"]

    @Option(help: "Input format: auto, text, html or jsonl (auto looks at the extension, then the content).")
    var format: String = "auto"

    @Option(name: .shortAndLong, help: "Write JSONL here instead of stdout.")
    var output: String?

    @Flag(help: "Include sentence spans in each line.")
    var withSentences = false

    @Flag(help: "Include the article text in each line (HTML-derived text is always included).")
    var withText = false

    @Flag(help: "Include the token layer (code-point spans and UPOS tags) and phrase chunks in each line.")
    var withTokens = false

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int?

    /// `--jobs`, else one worker per core.
    var workers: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    @Option(help: "The Models folder (default: $VERBATIM_MODELS, else ../share/verbatim/Models beside the binary, ./Models, the checkout's Models).")
    var models: String?

    @Option(help: "Largest article or dump line accepted, in MiB.")
    var maxArticleMb: Int = 64

    @Flag(help: "Print no summary or progress on stderr.")
    var quiet = false

    @Option(help: "Also write every record into this SQLite database (schema in the README; re-runs replace articles by id).")
    var sqlite: String?

    @Flag(help: "Continue an interrupted run: keep the complete lines already in --output (written by this command with the same options) and skip their articles.")
    var resume = false

    func run() throws {
        guard let inputFormat = InputFormat(rawValue: format) else {
            throw ValidationError("unknown --format '\(format)': use one of \(InputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard workers >= 1 else { throw ValidationError("--jobs must be at least 1") }
        let loaded: Models
        do {
            loaded = try Models.load(explicit: models, loadingSyntax: withTokens)
        } catch {
            StandardStream.error("verbatim: cannot load the models: \(error)\n")
            throw ExitCode(2)
        }
        KeptUntilExit.keep(loaded)
        // Nothing is opened for writing before the outputs are known not to clash with the inputs.
        try OutputTargetCheck.validate(output: output, sqlite: sqlite, inputs: inputs)
        let fingerprint = RunFingerprint(withSentences: withSentences, withText: withText, withTokens: withTokens,
                                         format: inputFormat, maxArticleMB: maxArticleMb,
                                         modelsDirectory: loaded.directory)
        let processor = ArticleProcessor(
            pipeline: .standard(models: loaded, syntax: withTokens),
            encoder: RecordEncoder(options: OutputOptions(withSentences: withSentences, withText: withText,
                                                          withTokens: withTokens, runFingerprint: fingerprint.value)))
        let reader = ArticleReader(inputs: RawArguments.inputPaths(for: inputs), format: inputFormat,
                                   maxArticleBytes: maxArticleMb << 20)
        if resume, output == nil || output == "-" {
            throw ValidationError("--resume needs --output FILE: it continues the lines already in that file")
        }
        // The output is locked before anything reads or changes it, so a second run on it is refused untouched.
        let sink: OutputSink
        do {
            sink = try OutputSink(path: output)
        } catch {
            Self.fail("verbatim: \(error.message)")
        }
        var skipped = 0
        var kept: [String: Int] = [:]
        if resume, let output {
            let point = try ResumePoint(outputPath: output, fingerprint: fingerprint.value, options: RunFingerprint.describe(
                withSentences: withSentences, withText: withText, withTokens: withTokens, format: inputFormat,
                maxArticleMB: maxArticleMb))
            for expected in point.writtenIDs {
                guard let article = reader.next() else {
                    throw ValidationError("'\(output)' holds more articles than the inputs: resume only with the inputs of the first run")
                }
                guard article.id == expected else {
                    throw ValidationError("'\(output)' line \(skipped + 1) is article '\(expected)' but the inputs give '\(article.id)': resume only with the inputs of the first run")
                }
                skipped += 1
            }
            kept = point.errorsByCode
        }
        // Opened (and created) only once a resume is known to be valid.
        let database: SQLiteWriter?
        do {
            database = try sqlite.map { try SQLiteWriter(path: $0) }
        } catch {
            Self.fail("verbatim: cannot open the database: \(error)")
        }
        do {
            try sink.start(appending: resume)
        } catch {
            Self.fail("verbatim: \(error.message)")
        }
        let stop = StopSignal()
        let progress = ProgressReporter(totalInputBytes: quiet ? nil : ArticleReader.totalSize(of: inputs))
        let started = Date()
        var databaseFailure: String?
        var summary = BatchRunner(processor: processor, jobs: workers).run(
            reader: reader,
            shouldStop: { stop.isRequested || sink.failure != nil || databaseFailure != nil },
            progress: { summary in
                sink.flush()
                if !quiet { progress.update(summary, consumedInputBytes: reader.consumedBytes) }
            },
            write: { outcome in
                sink.writeLine(outcome.line[...])
                if let database, databaseFailure == nil {
                    do {
                        try database.write(line: outcome.line)
                    } catch {
                        databaseFailure = "could not store '\(outcome.id)' in the database: \(error)"
                    }
                }
            })
        sink.close()
        if databaseFailure == nil {
            do {
                try database?.finish()
            } catch {
                databaseFailure = "could not finish the database: \(error)"
            }
        }
        progress.finish()
        // The exit status and summary cover the whole output: the lines a resume kept count too.
        summary.failures += kept.values.reduce(0, +)
        for (code, count) in kept { summary.errorsByCode[code, default: 0] += count }
        if let failure = sink.failure {
            Self.fail("verbatim: \(failure)")
        }
        if let databaseFailure {
            Self.fail("verbatim: \(databaseFailure); the JSONL output is complete: load it with 'verbatim load' once fixed")
        }
        if !quiet {
            StandardStream.error(Self.describe(summary, skipped: skipped, seconds: Date().timeIntervalSince(started)))
        }
        if summary.interrupted { throw ExitCode(130) }
        if summary.failures > 0 { throw ExitCode(1) }
    }

    /// Reports a failure that ends the run and exits with status 2 (the run could not start or could not write).
    static func fail(_ message: String) -> Never {
        StandardStream.error(message + "\n")
        Foundation.exit(2)
    }

    /// The run summary: articles, errors by code, quotes, entities, throughput.
    static func describe(_ summary: BatchRunner.Summary, skipped: Int, seconds: Double) -> String {
        let megabytes = Double(summary.bytes) / 1_000_000
        var message = "verbatim: \(summary.articles) articles"
        if skipped > 0 { message += " (\(skipped) already written, skipped)" }
        message += ", \(summary.failures) errors"
        if !summary.errorsByCode.isEmpty {
            message += " (" + summary.errorsByCode.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
                .joined(separator: ", ") + ")"
        }
        message += ", \(summary.quotes) quotes, \(summary.entities) entities"
        message += String(format: ", %.2f MB in %.2f s, %.2f MB/s", megabytes, seconds, megabytes / max(seconds, 1e-6))
        if summary.interrupted { message += "; interrupted: run again with --resume to finish" }
        return message + "\n"
    }
}
