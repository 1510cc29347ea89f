/// A read-only hash table from words to `EntityWordClass`, looked up straight from UTF-8 bytes so that the hot loop
/// never builds a `String`. Open addressing, FNV-1a hashing, linear probing, over memory allocated once.
struct WordTable: Sendable {
    /// The table's memory: immutable after `init`, so sharing it between threads is safe.
    private final class Storage: @unchecked Sendable {
        let slots: UnsafeMutablePointer<Int32>
        let hashes: UnsafeMutablePointer<UInt64>
        let starts: UnsafeMutablePointer<Int>
        let lengths: UnsafeMutablePointer<Int>
        let values: UnsafeMutablePointer<EntityWordClass>
        let pool: UnsafeMutablePointer<UInt8>
        let mask: Int

        init(_ words: [String: EntityWordClass]) {
            var capacity = 16
            while capacity < words.count * 2 { capacity *= 2 }
            mask = capacity - 1
            slots = .allocate(capacity: capacity)
            slots.initialize(repeating: -1, count: capacity)
            let count = max(words.count, 1)
            hashes = .allocate(capacity: count)
            starts = .allocate(capacity: count)
            lengths = .allocate(capacity: count)
            values = .allocate(capacity: count)
            let poolSize = max(words.keys.reduce(0) { $0 + $1.utf8.count }, 1)
            pool = .allocate(capacity: poolSize)
            var used = 0
            for (index, (word, value)) in words.enumerated() {
                let bytes = Array(word.utf8)
                let hash = bytes.withUnsafeBufferPointer { WordTable.hash($0.baseAddress!, bytes.count, fold: false) }
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(index)
                hashes[index] = hash
                starts[index] = used
                lengths[index] = bytes.count
                values[index] = value
                for byte in bytes {
                    pool[used] = byte
                    used += 1
                }
            }
        }

        deinit {
            slots.deallocate()
            hashes.deallocate()
            starts.deallocate()
            lengths.deallocate()
            values.deallocate()
            pool.deallocate()
        }
    }

    private let storage: Storage

    /// A table of `words`. Keys are compared byte for byte; lookups may fold ASCII capitals first.
    init(_ words: [String: EntityWordClass]) {
        storage = Storage(words)
    }

    /// The classes of the `length` bytes at `word`, with ASCII capitals folded to lower case when `fold` is set.
    func lookup(_ word: UnsafePointer<UInt8>, _ length: Int, fold: Bool) -> EntityWordClass {
        let table = storage
        let hash = Self.hash(word, length, fold: fold)
        var slot = Int(truncatingIfNeeded: hash) & table.mask
        while true {
            let index = Int(table.slots[slot])
            if index < 0 { return [] }
            if table.hashes[index] == hash && table.lengths[index] == length {
                let base = table.pool + table.starts[index]
                var same = true
                for offset in 0..<length {
                    var byte = word[offset]
                    if fold, (byte &- 0x41) < 26 { byte |= 0x20 }
                    if byte != base[offset] {
                        same = false
                        break
                    }
                }
                if same { return table.values[index] }
            }
            slot = (slot + 1) & table.mask
        }
    }

    fileprivate static func hash(_ word: UnsafePointer<UInt8>, _ length: Int, fold: Bool) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for offset in 0..<length {
            var byte = word[offset]
            if fold, (byte &- 0x41) < 26 { byte |= 0x20 }
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
