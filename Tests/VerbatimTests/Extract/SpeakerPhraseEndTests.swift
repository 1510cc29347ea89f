import Testing
@testable import Verbatim

@Suite("Quotes: a speaker phrase never ends in a connector")
struct SpeakerPhraseEndTests {
    @Test("a time adverbial after the name is not taken in, nor the word that joins it", arguments: [
        ("\"We will rebuild,\" said Mayor Ana Ruiz on Monday.", "Mayor Ana Ruiz"),
        ("\"It works,\" said David Anders at Merrill Lynch on Thursday.", "David Anders at Merrill Lynch"),
        ("\"Fine,\" Mayor Ana Ruiz said on Monday.", "Mayor Ana Ruiz"),
    ])
    func trailingConnector(text: String, speaker: String) throws {
        let document = try TestModels.process(text)
        let quote = try #require(document.quotes.first)
        let span = try #require(quote.speaker)
        #expect(document.substring(span) == speaker)
    }
}

@Suite("Quotes: a determiner alone is no speaker title")
struct SpeakerTitleDeterminerTests {
    @Test("an organisation written with its article gets no title", arguments: [
        "\"Growth will slow,\" the IMF said.", "Hiring picked up in March. The Labor Department said that 200,000 jobs were added.",
    ])
    func determinerOnly(text: String) throws {
        let document = try TestModels.process(text)
        let quote = try #require(document.quotes.first)
        #expect(quote.speakerTitle == nil, "title \(quote.speakerTitle ?? "")")
    }

    @Test("a real title before a name stays")
    func realTitle() throws {
        let document = try TestModels.process("\"We will rebuild,\" said Mayor Ana Ruiz.")
        #expect(document.quotes.first?.speakerTitle == "Mayor")
    }
}

@Suite("Quotes: one name for a generic source")
struct GenericSourceCaseTests {
    @Test("a role noun capitalised by its place in the sentence is named as mid-sentence", arguments: [
        ("Markets fell. Analysts said the rally was over.", "analysts"),
        ("Markets fell. The rally was over, analysts said.", "analysts"),
        ("Markets fell. Senior officials said the rally was over.", "Senior officials"),
    ])
    func folded(text: String, name: String) throws {
        let document = try TestModels.process(text)
        let quote = try #require(document.quotes.first)
        #expect(quote.speakerName == name)
    }

    @Test("a description with other capitalised words keeps its case")
    func keepsNames() {
        #expect(SpeakerResolver.caseFolded("Department for Work and Pensions spokeswoman",
                                           roleNouns: TestModels.models.quoteLexicon.roleNouns)
                == "Department for Work and Pensions spokeswoman")
        #expect(SpeakerResolver.caseFolded("Analysts", roleNouns: TestModels.models.quoteLexicon.roleNouns) == "analysts")
    }
}
