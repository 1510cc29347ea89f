import Foundation

/// The binary form of a `TaggerModel` (`Models/syntax/tagger.bin`), read in one pass at start.
///
/// Layout, little-endian: the magic `VBTAGGER`, a format version (`UInt32`), the tag names joined by commas (so a
/// model of another tag set is refused), the provenance text, then each array as a `UInt64` count and its
/// elements, and last a checksum (`UInt64`) of every byte before it. The form cache is stored as its forms; its
/// rows are summed from the feature table at load (`TaggerModel.init`), which keeps the file small.
enum TaggerModelFile {
    static let magic = Array("VBTAGGER".utf8)
    static let version: UInt32 = 2

    /// The model as file bytes.
    static func encode(_ model: TaggerModel) -> [UInt8] {
        var writer = Writer()
        writer.bytes.append(contentsOf: magic)
        writer.put(version)
        writer.put(string: UniversalTag.allCases.map(\.name).joined(separator: ","))
        writer.put(string: model.provenance)
        writer.put(array: model.dense)
        writer.put(array: model.featureKeys)
        writer.put(array: model.featureRows)
        writer.put(array: model.featureWeights)
        writer.put(array: model.formPool)
        writer.put(array: model.formOffsets)
        writer.put(array: model.formTags)
        writer.put(checksum(writer.bytes[...]))
        return writer.bytes
    }

    /// The model in `bytes`, read from `path` (for messages).
    static func decode(_ bytes: [UInt8], path: String) throws(ModelError) -> TaggerModel {
        let retrain = "retrain it with `verbatim train-tagger` (Models/README.md) or restore the file from the checkout"
        guard bytes.count >= magic.count + 12, Array(bytes.prefix(magic.count)) == magic else {
            throw ModelError(path: path, message: "not a Verbatim tagger model: \(retrain)")
        }
        let body = bytes[..<(bytes.count - 8)]
        var stored: UInt64 = 0
        for index in 0..<8 { stored |= UInt64(bytes[bytes.count - 8 + index]) << UInt64(8 * index) }
        guard checksum(body) == stored else {
            throw ModelError(path: path, message: "the checksum does not match (the file is damaged or cut off): \(retrain)")
        }
        var reader = Reader(bytes: bytes, position: magic.count, end: bytes.count - 8)
        do throws(TaggerModelError) {
            let fileVersion: UInt32 = try reader.scalar()
            guard fileVersion == version else {
                throw TaggerModelError("format version \(fileVersion), this build reads version \(version)")
            }
            let tags = try reader.string()
            guard tags == UniversalTag.allCases.map(\.name).joined(separator: ",") else {
                throw TaggerModelError("the model's tag set differs (\(tags))")
            }
            let model = try TaggerModel(
                provenance: try reader.string(), dense: try reader.array(), featureKeys: try reader.array(),
                featureRows: try reader.array(), featureWeights: try reader.array(), formPool: try reader.array(),
                formOffsets: try reader.array(), formTags: try reader.array())
            guard reader.position == reader.end else { throw TaggerModelError("bytes left after the last table") }
            return model
        } catch {
            throw ModelError(path: path, message: "\(error.message): \(retrain)")
        }
    }

    /// Reads the model file at `path`.
    static func load(path: String) throws(ModelError) -> TaggerModel {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ModelError(path: path, message: "cannot read the tagger model: check that the Models folder is complete, or train one with `verbatim train-tagger` (Models/README.md)")
        }
        return try decode([UInt8](data), path: path)
    }

    /// A checksum of `bytes`, eight bytes at a time.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash = FeatureHash.offsetBasis
        bytes.withUnsafeBufferPointer { buffer in
            let words = buffer.count / 8
            let raw = UnsafeRawBufferPointer(buffer)
            for index in 0..<words {
                let word = raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
                hash = (hash ^ word) &* FeatureHash.prime
                hash ^= hash >> 29
            }
            for index in (words * 8)..<buffer.count {
                hash = (hash ^ UInt64(buffer[index])) &* FeatureHash.prime
            }
        }
        return hash
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func put<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }

        mutating func put(string: String) {
            let utf8 = Array(string.utf8)
            put(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }

        mutating func put<T: FixedWidthInteger>(array: [T]) {
            put(UInt64(array.count))
            for value in array { put(value) }
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var position: Int
        let end: Int

        mutating func scalar<T: FixedWidthInteger>() throws(TaggerModelError) -> T {
            let size = MemoryLayout<T>.size
            guard end - position >= size else { throw TaggerModelError("the file ends inside a table") }
            var value: T = 0
            bytes.withUnsafeBytes { raw in
                value = T(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: T.self))
            }
            position += size
            return value
        }

        mutating func string() throws(TaggerModelError) -> String {
            let count: UInt64 = try scalar()
            guard count <= UInt64(end - position) else { throw TaggerModelError("a text runs past the end") }
            let text = String(decoding: bytes[position..<(position + Int(count))], as: UTF8.self)
            position += Int(count)
            return text
        }

        mutating func array<T: FixedWidthInteger>() throws(TaggerModelError) -> [T] {
            let count: UInt64 = try scalar()
            let size = MemoryLayout<T>.size
            guard count <= UInt64((end - position) / size) else { throw TaggerModelError("a table runs past the end") }
            let values = [T](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
                bytes.withUnsafeBytes { raw in
                    let source = UnsafeRawBufferPointer(rebasing: raw[position..<(position + Int(count) * size)])
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
                }
                initialized = Int(count)
            }
            position += Int(count) * size
            return values
        }
    }
}
