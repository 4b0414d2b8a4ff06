/// RFC 4180 writing: quote a field only when it holds a comma, a quote, CR or LF; double
/// embedded quotes; end rows with LF.
public enum CSVFormat {
    /// A field, quoted when needed.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.utf8.contains {
            $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D
        }
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text {
            if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
        }
        return quoted + "\""
    }

    /// A whole row with its line end.
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }
}
