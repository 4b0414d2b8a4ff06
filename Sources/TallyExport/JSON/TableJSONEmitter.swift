public import TallyCore

/// An aggregate table as JSON: an array of objects with the CSV's keys, numbers as numbers.
public enum TableJSONEmitter {
    /// The rows, one object a line.
    public static func json(_ table: AggregateTable) -> String {
        guard !table.rows.isEmpty else { return "[]\n" }
        let names = table.keyColumns + Metrics.columnNames
        let objects = table.rows.map { row -> String in
            let keys = row.keys.map(JSONText.string)
            let values = keys + row.metrics.values.map(String.init)
            return "  {"
                + zip(names, values).map { "\(JSONText.string($0)): \($1)" }.joined(separator: ", ")
                + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}

/// JSON text for strings.
public enum JSONText {
    /// A JSON string literal, escaping quotes, backslashes and control characters.
    public static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
