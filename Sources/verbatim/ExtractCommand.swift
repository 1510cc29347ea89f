import ArgumentParser
import Foundation
import Verbatim

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read articles and write one JSON line per article (schema verbatim/1).",
        discussion: """
        Inputs are .txt files, .html pages, JSONL dumps (one {"id", "text" | "html", ...} per line), folders \
        (read recursively in sorted order), gzip-compressed versions of any of these, and '-' for stdin. \
        Every input article yields exactly one output line: a result, or {"id", "source", "error": {"code", \
        "message"}}. The exit status is 1 when any article failed, 2 when the run could not start.

        Examples:
          verbatim extract Corpus/samples
          verbatim extract article.html --with-sentences
          verbatim extract dump.jsonl.gz --output out.jsonl --jobs 2
          cat dump.jsonl | verbatim extract - --format jsonl > out.jsonl
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

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "The Models folder (default: $VERBATIM_MODELS, ./Models, or the checkout's Models).")
    var models: String?

    @Option(help: "Largest article or dump line accepted, in MiB.")
    var maxArticleMb: Int = 64

    @Flag(help: "Print no summary on stderr.")
    var quiet = false

    func run() throws {
        guard let inputFormat = InputFormat(rawValue: format) else {
            throw ValidationError("unknown --format '\(format)': use one of \(InputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        let loaded: Models
        do {
            loaded = try Models.load(explicit: models)
        } catch {
            FileHandle.standardError.write(Data("verbatim: invalid model files: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let processor = ArticleProcessor(
            pipeline: .standard(models: loaded),
            encoder: RecordEncoder(options: OutputOptions(withSentences: withSentences, withText: withText)))
        let reader = ArticleReader(paths: inputs, format: inputFormat, maxArticleBytes: maxArticleMb << 20)
        let sink = try OutputSink(path: output)
        let started = Date()
        let summary = BatchRunner(processor: processor, jobs: jobs).run(reader: reader) { line in
            sink.writeLine(line)
        }
        sink.close()
        if !quiet {
            let seconds = max(Date().timeIntervalSince(started), 1e-6)
            let megabytes = Double(summary.bytes) / 1_000_000
            var message = "verbatim: \(summary.articles) articles, \(summary.failures) errors"
            if !summary.errorsByCode.isEmpty {
                message += " (" + summary.errorsByCode.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
                    .joined(separator: ", ") + ")"
            }
            message += String(format: ", %.2f MB in %.2f s, %.2f MB/s\n", megabytes, seconds, megabytes / seconds)
            FileHandle.standardError.write(Data(message.utf8))
        }
        if summary.failures > 0 { throw ExitCode(1) }
    }
}
