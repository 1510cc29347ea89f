/// A JSON number as written: the literal is kept, so integers beyond 2^53 (Snowflake-style ids) and decimals pass
/// from input to output digit for digit. `double` gives its value for arithmetic.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral {
    /// The number in JSON syntax, exactly as read (or as formatted, for a number made from a value).
    public let literal: String

    /// A number from a literal the caller has checked is JSON number syntax (`JSONParser` does).
    init(checkedLiteral literal: String) {
        self.literal = literal
    }

    /// A number from a value: integral values up to 10^15 as plain digits, others as Swift prints them;
    /// infinities and NaN, which JSON cannot hold, become 0.
    public init(_ value: Double) {
        if !value.isFinite {
            literal = "0"
        } else if value == value.rounded(), abs(value) < 1e15 {
            literal = String(Int64(value))
        } else {
            literal = String(value)
        }
    }

    public init(_ value: Int) {
        literal = String(value)
    }

    public init(integerLiteral value: Int) {
        self.init(value)
    }

    public init(floatLiteral value: Double) {
        self.init(value)
    }

    /// The value as a `Double` (rounded when the literal has more digits than a double holds).
    public var double: Double { Double(literal) ?? 0 }

    /// The value as an integer, when the literal is one (no fraction, no exponent) that fits in 64 bits.
    public var int64: Int64? { Int64(literal) }

    public var description: String { literal }

    /// Whether `bytes` are one JSON number (RFC 8259: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`).
    static func isValid(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        func digits() -> Int {
            let start = index
            while index < bytes.endIndex, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - start
        }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.endIndex else { return false }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else if digits() == 0 {
            return false
        }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return false }
        }
        if index < bytes.endIndex, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return false }
        }
        return index == bytes.endIndex
    }
}
