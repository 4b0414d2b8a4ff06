// swift-tools-version: 6.2
import PackageDescription

// A program outside the library that uses Tally as a package, by path (built in CI).
let package = Package(
    name: "AggregateAndWorkbook",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Tally", path: "../..")],
    targets: [
        .executableTarget(
            name: "AggregateAndWorkbook",
            dependencies: [
                .product(name: "TallyCore", package: "Tally"),
                .product(name: "TallyExport", package: "Tally"),
            ]
        )
    ]
)
