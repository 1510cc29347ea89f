// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Verbatim",
    products: [
        .library(name: "Verbatim", targets: ["Verbatim"]),
        .library(name: "VerbatimEval", targets: ["VerbatimEval"]),
        .library(name: "VerbatimStore", targets: ["VerbatimStore"]),
        .executable(name: "verbatim", targets: ["verbatim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // C shims: the only places that include system ICU, libxml2 and zlib headers
        // (see ../shared/docs/c-interop.md for why they stay out of Swift-visible module maps).
        .target(
            name: "CICUShim",
            linkerSettings: [.linkedLibrary("icuuc")]
        ),
        // libxml2's include path and library from pkg-config (no `.unsafeFlags`, so Verbatim can be a dependency).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "CLibXMLShim",
            dependencies: ["CLibXML2"]
        ),
        .target(
            name: "CZlibShim",
            linkerSettings: [.linkedLibrary("z")]
        ),
        .target(
            name: "Verbatim",
            dependencies: ["CICUShim", "CLibXMLShim", "CZlibShim"]
        ),
        .target(
            name: "VerbatimEval",
            dependencies: ["Verbatim"]
        ),
        // SQLite output (schema in README "Databases"): reads verbatim/1 lines, writes them with GRDB.
        .target(
            name: "VerbatimStore",
            dependencies: ["Verbatim", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "verbatim",
            dependencies: [
                "Verbatim",
                "VerbatimEval",
                "VerbatimStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "VerbatimTests",
            dependencies: ["Verbatim"]
        ),
        .testTarget(
            name: "VerbatimEvalTests",
            dependencies: ["VerbatimEval", "Verbatim"]
        ),
        .testTarget(
            name: "VerbatimStoreTests",
            dependencies: ["VerbatimStore", "Verbatim", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
