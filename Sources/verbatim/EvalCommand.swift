import ArgumentParser
import Foundation
import Verbatim
import VerbatimEval

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against a gold file: quotes, entities, sentences, boilerplate, HTML body text.",
        discussion: """
        The gold file is JSONL in the common gold format (../shared/docs/gold-and-metrics.md), or Zyte benchmark \
        lines ({"id", "url", "articleBody"}). Predictions come from --pred (a 'verbatim extract' output file, or a \
        file in the gold format), from INPUTS run through the pipeline, or, by default, from running the pipeline \
        on each gold article's text (and on its saved page for articleBody gold: --html-dir, or the 'html' folder \
        beside the gold file; for plain-text pages, the 'input.jsonl' of {"id", "text"} lines beside the gold \
        file). Predictions are matched to gold by id, then by file stem. Only the layers the gold \
        has are scored; layers the predictions lack are listed as not scored.

        Examples:
          verbatim eval --gold Corpus/gold/samples.jsonl
          verbatim eval --gold Corpus/gold/samples.jsonl Corpus/samples --errors
          verbatim eval --gold ../shared/data/polnear-dev.jsonl --pred out.jsonl --types direct,mixed --json
          verbatim eval --gold ../shared/data/zyte-dev/gold.jsonl --html report.html
          verbatim eval --gold ../shared/data/zyte-dev-plaintext/gold.jsonl
        """
    )

    @Option(help: ArgumentHelp("The gold JSONL file.", valueName: "GOLD.jsonl"))
    var gold: String

    @Option(help: ArgumentHelp("Predictions to score (JSONL) instead of running the pipeline.", valueName: "PRED.jsonl"))
    var pred: String?

    @Argument(help: "Files, folders or dumps to run the pipeline on instead of the gold texts.")
    var inputs: [String] = []

    @Option(help: ArgumentHelp("Folder of saved pages (ID.html.gz) for articleBody gold.", valueName: "DIR"))
    var htmlDir: String?

    @Option(help: ArgumentHelp("Score only quotes of these types, e.g. direct,mixed.", valueName: "TYPES"))
    var types: String?

    @Option(help: ArgumentHelp("Score only gold articles whose 'split' field is this, e.g. dev.", valueName: "SPLIT"))
    var split: String?

    @Flag(help: "Print the scores as one JSON object instead of the table.")
    var json = false

    @Flag(help: "List every missed, spurious and mis-attributed quote with the rule that fired, and precision per rule.")
    var errors = false

    @Option(help: ArgumentHelp("Write a self-contained HTML report to this file.", valueName: "REPORT.html"))
    var html: String?

    @Option(help: "The Models folder (default: $VERBATIM_MODELS, else ../share/verbatim/Models beside the binary, ./Models, the checkout's Models).")
    var models: String?

    @Option(help: "Worker threads for running the pipeline (default: all cores).")
    var jobs: Int?

    /// `--jobs`, else one worker per core.
    var workers: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    func validate() throws {
        if pred != nil && !inputs.isEmpty {
            throw ValidationError("give either --pred PRED.jsonl or INPUTS to run the pipeline on, not both")
        }
        guard workers >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let types, types.split(separator: ",").isEmpty {
            throw ValidationError("--types needs quote types, e.g. --types direct,mixed")
        }
    }

    func run() throws {
        let goldRecords = try readRecords(gold)
        let needsPipeline = pred == nil
        var loadedModels: Models?
        do {
            loadedModels = try Models.load(explicit: models, loadingSyntax: false)
        } catch {
            if needsPipeline { fail("cannot load the models: \(error)", code: 2) }
        }
        let titles = loadedModels?.sentenceLexicon.titleAbbreviations ?? []
        let options = EvalOptions(
            quoteTypes: types.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) },
            split: split, speakerNames: SpeakerNameMatcher(titles: titles))

        let predictions: [ArticleRecord]
        if let pred {
            predictions = try readRecords(pred)
        } else {
            predictions = predict(goldRecords, models: loadedModels!, split: split)
        }
        let started = Date()
        let result = Evaluator(options: options).evaluate(gold: goldRecords, predictions: predictions)
        let seconds = Date().timeIntervalSince(started)

        if json {
            var bytes = JSONReport.render(result, gold: gold, names: options.speakerNames, includeErrors: errors)
            bytes.append(0x0A)
            if let failure = StandardStream.output(bytes) { fail("cannot write the report to stdout: \(failure)", code: 2) }
        } else {
            var text = ScoreTable.render(result, goldName: gold)
            if errors { text += "\n" + ErrorListing.render(result, names: options.speakerNames) }
            if let failure = StandardStream.output(Array(text.utf8)) { fail("cannot write the report to stdout: \(failure)", code: 2) }
        }
        if let html {
            let page = HTMLReport.render(result, goldName: gold, names: options.speakerNames)
            guard FileManager.default.createFile(atPath: html, contents: Data(page.utf8)) else {
                fail("cannot write '\(html)': check that its folder exists and is writable", code: 2)
            }
            note("wrote \(html)")
        }
        note(String(format: "scored %d gold articles against %d predictions in %.3f s", goldRecords.count,
                    predictions.count, seconds))
    }

    /// Predictions from INPUTS, or from the gold texts and saved pages.
    private func predict(_ goldRecords: [ArticleRecord], models: Models, split: String?) -> [ArticleRecord] {
        let predictor = PipelinePredictor(models: models, jobs: workers)
        if !inputs.isEmpty { return predictor.predict(paths: inputs) }
        let selected = split.map { split in goldRecords.filter { $0.split == split } } ?? goldRecords
        var predictions = predictor.predict(goldTexts: selected.filter { $0.text != nil })
        let pageGold = selected.filter { $0.text == nil && $0.articleBody != nil }
        if !pageGold.isEmpty {
            let locator = htmlDir.map(HTMLPageLocator.init(directory:)) ?? HTMLPageLocator.besideGold(gold)
            if locator == nil, let plainText = PlainTextInputLocator.besideGold(gold) {
                // Plain-text pages: `input.jsonl` beside the gold holds each page's visible text.
                let inputs: [ArticleRecord]
                do {
                    inputs = try plainText.records(for: Set(pageGold.map(\.id)))
                } catch {
                    fail("cannot read \(error)", code: 2)
                }
                if inputs.count < pageGold.count {
                    note("\(pageGold.count - inputs.count) gold pages have no text in \(plainText.path)")
                }
                return predictions + predictor.predict(goldTexts: inputs)
            }
            guard let locator else {
                fail("the gold has articleBody lines but no pages: pass --html-dir DIR (the folder of ID.html.gz "
                     + "files), or put the pages' text in an input.jsonl beside the gold", code: 2)
            }
            let pages = pageGold.compactMap { locator.page(for: $0.id) }
            if pages.count < pageGold.count {
                note("\(pageGold.count - pages.count) gold pages have no file in \(locator.directory)")
            }
            predictions += predictor.predict(paths: pages)
        }
        if predictions.isEmpty {
            note("no gold line has a 'text' or 'articleBody' to run the pipeline on: pass --pred or INPUTS")
        }
        return predictions
    }

    private func readRecords(_ path: String) throws -> [ArticleRecord] {
        do {
            return try RecordFile.read(path: path)
        } catch {
            fail("cannot read \(error)", code: 2)
        }
    }

    private func note(_ message: String) {
        StandardStream.error("verbatim eval: \(message)\n")
    }

    private func fail(_ message: String, code: Int32) -> Never {
        note(message)
        Foundation.exit(code)
    }
}
