internal import TallyCore

/// The calendar day a web document gives for its publication, as written: the local date of an
/// ISO 8601 timestamp (its first ten characters) or of an RFC 822 date (`Tue, 03 Dec 2024
/// 10:00:00 +0000`), never converted to another time zone.
enum PublicationDay {
    /// The day `text` writes, or `nil` when it writes none Tally can read.
    static func parse(_ text: String) -> CivilDate? {
        let trimmed = text.trimmingASCIIWhitespace()
        return iso(trimmed) ?? rfc822(trimmed)
    }

    /// `2024-12-03`, `2024-12-03T10:00:00+05:00`, `2024-12-03 10:00`.
    static func iso(_ text: String) -> CivilDate? {
        let bytes = Array(text.utf8.prefix(11))
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes.count == 10 || !isDigit(bytes[10]),
            let year = number(bytes[0..<4]), let month = number(bytes[5..<7]),
            let day = number(bytes[8..<10])
        else { return nil }
        return civil(year, month, day)
    }

    /// `Tue, 03 Dec 2024 10:00:00 +0000`, `3 Dec 24`, and the same with the month spelled out
    /// or before the day (`December 3, 2024`).
    static func rfc822(_ text: String) -> CivilDate? {
        let words = text.split { $0 == " " || $0 == "," || $0 == "\t" || $0 == "-" }
            .map { $0.lowercased() }
        guard
            let monthIndex = words.firstIndex(where: { month($0) != nil }),
            let month = month(words[monthIndex])
        else { return nil }
        func numberWord(_ index: Int) -> Int? {
            guard words.indices.contains(index), (1...4).contains(words[index].count),
                words[index].allSatisfy(\.isASCII)
            else { return nil }
            return number(ArraySlice(words[index].utf8))
        }
        let day: Int
        let yearIndex: Int
        if let before = numberWord(monthIndex - 1), words[monthIndex - 1].count <= 2 {
            day = before
            yearIndex = monthIndex + 1
        } else if let after = numberWord(monthIndex + 1), words[monthIndex + 1].count <= 2 {
            day = after
            yearIndex = monthIndex + 2
        } else {
            return nil
        }
        guard var year = numberWord(yearIndex) else { return nil }
        switch words[yearIndex].count {
        case 2: year += year < 50 ? 2000 : 1900
        case 4: break
        default: return nil
        }
        return civil(year, month, day)
    }

    private static func civil(_ year: Int, _ month: Int, _ day: Int) -> CivilDate? {
        guard (1900...2200).contains(year) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    private static let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    /// 1 to 12 for an English month name or its first three letters (`sept` too).
    private static func month(_ word: String) -> Int? {
        guard word.count >= 3, let index = months.firstIndex(of: String(word.prefix(3))) else {
            return nil
        }
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december",
        ]
        let word = word.hasSuffix(".") ? String(word.dropLast()) : word
        guard word.count == 3 || word == "sept" || names[index] == word else { return nil }
        return index + 1
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return bytes.isEmpty ? nil : value
    }
}
