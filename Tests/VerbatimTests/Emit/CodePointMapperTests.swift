import Testing
import Verbatim

@Suite("UTF-8 to code point offsets")
struct CodePointMapperTests {
    @Test("every scalar start maps to its code point index, across block boundaries", arguments: [
        "plain ASCII text only",
        "",
        String(repeating: "é", count: 16),  // 32 bytes: the end falls on a block boundary
        String(repeating: "a", count: 31) + "👍🏽" + String(repeating: "b", count: 40),
        "Cafe\u{301} 👍🏽 opened. £1.13bn — “quoted” " + String(repeating: "€", count: 30),
    ])
    func offsets(_ text: String) {
        let bytes = Array(text.utf8)
        let mapper = CodePointMapper(bytes: bytes)
        var utf8Offset = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            #expect(mapper[utf8Offset] == index)
            utf8Offset += UTF8.width(scalar)
        }
        #expect(mapper[bytes.count] == text.unicodeScalars.count)
        #expect(mapper[bytes.count + 5] == text.unicodeScalars.count)
        #expect(mapper[-1] == 0)
    }
}
