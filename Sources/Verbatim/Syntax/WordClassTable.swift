import Foundation

/// Lexicon classes of words, as bits: which `Models/` lists a word is in (a cue verb, a title, a given name, ...).
///
/// The classes are named in `Models/syntax/word-classes.tsv`, one a line: `class<TAB>lexicon file` (relative to
/// `Models/`); the class's bit is its line's position among the classes (at most 32). A word is in a class when its
/// lower-cased form is the first field of a line of that file.
public struct WordClassTable: Sendable {
    /// The class names, by bit.
    public let names: [String]
    private let keys: [UInt64]
    private let values: [UInt32]

    /// Loads the classes named in `directory/syntax/word-classes.tsv` (`directory` is the `Models/` folder).
    public init(modelsDirectory directory: String) throws(ModelError) {
        let index = try LexiconFile(path: directory + "/syntax/word-classes.tsv", fields: 2...2)
        guard index.entries.count <= 32 else {
            throw ModelError(path: index.path, message: "at most 32 word classes fit in a token's bits: merge some")
        }
        var names: [String] = []
        var bits: [String: UInt32] = [:]
        for entry in index.entries {
            let name = entry.fields[0]
            guard !names.contains(name) else {
                throw ModelError(path: index.path, line: entry.line, message: "class '\(name)' is named twice")
            }
            let file = entry.fields[1]
            guard !file.hasPrefix("/"), !file.contains("..") else {
                throw ModelError(path: index.path, line: entry.line,
                                 message: "'\(file)' must be a path inside the Models folder")
            }
            let lexicon = try LexiconFile(path: directory + "/" + file, fields: 1...8)
            let bit = UInt32(1) << UInt32(names.count)
            for word in lexicon.entries { bits[word.fields[0].lowercased(), default: 0] |= bit }
            names.append(name)
        }
        self.names = names
        let words = bits.keys.sorted()
        let table = TaggerModel.hashTable(keys: words.map { Self.key(Array($0.utf8)) }, values: words.map { bits[$0]! })
        self.keys = table.keys
        self.values = table.values
    }

    /// The bit of class `name`, or nil when no such class is named.
    public func bit(_ name: String) -> UInt32? {
        names.firstIndex(of: name).map { UInt32(1) << UInt32($0) }
    }

    /// The class bits of the word at `bytes` (UTF-8), 0 for none.
    @inline(__always)
    func classes(of bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash = FeatureHash.offsetBasis
        for byte in bytes {
            if byte >= 0x80 { return classes(ofNonASCII: Array(bytes)) }
            let lower = (byte &- 0x41) < 26 ? byte | 0x20 : byte
            hash = (hash ^ UInt64(lower)) &* FeatureHash.prime
        }
        return TaggerModel.lookup(hash, keys, values).map { UInt32($0) } ?? 0
    }

    private func classes(ofNonASCII bytes: [UInt8]) -> UInt32 {
        let lower = Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8)
        return TaggerModel.lookup(Self.key(lower), keys, values).map { UInt32($0) } ?? 0
    }

    /// The table key of an already lower-cased word.
    private static func key(_ bytes: [UInt8]) -> UInt64 {
        var hash = FeatureHash.offsetBasis
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* FeatureHash.prime }
        return hash
    }
}
