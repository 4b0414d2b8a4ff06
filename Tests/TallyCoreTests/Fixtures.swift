import Foundation
import TallyCore

/// Temporary files and one-call reads for tests.
enum Fixtures {
    /// The canonical header, in canonical order.
    static let header = Column.allCases.map(\.name).joined(separator: ",")

    /// A fresh folder under the system temporary folder.
    static func folder() -> String {
        let path = NSTemporaryDirectory() + "tally-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes bytes to a new file named `name` in a fresh folder and returns its path.
    static func file(_ bytes: [UInt8], name: String = "records.csv") -> String {
        let path = folder() + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// Writes text to a new file named `name` in a fresh folder and returns its path.
    static func file(_ text: String, name: String = "records.csv") -> String {
        file(Array(text.utf8), name: name)
    }

    /// Validates inputs, collecting rejections in order. The clock's year is pinned to 2026.
    static func validate(_ paths: [String]) -> (ValidationResult, [Rejection]) {
        let collected = Collected()
        let options = ReadOptions(
            currentYear: 2026, onRejection: { collected.rejections.append($0) })
        let result = Validation.run(inputs: try! InputSet.resolve(paths), options: options)
        return (result, collected.rejections)
    }

    /// Validates one CSV text.
    static func validate(csv: String) -> (ValidationResult, [Rejection]) {
        validate([file(csv)])
    }

    /// Aggregates inputs with the clock's year pinned to 2026.
    static func aggregate(
        _ paths: [String], _ request: AggregationRequest
    ) throws -> AggregationResult {
        try Aggregation.run(
            request, inputs: try InputSet.resolve(paths), options: ReadOptions(currentYear: 2026))
    }

    /// Aggregates one CSV text.
    static func aggregate(csv: String, _ request: AggregationRequest) throws -> AggregationResult {
        try aggregate([file(csv)], request)
    }

    /// A canonical CSV row from column values; unspecified columns are empty.
    static func row(_ values: [Column: String]) -> String {
        Column.allCases.map { column in
            let value = values[column] ?? ""
            if value.contains(",") || value.contains("\"") || value.contains("\n") {
                return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return value
        }.joined(separator: ",")
    }

    /// A valid incident row, with some values replaced.
    static func incident(_ changes: [Column: String] = [:]) -> String {
        var values: [Column: String] = [
            .id: "r1", .date: "2024-12-25", .country: "Tajikistan", .region: "Khatlon",
            .category: "incident", .type: "armed_clash",
        ]
        values.merge(changes) { $1 }
        return row(values)
    }

    /// A CSV file text: the canonical header, then the rows.
    static func csv(_ rows: [String]) -> String {
        ([header] + rows).joined(separator: "\n") + "\n"
    }
}

/// A reference box for collecting rejections from a callback.
final class Collected: @unchecked Sendable {
    var rejections: [Rejection] = []
}

extension AggregateTable {
    /// Rows as `key|key: values` strings, for compact expectations.
    var summary: [String] {
        rows.map {
            $0.keys.joined(separator: "|") + ": "
                + $0.metrics.values.map(String.init).joined(separator: " ")
        }
    }
}
