import Foundation

/// Writes test files.
enum FileManagerWriter {
    @discardableResult
    static func write(_ text: String, to path: String) -> Bool {
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }
}
