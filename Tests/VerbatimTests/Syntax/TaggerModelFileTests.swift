import Foundation
import Testing
@testable import Verbatim

@Suite("Syntax: tagger model file")
struct TaggerModelFileTests {
    private static let bytes: [UInt8] = {
        let sentence = TaggedSentence(words: ["She", "said", "it", "works", "."].map { Array($0.utf8) },
                                      tags: [.pron, .verb, .pron, .verb, .punct])
        var trainer = TaggerTrainer()
        trainer.iterations = 2
        return TaggerModelEncoding.encode(trainer.train(Array(repeating: sentence, count: 3), provenance: "tiny"))
    }()

    @Test("a model reads back to the same bytes")
    func roundTrip() throws {
        let model = try TaggerModelEncoding.decode(Self.bytes, path: "tiny.bin")
        #expect(TaggerModelEncoding.encode(model) == Self.bytes)
        #expect(model.provenance == "tiny")
    }

    @Test("a damaged, cut-off or foreign file is a start-up error that says how to rebuild it", arguments: [
        "flipped byte", "cut off", "not a model", "empty",
    ])
    func corruptFiles(kind: String) {
        var bytes = Self.bytes
        switch kind {
        case "flipped byte": bytes[bytes.count / 2] ^= 0x40
        case "cut off": bytes.removeLast(bytes.count / 3)
        case "not a model": bytes = Array("# not a model\n".utf8)
        default: bytes = []
        }
        do {
            _ = try TaggerModelEncoding.decode(bytes, path: "Models/syntax/tagger.bin")
            Issue.record("a \(kind) file was accepted")
        } catch {
            #expect(error.path == "Models/syntax/tagger.bin")
            #expect(error.message.contains("train-tagger"))
        }
    }

    @Test("a missing model file stops the models from loading with the file named")
    func missingFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("models-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: TestModels.repositoryRoot + "/Models", toPath: folder)
        try FileManager.default.removeItem(atPath: folder + "/syntax/tagger.bin")
        #expect(throws: ModelError.self) { try Models(directory: folder) }
        // A run without the syntax stages does not read the syntax models at all.
        let withoutSyntax = try Models(directory: folder, loadingSyntax: false)
        #expect(withoutSyntax.syntax == nil)
    }
}
