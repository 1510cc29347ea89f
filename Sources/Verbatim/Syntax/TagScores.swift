/// The 17 tag scores of one token, held as a 16-lane vector and one more lane, so adding a weight row is two
/// vector operations instead of 17 scalar ones.
struct TagScores {
    var lanes: SIMD16<Int32>
    var last: Int32

    static let zero = TagScores(lanes: .zero, last: 0)

    /// Adds a row of 17 fixed-point weights.
    @inline(__always)
    mutating func add(_ row: UnsafePointer<Int16>) {
        let vector = UnsafeRawPointer(row).loadUnaligned(as: SIMD16<Int16>.self)
        lanes &+= SIMD16<Int32>(truncatingIfNeeded: vector)
        last &+= Int32(row[16])
    }

    /// The scores stored at `pointer` (17 `Int32`).
    @inline(__always)
    init(loadingFrom pointer: UnsafePointer<Int32>) {
        lanes = UnsafeRawPointer(pointer).loadUnaligned(as: SIMD16<Int32>.self)
        last = pointer[16]
    }

    init(lanes: SIMD16<Int32>, last: Int32) {
        self.lanes = lanes
        self.last = last
    }

    /// Stores the scores at `pointer` (17 `Int32`).
    @inline(__always)
    func store(to pointer: UnsafeMutablePointer<Int32>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: lanes, as: SIMD16<Int32>.self)
        pointer[16] = last
    }

    /// Appends the scores clamped to `Int16`, as a model row.
    @inline(__always)
    func appendClamped(to rows: inout [Int16]) {
        let clamped = SIMD16<Int16>(clamping: lanes)
        for lane in 0..<16 { rows.append(clamped[lane]) }
        rows.append(Int16(clamping: last))
    }

    /// The first tag with the highest score.
    @inline(__always)
    var best: Int {
        let highest = Swift.max(lanes.max(), last)
        for lane in 0..<16 where lanes[lane] == highest { return lane }
        return 16
    }
}
