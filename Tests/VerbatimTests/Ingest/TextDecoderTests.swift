import Testing
@testable import Verbatim

@Suite("Decoding text")
struct TextDecoderTests {
    private func code(_ bytes: [UInt8]) -> ArticleError.Code? {
        do {
            _ = try TextDecoder.decode(bytes)
            return nil
        } catch {
            return error.code
        }
    }

    @Test("valid UTF-8 text decodes unchanged, BOM and all")
    func valid() throws {
        #expect(try TextDecoder.decode(Array("\u{FEFF}Café ☕ said.".utf8)) == "\u{FEFF}Café ☕ said.")
    }

    @Test("garbage is rejected with the right code", arguments: [
        ([0xFF, 0x41, 0x42] as [UInt8], ArticleError.Code.invalidUTF8),
        (Array("Caf\u{E9}".utf8.prefix(3)) + [0xE9, 0x20, 0x61], .invalidUTF8),
        ([UInt8](repeating: 0, count: 100) + Array("text".utf8), .binaryContent),
        ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03, 0x04], .binaryContent),
        ([], .emptyArticle),
        (Array("  \n\t \n".utf8), .emptyArticle),
    ])
    func garbage(bytes: [UInt8], expected: ArticleError.Code) {
        #expect(code(bytes) == expected)
    }

    @Test("a stray NUL byte in long text is kept, not fatal")
    func strayNul() throws {
        let text = String(repeating: "Words here. ", count: 20) + "\0" + "More."
        #expect(try TextDecoder.decode(Array(text.utf8)) == text)
    }

    @Test("the invalid-UTF-8 message names the offset and a fix")
    func message() {
        do {
            _ = try TextDecoder.decode(Array("abc".utf8) + [0xC3, 0x28])
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("offset 3"))
            #expect(error.message.contains("iconv"))
        }
    }
}
