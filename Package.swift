// swift-tools-version: 6.2
import PackageDescription

// TALLY_WITHOUT_STORE=1 builds Tally without its PostgreSQL store (issue 16): no TallyStore, no
// TallyStoreTests, and a `tally` without `db` and `--db` (the CLI's store files left out, the
// rest of its store code under `#if TALLY_STORE`). `make test-asan` and `make test-tsan` set it.
// The store is Swift over SwiftNIO and postgres-nio with no pointer or raw buffer of Tally's own,
// and the sanitized runs are for the readers' raw memory and threads; left in, the store would
// build SwiftNIO, postgres-nio and BoringSSL (swift-crypto, swift-nio-ssl) a second time,
// sanitized (RELIABILITY.md, The code itself). `make test` builds and runs the store's tests.
// SwiftPM leaves Package.resolved as it is when fewer dependencies are declared: the same file
// serves both builds.
let withStore = Context.environment["TALLY_WITHOUT_STORE"] != "1"

let package = Package(
    name: "Tally",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tally", targets: ["tally"]),
        .library(name: "TallyCore", targets: ["TallyCore"]),
        .library(name: "TallyExport", targets: ["TallyExport"]),
        .library(name: "TallyRun", targets: ["TallyRun"]),
        .library(name: "TallyExtract", targets: ["TallyExtract"]),
    ] + (withStore ? [.library(name: "TallyStore", targets: ["TallyStore"])] : []),
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ] + (withStore ? storeDependencies : []),
    targets: [
        // The C library libxlsxwriter (Debian: libxlsxwriter-dev), reached only from TallyExport/XLSX.
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),

        // The C library libcurl (Debian: libcurl4-openssl-dev), reached only from
        // TallyExtract/Web/WebFetch.swift: addresses fetched with a time limit, a byte cap and a
        // redirect limit.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),

        // Intel's ISA-L (Debian: libisal-dev), reached only from
        // TallyCore/Workbook/ZipEntryStream.swift: the sheets of an .xlsx workbook inflated as
        // they are read. Its inflate is about three times zlib's speed (0.3 s against 0.8 s for
        // the gigabyte of XML in a million-row sheet), which decides how fast a workbook reads.
        .systemLibrary(
            name: "CInflate",
            pkgConfig: "libisal",
            providers: [.apt(["libisal-dev"])]
        ),

        // The library that does the work: records, reading, validation, periods, aggregation.
        .target(
            name: "TallyCore",
            dependencies: ["CInflate"],
            swiftSettings: [.enableUpcomingFeature("InternalImportsByDefault")]
        ),

        // Emitters (CSV, JSON, text, XLSX, HTML) and atomic file output.
        .target(
            name: "TallyExport",
            dependencies: ["TallyCore", "CXLSXWriter"],
            exclude: ["HTML/Map/PROVENANCE.md"],
            swiftSettings: [.enableUpcomingFeature("InternalImportsByDefault")]
        ),

        // The run layer: one command's read-to-write step (outputs checked first, the read,
        // --rejects, --strict, the atomic commit) and the exit status of every outcome.
        .target(
            name: "TallyRun",
            dependencies: ["TallyCore", "TallyExport"],
            swiftSettings: [.enableUpcomingFeature("InternalImportsByDefault")]
        ),

        // News articles -> records, rule-based and deterministic.
        .target(
            name: "TallyExtract",
            dependencies: ["TallyCore", "CCurl"],
            swiftSettings: [.enableUpcomingFeature("InternalImportsByDefault")]
        ),

        // The thin command-line interface.
        .executableTarget(
            name: "tally",
            dependencies: [
                "TallyCore",
                "TallyExport",
                "TallyExtract",
                "TallyRun",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ] + (withStore ? ["TallyStore"] : []),
            // Without the store, its files are left out and the little the rest says of it is
            // under `#if TALLY_STORE`.
            exclude: withStore
                ? []
                : [
                    "Options/StoreOption.swift", "Subcommands/Database.swift",
                    "Support/CommandSource.swift",
                ],
            swiftSettings: withStore ? [.define("TALLY_STORE")] : []
        ),

        // Fuzzing (make fuzz): the targets, and their libFuzzer entry point or replayer.
        .target(
            name: "TallyFuzzing",
            dependencies: ["TallyCore", "TallyExtract"]
        ),
        .executableTarget(
            name: "tally-fuzz",
            dependencies: ["TallyFuzzing"]
        ),

        // Tests: one target per source target, plus end-to-end tests of the built binary.
        .testTarget(
            name: "TallyCoreTests",
            dependencies: [
                "TallyCore",
                "TallyFuzzing",
                "TallyTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Layouts"]
        ),
        .testTarget(
            name: "TallyExportTests",
            dependencies: [
                "TallyCore",
                "TallyExport",
                "TallyTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Golden"]
        ),
        // What several test targets use: temporary files, inputs written from values or records
        // (never with the emitters under test), one-call reads, a web server on loopback.
        .target(
            name: "TallyTestSupport",
            dependencies: ["TallyCore"],
            path: "Tests/TallyTestSupport"
        ),
        .testTarget(
            name: "TallyRunTests",
            dependencies: ["TallyCore", "TallyExport", "TallyRun", "TallyTestSupport"]
        ),
        .testTarget(
            name: "TallyExtractTests",
            dependencies: ["TallyCore", "TallyExtract", "TallyTestSupport"]
        ),
        // Workbooks/ holds the files the end-to-end tests read by path (hostile workbooks, the
        // same records in other layouts), not resources of the test bundle.
        .testTarget(
            name: "TallyCLITests",
            dependencies: ["tally", "TallyTestSupport"],
            exclude: ["Workbooks"]
        ),
    ] + (withStore ? storeTargets : []),
    swiftLanguageModes: [.v6]
)

/// The packages only the store uses, left out under TALLY_WITHOUT_STORE=1 (above).
var storeDependencies: [Package.Dependency] {
    [
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ]
}

/// The store and its tests, left out under TALLY_WITHOUT_STORE=1 (above).
var storeTargets: [Target] {
    [
        // The PostgreSQL store (issue 16): schema and migrations, loading with COPY, the reading
        // commands pushed down to SQL, connections. On vapor/postgres-nio.
        .target(
            name: "TallyStore",
            dependencies: [
                "TallyCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: [.enableUpcomingFeature("InternalImportsByDefault")]
        ),

        // The store's tests: against a PostgreSQL server at $TALLY_TEST_DATABASE_URL (scripts/
        // pg-throwaway.sh starts one); they skip without one unless TALLY_REQUIRE_STORE=1 (CI).
        .testTarget(
            name: "TallyStoreTests",
            dependencies: ["tally", "TallyCore", "TallyStore", "TallyTestSupport"]
        ),
    ]
}
