/// Builds one line of compact JSON into a byte buffer, escaping strings per RFC 8259.
package struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Whether the next value of the current object or array needs a comma before it. (No stack of these is
    /// needed: after an object or array closes, its parent has a value, so the next one needs a comma.)
    private var needsComma = false

    /// A writer whose buffer holds `capacity` bytes before it grows (reserve about the size of the line).
    public init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
    }

    private mutating func open(_ bracket: UInt8) {
        let comma = needsComma
        compose(capacity: 2) { cursor in
            if comma { cursor.put(UInt8(ascii: ",")) }
            cursor.put(bracket)
        }
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        needsComma = true
        bytes.append(bracket)
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes a member name; the next value written is its value.
    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes a member name known at compile time (ASCII, nothing to escape): copied as is.
    public mutating func field(_ name: StaticString) {
        let comma = needsComma
        compose(capacity: name.utf8CodeUnitCount + 4) { cursor in
            if comma { cursor.put(UInt8(ascii: ",")) }
            cursor.put(UInt8(ascii: "\""))
            cursor.put(name)
            cursor.put("\":")
        }
        needsComma = false
    }

    /// Writes a member known at compile time (see `field`) whose value is an integer.
    public mutating func field(_ name: StaticString, int value: Int) {
        let comma = needsComma
        compose(capacity: name.utf8CodeUnitCount + 24) { cursor in
            if comma { cursor.put(UInt8(ascii: ",")) }
            cursor.put(UInt8(ascii: "\""))
            cursor.put(name)
            cursor.put("\":")
            cursor.putDecimal(value)
        }
        needsComma = true
    }

    /// Writes the string `"<prefix><number>"` (an id such as `"Q3"`) without building a `String`.
    public mutating func identifier(_ prefix: StaticString, _ number: Int) {
        let comma = needsComma
        compose(capacity: prefix.utf8CodeUnitCount + 23) { cursor in
            if comma { cursor.put(UInt8(ascii: ",")) }
            cursor.put(UInt8(ascii: "\""))
            cursor.put(prefix)
            cursor.putDecimal(number)
            cursor.put(UInt8(ascii: "\""))
        }
        needsComma = true
    }

    /// Writes at most `capacity` bytes with `body` into scratch space on the stack, then appends them at once
    /// (one capacity and uniqueness check of the buffer instead of one per byte).
    @inline(__always)
    private mutating func compose(capacity: Int, _ body: (inout ByteCursor) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { scratch in
            var cursor = ByteCursor(scratch.baseAddress!)
            body(&cursor)
            bytes.append(contentsOf: cursor.written)
        }
    }

    /// Writes a member known at compile time (see `field`) whose value is a string, or null when there is none.
    public mutating func field(_ name: StaticString, string value: String?) {
        guard var value else {
            field(name)
            null()
            return
        }
        openString(field: name)
        value.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes a member known at compile time (see `field`) whose value is the UTF-8 `text` (a slice of an article),
    /// as a JSON string.
    public mutating func field(_ name: StaticString, utf8 text: ArraySlice<UInt8>) {
        openString(field: name)
        text.withUnsafeBufferPointer { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes `"name":"` (with the comma before it when needed): a string member up to its content.
    private mutating func openString(field name: StaticString) {
        let comma = needsComma
        compose(capacity: name.utf8CodeUnitCount + 5) { cursor in
            if comma { cursor.put(UInt8(ascii: ",")) }
            cursor.put(UInt8(ascii: "\""))
            cursor.put(name)
            cursor.put("\":\"")
        }
        needsComma = true
    }

    /// Writes the opening quote of a string value (with the comma before it when needed).
    private mutating func openString() {
        let comma = needsComma
        compose(capacity: 2) { cursor in
            if comma { cursor.put(UInt8(ascii: ",")) }
            cursor.put(UInt8(ascii: "\""))
        }
        needsComma = true
    }

    /// Writes UTF-8 `text` (a slice of an article) as a JSON string, without making a `String` first.
    public mutating func string(utf8 text: ArraySlice<UInt8>) {
        openString()
        text.withUnsafeBufferPointer { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func string(_ value: String) {
        openString()
        var value = value
        value.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }
    public mutating func int(_ value: Int) {
        let comma = needsComma
        compose(capacity: 22) { cursor in
            if comma { cursor.put(UInt8(ascii: ",")) }
            cursor.putDecimal(value)
        }
        needsComma = true
    }

    public mutating func bool(_ value: Bool) { literal(value ? "true" : "false") }
    public mutating func null() { literal("null") }

    private mutating func literal(_ word: StaticString) {
        let comma = needsComma
        compose(capacity: word.utf8CodeUnitCount + 1) { cursor in
            if comma { cursor.put(UInt8(ascii: ",")) }
            cursor.put(word)
        }
        needsComma = true
    }

    public mutating func double(_ value: Double) {
        separate()
        if !value.isFinite {
            bytes.append(contentsOf: "null".utf8)
        } else if value == value.rounded(), abs(value) < 1e15 {
            let integer = Int(Int64(value))
            compose(capacity: 21) { $0.putDecimal(integer) }
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case let .bool(flag): bool(flag)
        case let .number(number):
            separate()
            bytes.append(contentsOf: number.literal.utf8)
        case let .string(text): string(text)
        case let .array(elements):
            beginArray()
            for element in elements { self.value(element) }
            endArray()
        case let .object(members):
            beginObject()
            for member in members {
                key(member.key)
                self.value(member.value)
            }
            endObject()
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in 0..<utf8.count {
            let byte = utf8[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            runStart = index + 1
            bytes.append(0x5C)
            switch byte {
            case 0x22, 0x5C: bytes.append(byte)
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            default:
                bytes.append(UInt8(ascii: "u"))
                bytes.append(0x30)
                bytes.append(0x30)
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0xF)])
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
}
