import Foundation

/// Paths of the checkout, found from this file's location so tests do not depend on the working directory.
enum RepositoryPaths {
    /// The package root (the folder holding Package.swift).
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // VerbatimEvalTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `../shared/data/polnear-dev.jsonl`, beside the package.
    static let polnearDev = root.appendingPathComponent("../shared/data/polnear-dev.jsonl").standardized.path

    /// The `Corpus/gold` folder.
    static let corpusGold = root.appendingPathComponent("Corpus/gold").path

    /// `Corpus/thresholds.json`.
    static let thresholds = root.appendingPathComponent("Corpus/thresholds.json").path

    /// Whether a file exists at `path`.
    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}
