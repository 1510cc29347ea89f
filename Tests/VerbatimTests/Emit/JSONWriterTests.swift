import Testing
import Verbatim

@Suite("JSON writer")
struct JSONWriterTests {
    private func text(_ writer: JSONWriter) -> String {
        String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test("integers are spelled as String spells them", arguments: [
        0, 7, 10, 99, 100, 12_345, -1, -10, 1_000_000_007, Int.max, Int.min,
    ])
    func integers(_ value: Int) {
        var writer = JSONWriter()
        writer.beginArray()
        writer.int(value)
        writer.field("n", int: value)
        writer.identifier("E", value)
        writer.endArray()
        #expect(text(writer) == "[\(value),\"n\":\(value),\"E\(value)\"]")
    }

    @Test("commas separate values at every depth, and only values")
    func nesting() {
        var writer = JSONWriter(capacity: 4)
        writer.beginObject()
        writer.field("a"); writer.beginArray()
        writer.beginObject(); writer.field("x", int: 1); writer.field("y"); writer.null(); writer.endObject()
        writer.beginArray(); writer.endArray()
        writer.bool(true)
        writer.endArray()
        writer.key("b\"c"); writer.double(2.5)
        writer.field("d"); writer.double(3)
        writer.field("e"); writer.value(.object([(key: "k", value: .array([.bool(false), .string("v")]))]))
        writer.endObject()
        #expect(text(writer) == #"{"a":[{"x":1,"y":null},[],true],"b\"c":2.5,"d":3,"e":{"k":[false,"v"]}}"#)
    }

    @Test("strings are escaped per RFC 8259")
    func escaping() {
        var writer = JSONWriter()
        writer.beginArray()
        writer.string("q\"b\\n\nr\rt\t\u{1}é")
        writer.string(utf8: Array("a\"b".utf8)[...])
        writer.endArray()
        #expect(text(writer) == #"["q\"b\\n\nr\rt\t\u0001é","a\"b"]"#)
    }
}
