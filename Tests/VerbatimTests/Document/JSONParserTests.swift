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

    @Test("strings end, escape and fail at the right byte wherever it falls in an eight-byte word",
          arguments: 0..<17)
    func scanning(_ padding: Int) throws {
        let run = String(repeating: "é", count: padding / 2) + String(repeating: "a", count: padding % 2)
        #expect(try JSONParser.parse(Array("\"\(run)\"".utf8)) == .string(run))
        #expect(try JSONParser.parse(Array("\"\(run)\\\"\(run)\"".utf8)) == .string(run + "\"" + run))
        do {
            _ = try JSONParser.parse(Array("\"\(run)\u{1F}x\"".utf8))
            Issue.record("a control character was accepted")
        } catch {
            #expect(error.offset == 1 + run.utf8.count)
            #expect(error.reason == "control character in a string")
        }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array("\"\(run)".utf8)) }
    }

    @Test("a string that is not valid UTF-8 is rejected")
    func invalidUTF8() {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse([0x22, 0x61, 0xC3, 0x28, 0x22]) }
    }
}
