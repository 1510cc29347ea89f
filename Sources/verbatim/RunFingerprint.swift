import Foundation
import Verbatim

/// What makes the records of a run what they are, as a short value every record carries (`"options"`), so that
/// `--resume` continues only an output made the same way. It covers the options that change records
/// (`--with-sentences`, `--with-text`, `--with-tokens`, `--format`, `--max-article-mb`) and the content of the
/// Models folder;
/// not `--jobs`, `--quiet` or the outputs, which change no record.
///
/// The value is `v1-` and 16 hex digits of a 64-bit FNV-1a hash of a canonical description (`description`), so
/// records stay short; the refusal message names the options of this run.
struct RunFingerprint: Sendable {
    /// The canonical text hashed, e.g. `sentences=0;text=1;format=auto;max-article-mb=64;models=…`.
    let description: String
    /// The value records carry.
    let value: String

    init(withSentences: Bool, withText: Bool, withTokens: Bool, format: InputFormat, maxArticleMB: Int,
         modelsDirectory: String) {
        // The syntax models change records only when the syntax stages run.
        let models = Self.hex(Self.digest(ofFolder: modelsDirectory, skipping: withTokens ? nil : "syntax/"))
        description = "sentences=\(withSentences ? 1 : 0);text=\(withText ? 1 : 0);"
            + (withTokens ? "tokens=1;" : "") + "format=\(format.rawValue);"
            + "max-article-mb=\(maxArticleMB);models=\(models)"
        var hash = Self.offsetBasis
        Self.mix(Array(description.utf8), into: &hash)
        value = "v1-" + Self.hex(hash)
    }

    /// The options of this run as the user gave them, for messages.
    static func describe(withSentences: Bool, withText: Bool, withTokens: Bool, format: InputFormat,
                         maxArticleMB: Int) -> String {
        var parts: [String] = []
        if withSentences { parts.append("--with-sentences") }
        if withText { parts.append("--with-text") }
        if withTokens { parts.append("--with-tokens") }
        if format != .auto { parts.append("--format \(format.rawValue)") }
        if maxArticleMB != 64 { parts.append("--max-article-mb \(maxArticleMB)") }
        return parts.isEmpty ? "no record options" : parts.joined(separator: " ")
    }

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    private static func mix(_ bytes: [UInt8], into hash: inout UInt64) {
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }

    /// Mixes `data` eight bytes at a time (the tagger model alone is megabytes: a byte loop would cost start-up).
    private static func mixWords(_ data: Data, into hash: inout UInt64) {
        data.withUnsafeBytes { raw in
            let words = raw.count / 8
            for index in 0..<words {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* 0x100_0000_01b3
                hash ^= hash >> 29
            }
            for index in (words * 8)..<raw.count { hash = (hash ^ UInt64(raw[index])) &* 0x100_0000_01b3 }
        }
        hash = (hash ^ UInt64(data.count)) &* 0x100_0000_01b3
    }

    /// A hash of every file under `folder` (relative paths and contents, in sorted order), leaving out the paths
    /// that start with `skipped`.
    private static func digest(ofFolder folder: String, skipping skipped: String?) -> UInt64 {
        var hash = offsetBasis
        let files = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted()
        for relative in files where skipped.map({ !relative.hasPrefix($0) }) ?? true {
            guard let data = FileManager.default.contents(atPath: folder + "/" + relative) else { continue }
            mix(Array(relative.utf8) + [0], into: &hash)
            mixWords(data, into: &hash)
        }
        return hash
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
