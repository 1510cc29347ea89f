import Testing
import Verbatim

@Suite("Paragraph segmentation")
struct ParagraphSegmenterTests {
    private func paragraphs(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return ParagraphSegmenter.paragraphs(in: bytes).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    @Test("blank lines separate paragraphs")
    func blankLines() {
        #expect(paragraphs("One.\n\nTwo.\n\n\nThree.") == ["One.", "Two.", "Three."])
    }

    @Test("single newlines separate paragraphs, as in dumps without blank lines")
    func singleNewlines() {
        #expect(paragraphs("Headline\nGlobal News\nBody text.") == ["Headline", "Global News", "Body text."])
    }

    @Test("white space, CRLF and no-break spaces are trimmed; blank lines dropped")
    func trimming() {
        #expect(paragraphs("  One. \r\n\u{A0}\r\n\tTwo.\u{A0}\n") == ["One.", "Two."])
    }

    @Test("Unicode line and paragraph separators break paragraphs")
    func unicodeSeparators() {
        #expect(paragraphs("One.\u{2028}Two.\u{2029}Three.") == ["One.", "Two.", "Three."])
    }

    @Test("a line cut off mid-sentence goes on in the next line (hard-wrapped text)")
    func wrappedLines() {
        #expect(paragraphs("This is a sentence\ncut off in the middle because pdf.") ==
                    ["This is a sentence\ncut off in the middle because pdf."])
        #expect(paragraphs("It was a cold \r\nnight in the city.\nThe end.") == ["It was a cold \r\nnight in the city.", "The end."])
    }

    @Test("short lines, finished sentences and blank lines still end a paragraph before lower case")
    func unwrappedLines() {
        #expect(paragraphs("features\ncontact manager\nevents, activities") == ["features", "contact manager", "events, activities"])
        #expect(paragraphs("He left the room.\nthen the vote began.") == ["He left the room.", "then the vote began."])
        #expect(paragraphs("This is a sentence\n\ncut off by a blank line.") == ["This is a sentence", "cut off by a blank line."])
        #expect(paragraphs("Read more about it:\nprices rise") == ["Read more about it:", "prices rise"])
    }

    @Test("an empty text has no paragraphs")
    func empty() {
        #expect(paragraphs("").isEmpty)
        #expect(paragraphs("\n \n").isEmpty)
    }
}
