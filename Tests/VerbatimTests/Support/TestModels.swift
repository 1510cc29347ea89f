import Foundation
import Verbatim

/// Shared test fixtures: the repository's Models folder, loaded once.
enum TestModels {
    /// The repository root (two folders above this file's test target folder).
    static let repositoryRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static let models: Models = {
        do {
            return try Models(directory: repositoryRoot + "/Models")
        } catch {
            fatalError("the repository's Models do not load: \(error)")
        }
    }()

    /// Runs the standard pipeline on `text` and returns the document.
    static func process(_ text: String, id: String = "test") throws -> Document {
        var document = Document(id: id, source: id, text: text)
        try Pipeline.standard(models: models).process(&document)
        return document
    }

    /// The sentences of `text` as strings.
    static func sentences(_ text: String) throws -> [String] {
        let document = try process(text)
        return document.sentences.map { document.substring($0) }
    }

    /// A fresh temporary folder.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "verbatim-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
