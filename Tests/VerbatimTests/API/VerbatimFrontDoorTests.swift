import Foundation
import Testing
import Verbatim

/// The library's front door: `Verbatim` extracts from a string or a page in one call, in code-point offsets.
@Suite("Verbatim front door")
struct VerbatimFrontDoorTests {
    static let verbatim = Verbatim(models: TestModels.models)

    @Test("extract(text:) finds the quote and its speaker")
    func extractText() throws {
        let record = try Self.verbatim.extract(text: "\"We will rebuild,\" said Mayor Ana Ruiz.", id: "a1")
        #expect(record.id == "a1")
        #expect(record.offsetUnit == "codepoint")
        let quote = try #require(record.quotes?.first)
        #expect(quote.speakerName == "Ana Ruiz")
        #expect(quote.cue?.lemma == "say")
        #expect(record.entities?.contains { $0.name == "Ana Ruiz" && $0.type == "PERSON" } == true)
    }

    @Test("offsets are code points: an emoji before the quote shifts it by one, not by its four UTF-8 bytes")
    func codePointOffsets() throws {
        let text = "😀 \"We will rebuild,\" said Mayor Ana Ruiz."
        let record = try Self.verbatim.extract(text: text)
        let quote = try #require(record.quotes?.first)
        let scalars = Array(text.unicodeScalars)
        #expect(quote.start == 2)
        #expect(String(String.UnicodeScalarView(scalars[quote.start..<quote.end])) == quote.text)
        let speaker = try #require(quote.speaker)
        #expect(String(String.UnicodeScalarView(scalars[speaker.start..<speaker.end])) == "Mayor Ana Ruiz")
        #expect(record.stats.codepoints == scalars.count)
        #expect(record.stats.bytes == text.utf8.count)
    }

    @Test("extract(html:) returns the extracted text the offsets index, and the page's title")
    func extractHTML() throws {
        let page = """
        <html><head><title>Rebuilding the bridge</title></head><body><article>
        <p>"We will rebuild," said Mayor Ana Ruiz.</p>
        <p>The bridge closed in May after the floods damaged its supports badly.</p>
        </article></body></html>
        """
        let record = try Self.verbatim.extract(html: page, id: "page1")
        let text = try #require(record.text)
        let quote = try #require(record.quotes?.first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[quote.start..<quote.end])) == quote.text)
        #expect(record.metadata["title"]?.stringValue == "Rebuilding the bridge")
    }

    @Test("an article that cannot be processed throws an ArticleError that says why")
    func failure() {
        #expect(throws: ArticleError.self) { try Self.verbatim.extract(text: "   \n") }
        do {
            _ = try Self.verbatim.extract(text: "")
        } catch {
            #expect(error.code == .emptyArticle)
            #expect(!error.message.isEmpty)
        }
    }

    @Test("jsonLine(text:) is the line the record decodes from")
    func jsonLine() throws {
        let text = "\"Fine,\" she said."
        let line = Self.verbatim.jsonLine(text: text, id: "x")
        #expect(try VerbatimRecord(jsonLine: Array(line.utf8)) == Self.verbatim.extract(text: text, id: "x"))
    }

    @Test("Verbatim.Record and Verbatim.Options name the record and options types (the type hides the module name)")
    func aliases() {
        #expect(Verbatim.Record.self == VerbatimRecord.self)
        #expect(Verbatim.Options.self == OutputOptions.self)
    }
}
