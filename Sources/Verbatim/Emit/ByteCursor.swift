/// Writes bytes one after another into scratch memory its caller owns (see `JSONWriter`, which composes a short run
/// of JSON on the stack this way and then appends it to its buffer at once).
struct ByteCursor {
    private let start: UnsafeMutablePointer<UInt8>
    /// Bytes written so far.
    private(set) var count = 0

    /// A cursor at the start of `start`; the caller makes sure the memory holds every byte written.
    init(_ start: UnsafeMutablePointer<UInt8>) {
        self.start = start
    }

    /// The bytes written so far.
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    @inline(__always)
    mutating func put(_ byte: UInt8) {
        start[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func put(_ text: StaticString) {
        text.withUTF8Buffer { buffer in
            guard let base = buffer.baseAddress else { return }
            (start + count).update(from: base, count: buffer.count)
            count += buffer.count
        }
    }

    /// Writes `value` in decimal ASCII digits, the way `String(value)` spells it (at most 20 bytes).
    @inline(__always)
    mutating func putDecimal(_ value: Int) {
        if value < 0 { put(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digitCount = 1
        var scale: UInt = 10
        while digitCount < 20, magnitude >= scale {
            digitCount += 1
            scale &*= 10
        }
        var position = count + digitCount
        count = position
        repeat {
            position -= 1
            start[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }
}
