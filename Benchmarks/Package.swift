// swift-tools-version: 6.1
// Benchmarks of Tally's pipeline stages, apart from the product so that ordo-one/benchmark never
// reaches it. Run from this folder: `swift package benchmark`; see README.md here.
import PackageDescription

let package = Package(
    name: "TallyBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Tally", path: ".."),
        .package(
            url: "https://github.com/ordo-one/benchmark", from: "1.38.1",
            traits: ["MallocInterposer"]),
    ],
    targets: [
        // The reader, the decoder, the aggregator, the emitters and the extractor, each alone.
        .executableTarget(
            name: "PipelineBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TallyCore", package: "Tally"),
                .product(name: "TallyExport", package: "Tally"),
                .product(name: "TallyExtract", package: "Tally"),
            ],
            path: "Benchmarks/PipelineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ],
    swiftLanguageModes: [.v6]
)
