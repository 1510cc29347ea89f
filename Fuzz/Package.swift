// swift-tools-version:6.0
// The fuzz target, as its own package so that `swift build` of the root package never builds it.
// Build and run it with scripts/fuzz (it needs `-sanitize=fuzzer`, which links libFuzzer's own main).
import Foundation
import PackageDescription

/// The root package is a path dependency; its identity is its folder's name, whatever the checkout is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "VerbatimFuzz",
    dependencies: [
        .package(path: root.path),
    ],
    targets: [
        .executableTarget(
            name: "VerbatimFuzz",
            dependencies: [
                .product(name: "Verbatim", package: root.lastPathComponent),
                .product(name: "VerbatimStore", package: root.lastPathComponent),
            ]
        ),
    ]
)
