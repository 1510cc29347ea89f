import Foundation

/// Finds the plain-text pages of `articleBody` gold that has no saved HTML: an `input.jsonl` of `{"id", "text"}`
/// lines beside the gold file, as `zyte-dev-plaintext` stores them (`gold.jsonl` + `input.jsonl`).
public struct PlainTextInputLocator: Sendable {
    /// The JSONL file of `{"id", "text"}` lines.
    public let path: String

    public static let fileName = "input.jsonl"

    public init(path: String) {
        self.path = path
    }

    /// The `input.jsonl` beside a gold file, when it exists.
    public static func besideGold(_ goldPath: String) -> PlainTextInputLocator? {
        let file = URL(fileURLWithPath: goldPath).deletingLastPathComponent().appendingPathComponent(fileName).path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return nil
        }
        return PlainTextInputLocator(path: file)
    }

    /// The input records (with `text`) whose ids are in `ids`, in file order.
    public func records(for ids: Set<String>) throws -> [ArticleRecord] {
        try RecordFile.read(path: path).filter { ids.contains($0.id) && $0.text != nil }
    }
}
