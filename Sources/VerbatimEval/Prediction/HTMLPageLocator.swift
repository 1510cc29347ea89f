import Foundation

/// Finds the saved HTML page of each gold article in a folder: `ID.html.gz`, `ID.html`, `ID.htm.gz` or `ID.htm`,
/// as the Zyte benchmark stores them.
public struct HTMLPageLocator: Sendable {
    /// The folder holding the pages.
    public let directory: String

    static let suffixes = [".html.gz", ".html", ".htm.gz", ".htm"]

    public init(directory: String) {
        self.directory = directory
    }

    /// The page for `id`, or nil when the folder has none.
    public func page(for id: String) -> String? {
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        for suffix in Self.suffixes {
            let path = base + "/" + id + suffix
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return nil
    }

    /// The `html` folder beside a gold file, when it exists (`data/zyte-dev/gold.jsonl` → `data/zyte-dev/html`).
    public static func besideGold(_ goldPath: String) -> HTMLPageLocator? {
        let folder = URL(fileURLWithPath: goldPath).deletingLastPathComponent().appendingPathComponent("html").path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        return HTMLPageLocator(directory: folder)
    }
}
