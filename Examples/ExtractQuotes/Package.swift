// swift-tools-version:6.0
// The README's library example: a package that depends on Verbatim by path (use a `url:` and a version instead
// once Verbatim is published). Build and run it with `swift run` in this folder.
import PackageDescription

let package = Package(
    name: "ExtractQuotes",
    dependencies: [
        .package(name: "Verbatim", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "ExtractQuotes",
            dependencies: [.product(name: "Verbatim", package: "Verbatim")]
        ),
    ]
)
