import Foundation
import Testing
import Verbatim

/// UTF-16 and UTF-32 inputs, with or without a byte order mark, are recognised before any charset sniffing, for
/// plain text and HTML alike; Latin-1 bytes under a `utf-8` declaration are read as windows-1252, as browsers do.
@Suite("Unicode encodings of text and HTML")
struct UnicodeEncodingTests {
    static let sentence = "“We will win,” said Jane Doe, the mayor of Springfield."

    static func utf16LE(_ text: String, bom: Bool) -> [UInt8] {
        (bom ? [0xFF, 0xFE] : []) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    static func utf16BE(_ text: String, bom: Bool) -> [UInt8] {
        (bom ? [0xFE, 0xFF] : []) + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    static func utf32LE(_ text: String, bom: Bool) -> [UInt8] {
        (bom ? [0xFF, 0xFE, 0, 0] : []) + text.unicodeScalars.flatMap { scalar in
            (0..<4).map { UInt8((scalar.value >> (8 * $0)) & 0xFF) }
        }
    }

    static func utf32BE(_ text: String, bom: Bool) -> [UInt8] {
        (bom ? [0, 0, 0xFE, 0xFF] : []) + text.unicodeScalars.flatMap { scalar in
            (0..<4).reversed().map { UInt8((scalar.value >> (8 * $0)) & 0xFF) }
        }
    }

    static let encodings: [(String, @Sendable (String, Bool) -> [UInt8])] = [
        ("UTF-16LE", utf16LE), ("UTF-16BE", utf16BE), ("UTF-32LE", utf32LE), ("UTF-32BE", utf32BE),
    ]

    @Test("plain text in UTF-16 or UTF-32, with a byte order mark or without, decodes to the same text",
          arguments: [true, false])
    func plainText(bom: Bool) throws {
        for (name, encode) in Self.encodings {
            let text = try TextDecoder.decode(encode(Self.sentence, bom))
            #expect(text == Self.sentence, "\(name), BOM \(bom)")
        }
    }

    @Test("an HTML page in UTF-16 or UTF-32 gives its paragraph, with a BOM or with only a meta charset",
          arguments: [true, false])
    func htmlPage(bom: Bool) throws {
        let html = "<html><head><meta charset=\"utf-16\"><title>T</title></head><body><p>\(Self.sentence)</p></body></html>"
        for (name, encode) in Self.encodings {
            let page = try HTMLTextExtractor.extract(encode(html, bom), rules: TestModels.models.htmlRules)
            #expect(page.text == Self.sentence, "\(name), BOM \(bom)")
        }
    }

    @Test("a UTF-16 file without an extension is sniffed as HTML when it is HTML")
    func sniffedUTF16HTML() throws {
        let folder = TestModels.temporaryFolder()
        let html = "<!DOCTYPE html><html><body><p>\(Self.sentence)</p></body></html>"
        FileManager.default.createFile(atPath: folder + "/page", contents: Data(Self.utf16LE(html, bom: true)))
        let article = try #require(ArticleReader(paths: [folder + "/page"]).next())
        guard case .html = article.payload else {
            Issue.record("the page was not read as HTML: \(article.payload)")
            return
        }
    }

    @Test("windows-1252 curly quotes under a utf-8 declaration become “ and ”, not C1 controls")
    func latin1UnderUTF8Declaration() throws {
        var bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><p>".utf8)
        bytes += [0x93] + Array("We will win,".utf8) + [0x94] + Array(" said Jos".utf8) + [0xE9] + Array(" Doe, the mayor.".utf8)
        bytes += Array("</p></body></html>".utf8)
        let page = try HTMLTextExtractor.extract(bytes, rules: TestModels.models.htmlRules)
        #expect(page.text == "“We will win,” said José Doe, the mayor.")
    }

    @Test("UTF-16 with a lone surrogate is an error record, not mangled text")
    func invalidUTF16() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]
        #expect(throws: ArticleError.self) { try TextDecoder.decode(bytes) }
    }
}
