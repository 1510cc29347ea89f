import Testing
import Verbatim

/// HTML-extracted text was already chosen as the article by its markup; plain-text shape heuristics stay off there.
@Suite("Boilerplate on HTML-extracted text")
struct ExtractedTextBoilerplateTests {
    static let text = """
    Step one

    Mix the flour and the water in a bowl until smooth.

    1

    Step two

    Leave the dough to rest for an hour under a cloth.

    1

    Step three

    Bake it for forty minutes in a hot oven, then cool it.

    1
    """

    private func masked(extracted: Bool) throws -> [String] {
        var document = Document(id: "t", source: "t", text: Self.text)
        document.isExtractedText = extracted
        try Pipeline.standard(models: TestModels.models).process(&document)
        return document.boilerplate.map { document.substring($0.span) }
    }

    @Test("repeated short lines are masked in plain text but kept in text extracted from HTML")
    func repeatedLines() throws {
        #expect(try masked(extracted: false).contains("1"))
        #expect(try masked(extracted: true).isEmpty)
    }
}
