import Testing
import Verbatim

@Suite("JSON parsing")
struct JSONParserTests {
    @Test("objects keep member order and values decode")
    func values() throws {
        let value = try JSONParser.parse(Array(#"{"b": [1, 2.5, true, null], "a": "x\n\u00e9\ud83d\ude00"}"#.utf8))
        guard case let .object(members) = value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["b", "a"])
        #expect(value["a"] == .string("x\né😀"))
        #expect(value["b"] == .array([.number(1), .number(2.5), .bool(true), .null]))
    }

    @Test("malformed input is rejected", arguments: ["", "{", "{\"a\":}", "[1,]", "tru", "{\"a\":1} x", "\"\u{01}\""])
    func malformed(_ text: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(text.utf8)) }
    }

    @Test("hostile nesting is an error, not a crash")
    func nesting() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(deep.utf8)) }
    }
}
