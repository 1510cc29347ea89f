import Testing
@testable import Verbatim

/// ICU reads paragraphs as UTF-16; the boundaries it reports must come back as UTF-8 offsets, whatever the characters.
@Suite("ICU sentence breaker")
struct ICUSentenceBreakerTests {
    private func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var start = 0
        return ICUSentenceBreaker.iteratorBoundaries(in: bytes, span: TextSpan(start: 0, end: bytes.count)).map { end in
            defer { start = end }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
    }

    @Test("boundaries are UTF-8 offsets across one-, two-, three- and four-byte characters", arguments: [
        ["It rained. ", "Then it stopped."],
        ["Café owners cheered. ", "Prices fell."],
        ["“Wait,” she said — “no.” ", "He left."],
        ["He wrote 😀 twice. ", "Nobody replied. ", "The end 𝔸."],
    ])
    func offsets(_ expected: [String]) {
        #expect(sentences(expected.joined()) == expected)
    }

    @Test("a paragraph longer than the UTF-16 limit is read in place, with the same boundaries")
    func longParagraph() {
        let sentence = "The council met again on Tuesday night. "
        let count = (1 << 20) / sentence.utf8.count + 10
        let text = String(repeating: sentence, count: count)
        let result = sentences(text)
        #expect(result.count == count)
        #expect(result.allSatisfy { $0 == sentence })
    }
}
