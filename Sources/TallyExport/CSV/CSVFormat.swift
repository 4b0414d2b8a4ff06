/// RFC 4180 writing: quote a field only when it holds a comma, a quote, CR or LF; double
/// embedded quotes; end rows with LF.
public enum CSVFormat {
    /// The UTF-8 byte-order mark (EF BB BF once encoded), which Windows Excel needs to read
    /// non-ASCII text correctly.
    public static let byteOrderMark = "\u{FEFF}"

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

    /// A text cell of a file meant for spreadsheets: with a leading `'` when a spreadsheet would
    /// run it as a formula (and `options` guard formulas), then quoted when needed.
    ///
    /// Only for text: numbers are written as they are, so `-3` stays a number.
    public static func textCell(_ text: String, options: CSVOptions = CSVOptions()) -> String {
        field(options.guardsFormulas && startsLikeFormula(text) ? "'" + text : text)
    }

    /// Whether a spreadsheet could take the text for a formula: it begins with `=`, `+`, `-`, `@`,
    /// tab, CR or LF (OWASP, "CSV Injection").
    static func startsLikeFormula(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09
            || first == 0x0D || first == 0x0A
    }

    /// A whole row with its line end.
    public static func row(_ fields: [String]) -> String {
        line(fields.map(field))
    }

    /// Fields already written as CSV, joined into a row with its line end.
    static func line(_ writtenFields: [String]) -> String {
        writtenFields.joined(separator: ",") + lineEnd
    }

    /// What ends every row.
    static let lineEnd = "\n"

}
