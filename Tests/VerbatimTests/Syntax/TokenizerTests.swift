import Foundation
import Testing
@testable import Verbatim

@Suite("Syntax: tokenizer")
struct TokenizerTests {
    /// The token texts of `text` through the standard pipeline's syntax stages.
    private func tokens(_ text: String) throws -> [String] {
        var document = Document(id: "t", source: "t", text: text)
        try Pipeline.standard(models: TestModels.models, syntax: true).process(&document)
        return (0..<document.tokens.count).map { document.substring(document.tokens.span($0)) }
    }

    @Test("Universal Dependencies conventions", arguments: [
        ("I don't know.", ["I", "do", "n't", "know", "."]),
        ("They can’t go.", ["They", "ca", "n’t", "go", "."]),
        ("Smith's dog barked.", ["Smith", "'s", "dog", "barked", "."]),
        ("We're late, aren't we?", ["We", "'re", "late", ",", "are", "n't", "we", "?"]),
        ("O'Brien said it.", ["O'Brien", "said", "it", "."]),
        ("Mr. Smith of the U.S. Army left.", ["Mr.", "Smith", "of", "the", "U.S.", "Army", "left", "."]),
        ("It cost $3.5 million, or 1,000 jobs.", ["It", "cost", "$", "3.5", "million", ",", "or", "1,000", "jobs", "."]),
        ("A long-term plan.", ["A", "long", "-", "term", "plan", "."]),
        ("See https://example.com/a?b=1.", ["See", "https://example.com/a?b=1", "."]),
        ("“Wait...” he said.", ["“", "Wait", "...", "”", "he", "said", "."]),
    ])
    func conventions(text: String, expected: [String]) throws {
        #expect(try tokens(text) == expected)
    }

    @Test("a combining accent stays inside its word (decomposed José)")
    func combiningMarks() throws {
        #expect(try tokens("The plan would work, Jose\u{301} Alvarez said.")
            == ["The", "plan", "would", "work", ",", "Jose\u{301}", "Alvarez", "said", "."])
    }

    @Test("tokens carry shape bits, lexicon classes, word numbers and tags")
    func layerFields() throws {
        var document = Document(id: "t", source: "t", text: "NATO officials said 42 were hurt.")
        try Pipeline.standard(models: TestModels.models, syntax: true).process(&document)
        let layer = document.tokens
        #expect(layer.shapes[0].contains(.allUpper))
        #expect(layer.shapes[3].contains(.hasDigit))
        #expect(layer.shapes[6].contains(.punctuation))
        let cue = try #require(TestModels.models.syntax!.wordClasses.bit("cue"))
        #expect(layer.classes[2] & cue != 0)
        #expect(layer.words[2] != Vocabulary.unknown)
        #expect(layer.tags == [.propn, .noun, .verb, .num, .aux, .verb, .punct])
        #expect(layer.tokens(ofSentence: 0) == 0..<7)
    }

    @Test("tokens inside boilerplate are marked")
    func boilerplateBit() throws {
        var document = Document(id: "t", source: "t", text: "Remove Ads\n\nThe mayor said the plan would work.")
        try Pipeline.standard(models: TestModels.models, syntax: true).process(&document)
        let marked = (0..<document.tokens.count).filter { document.tokens.shapes[$0].contains(.boilerplate) }
        #expect(marked.map { document.substring(document.tokens.span($0)) } == ["Remove", "Ads"])
    }
}

@Suite("Syntax: one definition of a word")
struct WordDefinitionTests {
    @Test("decomposed and precomposed accents give the same quote and speaker", arguments: [
        "The plan would work, Jose\u{301} Alvarez said.", "Jose\u{301} Alvarez said the plan would work.",
    ])
    func decomposedNames(text: String) throws {
        let decomposed = try TestModels.process(text)
        let precomposed = try TestModels.process(text.precomposedStringWithCanonicalMapping)
        #expect(decomposed.quotes.count == 1)
        #expect(decomposed.quotes.count == precomposed.quotes.count)
        #expect(decomposed.quotes.first?.speakerName?.precomposedStringWithCanonicalMapping == "José Alvarez")
        #expect(decomposed.quotes.first.map { decomposed.substring($0.speaker!) }?.precomposedStringWithCanonicalMapping
                == "José Alvarez")
    }
}
