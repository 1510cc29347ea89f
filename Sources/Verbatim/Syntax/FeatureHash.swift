/// A 64-bit FNV-1a hash of a feature template number and a byte string: the key of a tagger feature.
///
/// Stable across runs and machines (unlike `Hasher`), so a trained model's keys mean the same thing at load time.
enum FeatureHash {
    static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The hash of `template` followed by `bytes`.
    @inline(__always)
    static func hash(template: UInt8, _ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = (offsetBasis ^ UInt64(template)) &* prime
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* prime
        }
        return hash
    }

    /// The hash of a word as the model's cache keys it: its UTF-8 bytes with every ASCII digit read as `0`.
    @inline(__always)
    static func formKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in bytes {
            let folded = (byte &- 0x30) < 10 ? 0x30 : byte
            hash = (hash ^ UInt64(folded)) &* prime
        }
        return hash
    }

    /// `formKey` of a byte array.
    static func formKey(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { formKey($0) }
    }

    /// Mixes two keys into one (a feature made of two parts).
    @inline(__always)
    static func combine(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        var result = (hash ^ value) &* 0x9E37_79B9_7F4A_7C15
        result ^= result >> 31
        result = (result ^ hash) &* prime
        return result ^ (result >> 29)
    }
}
