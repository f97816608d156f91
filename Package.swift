// swift-tools-version: 6.1
import PackageDescription

/// The program's own targets are optimised even in debug builds, so the test suite checks
/// time limits (malformed input in seconds, long key soaks) on code as fast as users run.
let optimized: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "sco",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sco", targets: ["sco"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(name: "SCOText", swiftSettings: optimized),
        .target(
            name: "SCOModel",
            dependencies: ["SCOText", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")],
            swiftSettings: optimized
        ),
        .target(
            name: "BuiltinChronicle",
            path: "Resources",
            // Only the database image is compiled in: the JSON is written from it when asked for
            // (a test keeps the two the same), and a megabyte of array literals took the
            // compiler over ten minutes.
            exclude: ["README.md", "sco.schema.json", "sco.json"],
            resources: [.embedInCode("sco.sqlite")]
        ),
        .target(name: "SCOCore", dependencies: ["SCOModel", "SCOText"], swiftSettings: optimized),
        .target(name: "SCOView", dependencies: ["SCOCore", "SCOModel", "SCOText"], swiftSettings: optimized),
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // DWARF 4 for the C targets, so the valgrind of Debian 12 can read the debug build's symbols.
        .target(name: "CWait", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        .target(name: "CSignals", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        .target(name: "SCORuntime", dependencies: ["CWait", "SCOCore", "SCOModel", "SCOView"], swiftSettings: optimized),
        .target(
            name: "SCOConfig",
            dependencies: ["SCOCore", "SCOModel", "SCOView", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: optimized
        ),
        .target(name: "SCOTerminal", dependencies: ["CNcursesw", "SCORuntime", "SCOText", "SCOView"], swiftSettings: optimized),
        .executableTarget(
            name: "sco",
            dependencies: [
                "SCOText", "SCOModel", "BuiltinChronicle", "SCOCore", "SCOView", "SCORuntime", "SCOTerminal", "SCOConfig", "CSignals",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "sco-bench",
            dependencies: ["SCOModel", "BuiltinChronicle", "SCOCore", "SCOView", "SCORuntime"],
            swiftSettings: optimized
        ),
        .target(name: "TestSupport", dependencies: ["SCOModel", "BuiltinChronicle"], path: "Tests/TestSupport"),
        .testTarget(name: "SCOTextTests", dependencies: ["SCOText"]),
        .testTarget(name: "SCOModelTests", dependencies: ["SCOModel", "SCOText", "BuiltinChronicle", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "SCOCoreTests", dependencies: ["SCOCore", "SCORuntime", "TestSupport"]),
        .testTarget(name: "SCORuntimeTests", dependencies: ["SCORuntime", "TestSupport"]),
        .testTarget(name: "SCOTerminalTests", dependencies: ["SCOTerminal"]),
        .testTarget(name: "SCOConfigTests", dependencies: ["SCOConfig", "SCOCore", "SCOModel", "SCOView", "TestSupport"]),
        .testTarget(name: "SCOViewTests", dependencies: ["SCOView", "SCORuntime", "TestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "EndToEndTests", dependencies: ["SCOModel", "SCOText", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
