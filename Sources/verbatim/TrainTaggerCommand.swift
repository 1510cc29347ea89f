import ArgumentParser
import Foundation
import Verbatim

/// `verbatim train-tagger`: trains the part-of-speech tagger from CoNLL-U files and writes its model file.
struct TrainTaggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-tagger",
        abstract: "Train the part-of-speech tagger (UPOS) from CoNLL-U files.",
        discussion: """
        Reads the words and UPOS tags (column 4) of every sentence, trains a greedy averaged perceptron and \
        writes the model file that Models/syntax/ ships. Training is deterministic: the same files in the same \
        order with the same options give the same bytes. Sentences with a tag that is not UPOS are skipped.

        Examples:
          verbatim train-tagger ../shared/data/gum-dev/conllu/*.conllu -o Models/syntax/tagger.bin
          verbatim train-tagger train/*.conllu -o /tmp/tagger.bin --evaluate test.conllu
        """
    )

    @Argument(help: ArgumentHelp("CoNLL-U files with gold UPOS.", valueName: "FILE.conllu"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the model.", valueName: "MODEL.bin"))
    var output: String

    @Option(help: "Passes over the training data.")
    var iterations: Int = 12

    @Option(help: ArgumentHelp("CoNLL-U files to score the trained model on (printed to stderr).",
                               valueName: "FILE.conllu"))
    var evaluate: [String] = []

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one CoNLL-U file to train on") }
        guard iterations >= 1 else { throw ValidationError("--iterations must be at least 1") }
    }

    func run() throws {
        let training = readSentences(inputs)
        guard !training.isEmpty else { fail("no sentence with UPOS tags in the inputs: are they CoNLL-U files?", code: 2) }
        var trainer = TaggerTrainer()
        trainer.iterations = iterations
        let names = inputs.map { URL(fileURLWithPath: $0).lastPathComponent }
        let tokenCount = training.reduce(0) { $0 + $1.words.count }
        let provenance = "averaged perceptron, \(iterations) iterations, \(training.count) sentences, "
            + "\(tokenCount) tokens from \(inputs.count) files: \(names.joined(separator: " "))"
        let started = Date()
        let model = trainer.train(training, provenance: provenance)
        let bytes = TaggerModelEncoding.encode(model)
        guard FileManager.default.createFile(atPath: output, contents: Data(bytes)) else {
            fail("cannot write \(output): check that its folder exists and is writable", code: 2)
        }
        say(String(format: "trained on %d sentences (%d tokens) in %.1f s: %d features, %d cached forms, %.1f MB",
                   training.count, tokenCount, Date().timeIntervalSince(started), model.featureCount,
                   model.cachedFormCount, Double(bytes.count) / 1_048_576))
        if !evaluate.isEmpty {
            let tagger = PartOfSpeechTagger(model: model)
            let (correct, total) = tagger.score(readSentences(evaluate))
            say(String(format: "UPOS accuracy on %@: %.2f%% (%d of %d tokens)", evaluate.joined(separator: " "),
                       100 * Double(correct) / Double(max(total, 1)), correct, total))
        }
    }

    private func readSentences(_ paths: [String]) -> [TaggedSentence] {
        var sentences: [TaggedSentence] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                fail("cannot read \(path): check the path", code: 2)
            }
            do {
                sentences += try CoNLLUFile(text: String(decoding: data, as: UTF8.self), path: path).taggedSentences
            } catch {
                fail("\(error)", code: 2)
            }
        }
        return sentences
    }

    private func say(_ message: String) {
        FileHandle.standardError.write(Data("verbatim train-tagger: \(message)\n".utf8))
    }

    private func fail(_ message: String, code: Int32) -> Never {
        say(message)
        Foundation.exit(code)
    }
}
