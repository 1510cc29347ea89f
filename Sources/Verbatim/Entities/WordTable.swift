/// A read-only hash table from words to `EntityWordClass`, looked up straight from UTF-8 bytes so that the hot loop
/// never builds a `String`. Open addressing, FNV-1a hashing, linear probing, over memory allocated once.
///
/// Each 4-byte slot packs the top 12 bits of the word's hash with its entry number, so a probe that misses touches
/// one small slot and nothing else, and the slots of even the given-name table stay in cache.
struct WordTable: Sendable {
    /// One stored word: where its bytes sit in the pool, and its classes.
    private struct Entry {
        var start: Int32
        var length: Int32
        var value: EntityWordClass
    }

    /// The table's memory: immutable after `init`, so sharing it between threads is safe.
    private final class Storage: @unchecked Sendable {
        /// `hash >> 52 << 20 | (entry + 1)`, or 0 for an empty slot.
        let slots: UnsafeMutablePointer<UInt32>
        let entries: UnsafeMutablePointer<Entry>
        let pool: UnsafeMutablePointer<UInt8>
        let mask: Int
        let count: Int

        init(_ words: [(String, EntityWordClass)]) {
            count = words.count
            var capacity = 16
            precondition(words.count < WordTable.indexMask, "a word table holds fewer than 2^20 words")
            while capacity < words.count * 2 { capacity *= 2 }
            mask = capacity - 1
            slots = .allocate(capacity: capacity)
            slots.initialize(repeating: 0, count: capacity)
            entries = .allocate(capacity: max(words.count, 1))
            let poolSize = max(words.reduce(0) { $0 + $1.0.utf8.count }, 1)
            pool = .allocate(capacity: poolSize)
            var used = 0
            for (index, (word, value)) in words.enumerated() {
                let bytes = Array(word.utf8)
                let hash = bytes.withUnsafeBufferPointer { WordTable.hash($0.baseAddress!, bytes.count, fold: false) }
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = WordTable.tag(hash) | UInt32(index + 1)
                entries[index] = Entry(start: Int32(used), length: Int32(bytes.count), value: value)
                for byte in bytes {
                    pool[used] = byte
                    used += 1
                }
            }
        }

        deinit {
            slots.deallocate()
            entries.deallocate()
            pool.deallocate()
        }
    }

    private let storage: Storage

    /// A table of `words`. Keys are compared byte for byte; lookups may fold ASCII capitals first.
    init(_ words: [String: EntityWordClass]) {
        storage = Storage(words.map { ($0.key, $0.value) })
    }

    /// A table of `keys`, whose `index(_:_:fold:)` is the key's position in `keys` (the quote vocabulary numbers its
    /// words this way).
    init(keys: [String]) {
        storage = Storage(keys.map { ($0, EntityWordClass.gazetteerStart) })
    }

    /// The number of words in the table; `index(_:_:fold:)` answers below it.
    var count: Int { storage.count }

    /// The classes of the `length` bytes at `word`, with ASCII capitals folded to lower case when `fold` is set.
    @inline(__always)
    func lookup(_ word: UnsafePointer<UInt8>, _ length: Int, fold: Bool) -> EntityWordClass {
        guard let index = index(word, length, fold: fold) else { return [] }
        return storage.entries[index].value
    }

    /// The position of the word among the keys (or -1) and its classes, for a word whose `hash(_:_:fold:)` the
    /// caller already computed.
    @inline(__always)
    func entry(_ word: UnsafePointer<UInt8>, _ length: Int, fold: Bool,
               hash: UInt64) -> (index: Int32, classes: EntityWordClass) {
        guard let index = index(word, length, fold: fold, hash: hash) else { return (-1, []) }
        return (Int32(index), storage.entries[index].value)
    }

    /// `lookup(_:_:fold:)` for a word whose `hash(_:_:fold:)` the caller already computed.
    @inline(__always)
    func lookup(_ word: UnsafePointer<UInt8>, _ length: Int, fold: Bool, hash: UInt64) -> EntityWordClass {
        guard let index = index(word, length, fold: fold, hash: hash) else { return [] }
        return storage.entries[index].value
    }

    /// The position of the word among the keys the table was made from, or nil.
    func index(_ word: UnsafePointer<UInt8>, _ length: Int, fold: Bool) -> Int? {
        index(word, length, fold: fold, hash: Self.hash(word, length, fold: fold))
    }

    /// `index(_:_:fold:)` for a word whose hash is already known.
    @inline(__always)
    private func index(_ word: UnsafePointer<UInt8>, _ length: Int, fold: Bool, hash: UInt64) -> Int? {
        let table = storage
        let tag = Self.tag(hash)
        var slot = Int(truncatingIfNeeded: hash) & table.mask
        while true {
            let packed = table.slots[slot]
            if packed == 0 { return nil }
            if packed & ~Self.indexMask == tag {
                let index = Int(packed & Self.indexMask) - 1
                let entry = table.entries[index]
                if Int(entry.length) == length {
                    let base = table.pool + Int(entry.start)
                    var same = true
                    for offset in 0..<length {
                        var byte = word[offset]
                        if fold, (byte &- 0x41) < 26 { byte |= 0x20 }
                        if byte != base[offset] {
                            same = false
                            break
                        }
                    }
                    if same { return index }
                }
            }
            slot = (slot + 1) & table.mask
        }
    }

    /// The low bits of a slot: the entry number plus one.
    fileprivate static let indexMask: UInt32 = 0xF_FFFF

    /// The high bits of a slot: the top 12 bits of the hash.
    @inline(__always) fileprivate static func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 52) << 20 }

    /// The hash of no bytes; `hash(_:adding:)` extends a hash by one byte.
    static let emptyHash: UInt64 = 0xCBF2_9CE4_8422_2325

    /// `hash` extended by `byte` (FNV-1a), as `hash(_:_:fold:)` computes it byte by byte.
    @inline(__always)
    static func hash(_ hash: UInt64, adding byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The hash of the `length` bytes at `word`, with ASCII capitals folded to lower case when `fold` is set.
    @inline(__always)
    static func hash(_ word: UnsafePointer<UInt8>, _ length: Int, fold: Bool) -> UInt64 {
        var hash = emptyHash
        for offset in 0..<length {
            var byte = word[offset]
            if fold, (byte &- 0x41) < 26 { byte |= 0x20 }
            hash = Self.hash(hash, adding: byte)
        }
        return hash
    }
}
