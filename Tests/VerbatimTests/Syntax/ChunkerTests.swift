import Foundation
import Testing
@testable import Verbatim

@Suite("Syntax: chunk grammar")
struct ChunkerTests {
    /// `label rule text` of every chunk of `text`.
    private func chunks(_ text: String) throws -> [String] {
        var document = Document(id: "t", source: "t", text: text)
        try Pipeline.standard(models: TestModels.models, syntax: true).process(&document)
        return document.chunks.map { chunk in
            let span = TextSpan(start: Int(document.tokens.starts[chunk.firstToken]),
                                end: Int(document.tokens.ends[chunk.endToken - 1]))
            return "\(chunk.label) \(chunk.rule) \(document.substring(span))"
        }
    }

    @Test("a possessive role noun with an apposed name is one noun phrase before the verb")
    func apposition() throws {
        let found = try chunks("Schellenberg's aunt, Lauri Nelson-Jones, said the family is awaiting any news.")
        #expect(found.contains("NP np.apposition Schellenberg's aunt, Lauri Nelson-Jones,"))
        #expect(found.contains("NP np.possessive Schellenberg's aunt"))
        #expect(found.contains("VG vg.verb said"))
        #expect(found.contains("VG vg.verb is awaiting"))
    }

    @Test("prepositional phrases and coordinations")
    func phrases() throws {
        let found = try chunks("Police and firefighters arrived in the small town.")
        #expect(found.contains("NP np.coordination Police and firefighters"))
        #expect(found.contains("PP pp in the small town"))
    }

    @Test("patterns that do not parse are refused with the line", arguments: [
        "1\tbad\tNP\t(DET NOUN", "1\tbad\tNP\tDET | ", "1\tbad\tNP\t* NOUN", "1\tbad\tNOUN\tDET NOUN",
        "1\tbad\tNP\tVP NOUN", "2\ta\tNP\tNOUN\n1\tb\tNP\tNOUN", "1\tbad\tNP\t'unclosed",
    ])
    func malformedRules(rules: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("chunks-\(UUID().uuidString).rules").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try rules.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ModelError.self) { try ChunkGrammar(path: path) }
    }

    @Test("a chunk spans at most the automaton's bound, so a sentence-long list stays linear")
    func boundedMatches() throws {
        let text = "The " + Array(repeating: "cats", count: 3_000).joined(separator: ", ") + " slept."
        var document = Document(id: "t", source: "t", text: text)
        try Pipeline.standard(models: TestModels.models, syntax: true).process(&document)
        #expect(!document.chunks.isEmpty)
        // A level-1 chunk holds at most `maximumSymbols` tokens; each level above multiplies by at most that.
        let longest = document.chunks.filter { $0.level == 1 }.map { $0.endToken - $0.firstToken }.max() ?? 0
        #expect(longest <= ChunkAutomaton.maximumSymbols)
    }

    @Test("every shipped rule names its level, label and rule, and the grammar loads")
    func shippedGrammar() {
        let rules = TestModels.models.syntax!.chunkGrammar.rules
        #expect(rules.count >= 8)
        #expect(Set(rules.map(\.name)).count == rules.count)
    }
}
