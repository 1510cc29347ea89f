import Foundation
import Verbatim

/// The shared development data beside the checkout (`../shared/data`), present on every development machine and
/// in CI.
enum SharedData {
    static let directory = URL(fileURLWithPath: TestModels.repositoryRoot).deletingLastPathComponent()
        .appendingPathComponent("shared/data").path

    /// The sorted paths of the GUM development documents.
    static var gumDocuments: [String] {
        let folder = directory + "/gum-dev/conllu"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".conllu") }.sorted().map { folder + "/" + $0 }
    }

    /// The tagged sentences of the CoNLL-U files at `paths`.
    static func sentences(_ paths: [String]) throws -> [TaggedSentence] {
        try paths.flatMap { path in
            let text = try String(contentsOfFile: path, encoding: .utf8)
            return try CoNLLUFile(text: text, path: path).taggedSentences
        }
    }
}
