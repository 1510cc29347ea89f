import Testing
import Verbatim

@Suite("Output records")
struct RecordEncoderTests {
    private func record(_ text: String) throws -> JSONValue {
        let document = try TestModels.process(text)
        let line = RecordEncoder(options: OutputOptions(withSentences: true)).encode(document)
        return try JSONParser.parse(line)
    }

    private func spans(_ value: JSONValue?) -> [[Int]] {
        guard case let .array(items)? = value else { return [] }
        return items.map { item in
            guard case let .number(start)? = item["start"], case let .number(end)? = item["end"] else { return [] }
            return [Int(start.double), Int(end.double)]
        }
    }

    @Test("offsets are Unicode code points: an emoji and a combining accent count as what they are")
    func codePointOffsets() throws {
        // "👍🏽" is 2 code points (8 UTF-8 bytes); "e\u{301}" is 2 code points (3 bytes), one grapheme.
        let text = "Cafe\u{301} 👍🏽 opened. Then it closed."
        let value = try record(text)
        #expect(spans(value["sentences"]) == [[0, 16], [17, 32]])
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[17..<32])) == "Then it closed.")
        #expect(value["offset_unit"] == .string("codepoint"))
    }

    @Test("a record names its schema, id and source, and counts what it holds")
    func header() throws {
        let value = try record("One. Two.")
        #expect(value["schema"] == .string("verbatim/1"))
        #expect(value["id"] == .string("test"))
        #expect(value["stats"]?["sentences"] == .number(2))
    }

    @Test("metadata passes through; names the schema owns are prefixed with input_")
    func metadata() throws {
        var document = Document(id: "m", source: "s", text: "Hi.", metadata: [
            (key: "url", value: .string("https://x")), (key: "stats", value: .number(1)),
        ])
        try Pipeline.standard(models: TestModels.models).process(&document)
        let value = try JSONParser.parse(RecordEncoder(options: OutputOptions()).encode(document))
        #expect(value["url"] == .string("https://x"))
        #expect(value["input_stats"] == .number(1))
        #expect(value["sentences"] == nil)
    }

    @Test("a failure is one line with a code and a message")
    func failure() throws {
        let line = RecordEncoder(options: OutputOptions()).encodeFailure(
            id: "x", source: "f.txt", error: ArticleError(.invalidUTF8, "bad \"bytes\"\n"))
        let value = try JSONParser.parse(line)
        #expect(value["error"]?["code"] == .string("invalid_utf8"))
        #expect(value["error"]?["message"] == .string("bad \"bytes\"\n"))
        #expect(!line.contains(0x0A))
    }
}
