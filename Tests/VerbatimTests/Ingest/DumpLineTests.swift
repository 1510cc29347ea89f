import Foundation
import Testing
import Verbatim

/// Dump lines: every line gives exactly one article or error record, numbers keep their digits, a byte order mark
/// costs nothing.
@Suite("JSONL dump lines")
struct DumpLineTests {
    private func articles(_ content: [UInt8]) -> [RawArticle] {
        let path = TestModels.temporaryFolder() + "/dump.jsonl"
        FileManager.default.createFile(atPath: path, contents: Data(content))
        let reader = ArticleReader(paths: [path])
        var result: [RawArticle] = []
        while let article = reader.next() { result.append(article) }
        return result
    }

    private func errorCode(_ article: RawArticle) -> String? {
        if case let .failure(error) = article.payload { return error.code.rawValue }
        return nil
    }

    @Test("integer ids above 2^53 keep every digit, so two Snowflake ids stay two")
    func bigIntegerIDs() {
        let found = articles(Array("""
            {"id":1234567890123456789,"text":"One, he said."}
            {"id":1234567890123456788,"text":"Two, he said."}
            {"id":-42,"text":"Three."}
            {"id":1.5e3,"text":"Four."}

            """.utf8))
        #expect(found.map(\.id) == ["1234567890123456789", "1234567890123456788", "-42", "1.5e3"])
    }

    @Test("numbers in passed-through fields are written exactly as read")
    func numbersPassThrough() throws {
        let value = try JSONParser.parse(Array(#"{"views":12345678901234567890123,"ratio":0.10000000000000001,"n":-0}"#.utf8))
        var writer = JSONWriter()
        writer.value(value)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"views":12345678901234567890123,"ratio":0.10000000000000001,"n":-0}"#)
    }

    @Test("numbers that are not JSON are rejected", arguments: ["+1", "01", "1.", ".5", "1e", "--1", "0x10"])
    func invalidNumbers(literal: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array("[\(literal)]".utf8)) }
    }

    @Test("a UTF-8 byte order mark before the first line does not cost the first article")
    func byteOrderMark() {
        let found = articles([0xEF, 0xBB, 0xBF] + Array("{\"id\":\"first\",\"text\":\"Hello, she said.\"}\n{\"id\":\"second\",\"text\":\"Bye.\"}\n".utf8))
        #expect(found.map(\.id) == ["first", "second"])
        #expect(found.allSatisfy { errorCode($0) == nil })
    }

    @Test("a blank line gives a blank_line error record, so output lines match input lines one to one")
    func blankLines() throws {
        let found = articles(Array("{\"id\":\"a\",\"text\":\"A.\"}\n\n   \n{\"id\":\"b\",\"text\":\"B.\"}\n".utf8))
        try #require(found.count == 4)
        #expect(found.map(errorCode) == [nil, "blank_line", "blank_line", nil])
        #expect(found[1].id.hasSuffix("dump.jsonl:2"))
    }
}
