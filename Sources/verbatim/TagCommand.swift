import ArgumentParser
import Foundation
import Verbatim

/// `verbatim tag`: fills the UPOS column of a CoNLL-U file with the tagger's tags, keeping everything else.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag a CoNLL-U file's words with UPOS (column 4), keeping its tokens, sentences and comments.",
        discussion: """
        Writes the file to stdout byte for byte, except column 4 of every word line, which the tagger fills. \
        This is how taggers are scored on gold tokens: with --score, the file's own tags are read as gold and \
        the accuracy is printed to stderr.

        Examples:
          verbatim tag ../shared/data/ud-ewt/en_ewt-ud-test.conllu > tagged.conllu
          verbatim tag --score ../shared/data/ud-ewt/en_ewt-ud-test.conllu > /dev/null
          cat doc.conllu | verbatim tag -
        """
    )

    @Argument(help: ArgumentHelp("A CoNLL-U file, or - for stdin.", valueName: "FILE.conllu"))
    var input: String

    @Option(help: "The Models folder (default: $VERBATIM_MODELS, else ../share/verbatim/Models beside the binary, ./Models, the checkout's Models).")
    var models: String?

    @Flag(help: "Print UPOS accuracy against the file's own tags to stderr.")
    var score = false

    @Option(help: ArgumentHelp("Benchmark: tag every sentence N more times and print tokens per second (one core) to stderr.",
                               valueName: "N"))
    var benchmark: Int = 0

    func run() throws {
        let tagger: PartOfSpeechTagger
        do {
            tagger = try PartOfSpeechTagger(path: Models.locate(explicit: models) + "/" + Models.taggerFile)
        } catch {
            fail("\(error)", code: 2)
        }
        let data: Data
        if input == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: input) else {
                fail("cannot read \(input): check the path", code: 2)
            }
            data = contents
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            fail("\(input) is not valid UTF-8: CoNLL-U files are UTF-8", code: 2)
        }
        var file: CoNLLUFile
        do {
            file = try CoNLLUFile(text: text, path: input)
        } catch {
            fail("\(error)", code: 2)
        }
        var correct = 0
        var total = 0
        for sentence in file.sentences {
            let tags = tagger.tag(file.words(of: sentence))
            if score, let gold = file.tags(of: sentence) {
                total += gold.count
                correct += zip(tags, gold).filter { $0 == $1 }.count
            }
            file.setTags(tags, of: sentence)
        }
        FileHandle.standardOutput.write(Data(file.text.utf8))
        if benchmark > 0 { runBenchmark(tagger, file) }
        if score {
            let accuracy = 100 * Double(correct) / Double(max(total, 1))
            say(String(format: "UPOS accuracy %.2f%% (%d of %d tokens)", accuracy, correct, total))
        }
    }

    /// Tags the file's sentences `benchmark` times from prepared bytes, as the pipeline calls the tagger.
    private func runBenchmark(_ tagger: PartOfSpeechTagger, _ file: CoNLLUFile) {
        var bytes: [UInt8] = []
        var sentences: [Range<Int>] = []
        var spans: [TextSpan] = []
        for sentence in file.sentences {
            let first = spans.count
            for word in file.words(of: sentence) {
                spans.append(TextSpan(start: bytes.count, end: bytes.count + word.count))
                bytes.append(contentsOf: word)
                bytes.append(0x20)
            }
            sentences.append(first..<spans.count)
        }
        var tags: [UniversalTag] = []
        tags.reserveCapacity(spans.count)
        var scratch = TaggerScratch()
        let started = Date()
        for _ in 0..<benchmark {
            tags.removeAll(keepingCapacity: true)
            for range in sentences { tagger.tag(bytes: bytes, spans: spans[range], into: &tags, scratch: &scratch) }
        }
        let seconds = Date().timeIntervalSince(started)
        let tokens = Double(spans.count * benchmark)
        say(String(format: "tagged %.0f tokens in %.3f s: %.2f million tokens per second", tokens, seconds,
                   tokens / seconds / 1_000_000))
    }

    private func say(_ message: String) {
        FileHandle.standardError.write(Data("verbatim tag: \(message)\n".utf8))
    }

    private func fail(_ message: String, code: Int32) -> Never {
        say(message)
        Foundation.exit(code)
    }
}
