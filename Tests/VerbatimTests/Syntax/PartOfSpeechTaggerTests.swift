import Foundation
import Testing
@testable import Verbatim

@Suite("Syntax: part-of-speech tagger")
struct PartOfSpeechTaggerTests {
    /// The share of `sentences`' words `tagger` tags right.
    private func accuracy(_ tagger: PartOfSpeechTagger, _ sentences: [TaggedSentence]) -> Double {
        let (correct, total) = tagger.score(sentences)
        return Double(correct) / Double(max(total, 1))
    }

    @Test("training on a slice of GUM tags another slice well above the most-frequent-tag baseline")
    func trainsFromCoNLLU() throws {
        let documents = SharedData.gumDocuments
        try #require(documents.count >= 40, "the GUM development data is missing from ../shared/data")
        let training = try SharedData.sentences(Array(documents.prefix(30)))
        let test = try SharedData.sentences(Array(documents[30..<36]))
        var trainer = TaggerTrainer()
        trainer.iterations = 4
        let model = trainer.train(training, provenance: "test slice")
        let score = accuracy(PartOfSpeechTagger(model: model), test)
        // A perceptron on 30 documents scores about 91% here; tagging every word NOUN would score about 18%.
        #expect(score > 0.88, "accuracy \(score)")
    }

    @Test("training is deterministic: the same sentences give the same model bytes")
    func deterministic() throws {
        let sentences = try SharedData.sentences(Array(SharedData.gumDocuments.prefix(4)))
        var trainer = TaggerTrainer()
        trainer.iterations = 2
        let first = TaggerModelEncoding.encode(trainer.train(sentences, provenance: "a"))
        let second = TaggerModelEncoding.encode(trainer.train(sentences, provenance: "a"))
        #expect(first == second)
    }

    @Test("the shipped model tags UD English EWT test (never trained on) at 93% or better")
    func shippedModelOnEWT() throws {
        let path = SharedData.directory + "/ud-ewt/en_ewt-ud-test.conllu"
        let sentences = try SharedData.sentences([path])
        try #require(sentences.count > 2_000)
        let score = accuracy(TestModels.models.syntax!.tagger, sentences)
        #expect(score >= 0.93, "accuracy \(score)")
    }

    @Test("a word the model never saw is tagged from its suffix, shape and context")
    func unknownWords() {
        let tags = TestModels.models.syntax!.tagger.tag(["The", "zorblaxian", "officials", "quietly", "flumoxed", "Grumbleton", "."]
            .map { Array($0.utf8) })
        #expect(tags == [.det, .adj, .noun, .adv, .verb, .propn, .punct])
    }

    @Test("tags of an empty sentence are empty")
    func emptySentence() {
        #expect(TestModels.models.syntax!.tagger.tag([]).isEmpty)
    }
}
