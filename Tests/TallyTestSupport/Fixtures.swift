import Foundation
import TallyCore

/// Temporary folders and files, canonical CSV and JSON Lines written from values or records, and
/// one-call reads, for every test target: inputs are written here, never with the emitters under
/// test.
package enum Fixtures {
    /// The canonical header, in canonical order.
    package static let header = Column.allCases.map(\.name).joined(separator: ",")

    /// The required columns and the counts, for short rows written by hand.
    package static let shortHeader = "id,date,country,region,category,type,count,fatalities"

    /// A fresh folder under the system temporary folder.
    package static func folder() -> String {
        let path = NSTemporaryDirectory() + "tally-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes bytes to a new file named `name` in a fresh folder and returns its path.
    package static func file(_ bytes: [UInt8], name: String = "records.csv") -> String {
        let path = folder() + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// Writes text to a new file named `name` in a fresh folder and returns its path.
    package static func file(_ text: String, name: String = "records.csv") -> String {
        file(Array(text.utf8), name: name)
    }

    /// Validates inputs, collecting rejections in order. The clock's year is pinned to 2026.
    package static func validate(_ paths: [String]) -> (ValidationResult, [Rejection]) {
        let collected = Collected()
        let options = ReadOptions(
            currentYear: 2026, onRejection: { collected.rejections.append($0) })
        let result = try! Validation.run(from: InputSet.resolve(paths), options: options)
        return (result, collected.rejections)
    }

    /// Validates one CSV text.
    package static func validate(csv: String) -> (ValidationResult, [Rejection]) {
        validate([file(csv)])
    }

    /// Aggregates inputs with the clock's year pinned to 2026.
    package static func aggregate(
        _ paths: [String], _ request: AggregationRequest
    ) throws -> AggregationResult {
        try Aggregation.run(
            request, from: try InputSet.resolve(paths), options: ReadOptions(currentYear: 2026))
    }

    /// Aggregates one CSV text.
    package static func aggregate(
        csv: String, _ request: AggregationRequest
    ) throws -> AggregationResult {
        try aggregate([file(csv)], request)
    }

    /// A canonical CSV row from column values, without its line end; unspecified columns are
    /// empty. A value is quoted when it holds a comma, a quote, CR or LF (RFC 4180).
    package static func row(_ values: [Column: String]) -> String {
        Column.allCases.map { column in
            let value = values[column] ?? ""
            let needsQuotes = value.utf8.contains {
                $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A
            }
            guard needsQuotes else { return value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }

    /// A record as a canonical CSV row, without its line end.
    package static func row(_ record: Record) -> String {
        row(Dictionary(uniqueKeysWithValues: Column.allCases.map { ($0, record.text(for: $0)) }))
    }

    /// A valid incident row, with some values replaced.
    package static func incident(_ changes: [Column: String] = [:]) -> String {
        var values: [Column: String] = [
            .id: "r1", .date: "2024-12-25", .country: "Tajikistan", .region: "Khatlon",
            .category: "incident", .type: "armed_clash",
        ]
        values.merge(changes) { $1 }
        return row(values)
    }

    /// A CSV file text: the canonical header, then the rows.
    package static func csv(_ rows: [String]) -> String {
        ([header] + rows).joined(separator: "\n") + "\n"
    }

    /// A record as a JSON Lines line of string values, keyed by the canonical names, with
    /// `members` (already written, such as `"extra": 1`) after them; without its line end.
    package static func jsonLine(_ record: Record, appending members: [String] = []) -> String {
        let values = Column.allCases.map {
            "\(jsonString($0.name)): \(jsonString(record.text(for: $0)))"
        }
        return "{" + (values + members).joined(separator: ", ") + "}"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    package static func jsonString(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\": literal += "\\" + String(scalar)
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                literal += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }

    /// A CSV file text of records: the canonical header, then a row per record.
    package static func csv<Records: Sequence<Record>>(records: Records) -> String {
        csv(records.map { row($0) })
    }
}
