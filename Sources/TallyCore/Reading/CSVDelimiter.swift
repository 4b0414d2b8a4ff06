/// The byte between the fields of a CSV row: a comma, or what spreadsheet programs write in other
/// locales and exports (a semicolon, a tab, a pipe).
public enum CSVDelimiter: String, Sendable, Equatable, CaseIterable {
    case comma
    case semicolon
    case tab
    case pipe

    /// The delimiter's byte.
    public var byte: UInt8 {
        switch self {
        case .comma: UInt8(ascii: ",")
        case .semicolon: UInt8(ascii: ";")
        case .tab: 0x09
        case .pipe: UInt8(ascii: "|")
        }
    }

    /// The delimiter a name or the character itself gives (`semicolon`, `;`, `tab`, `\t`);
    /// `nil` for anything else.
    public init?(naming text: String) {
        switch text.lowercased() {
        case "comma", ",": self = .comma
        case "semicolon", ";": self = .semicolon
        case "tab", "\t", "\\t": self = .tab
        case "pipe", "|": self = .pipe
        default: return nil
        }
    }

    /// The delimiter the first lines of `bytes` use: the candidate that splits the header into
    /// the most fields among those that split the following lines into as many; a comma when
    /// no candidate appears in the header.
    ///
    /// Quotes are followed (a semicolon inside a quoted field is not a delimiter), so a comma
    /// file whose notes hold semicolons is still read as comma-separated: its rows agree with
    /// its header only on commas.
    ///
    /// - Complexity: O(n) in the bytes looked at, at most the first 64 KB.
    package static func sniff(_ bytes: UnsafeRawBufferPointer) -> CSVDelimiter {
        let lines = firstLines(bytes, limit: 20)
        guard !lines.isEmpty else { return .comma }
        var best = CSVDelimiter.comma
        var bestScore = (agreeing: -1, fields: 0)
        for candidate in CSVDelimiter.allCases {
            let counts = lines.map { fieldCount($0, candidate.byte) }
            let fields = counts[0]
            guard fields > 1 else { continue }
            // Rows with the header's field count; the last line may be cut off by the sample.
            let agreeing = counts.dropFirst().filter { $0 == fields }.count
            if agreeing > bestScore.agreeing
                || (agreeing == bestScore.agreeing && fields > bestScore.fields)
            {
                best = candidate
                bestScore = (agreeing, fields)
            }
        }
        return best
    }

    /// The first non-blank lines of `bytes` (up to 64 KB of them), quoted line breaks kept
    /// inside their line.
    private static func firstLines(
        _ bytes: UnsafeRawBufferPointer, limit: Int
    ) -> [UnsafeRawBufferPointer] {
        let sample = UnsafeRawBufferPointer(rebasing: bytes.prefix(1 << 16))
        var lines: [UnsafeRawBufferPointer] = []
        var start = 0
        var quoted = false
        for index in sample.indices {
            let byte = sample[index]
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            guard byte == 0x0A && !quoted else { continue }
            let line = UnsafeRawBufferPointer(rebasing: sample[start..<index])
            if !line.allSatisfy({ $0 == 0x0D || $0 == 0x20 }) { lines.append(line) }
            start = index + 1
            if lines.count == limit { return lines }
        }
        if start < sample.count {
            lines.append(UnsafeRawBufferPointer(rebasing: sample[start...]))
        }
        return lines
    }

    /// The fields of a line split at `delimiter` outside quotes.
    private static func fieldCount(_ line: UnsafeRawBufferPointer, _ delimiter: UInt8) -> Int {
        var count = 1
        var quoted = false
        for byte in line {
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if byte == delimiter && !quoted {
                count += 1
            }
        }
        return count
    }
}
