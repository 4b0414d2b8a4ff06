public import TallyCore

extension Extraction {
    /// Records of the same event from several articles become one that keeps every source:
    /// same country, regions equal or one unknown, dates within a day (or the finer inside the
    /// coarser), same category and type, compatible tolls. The merged record has the most
    /// specific date and place and the conservative toll.
    public static func deduplicated(_ records: [Record]) -> [Record] {
        var result: [Record] = []
        for record in records {
            if let index = result.firstIndex(where: { sameEvent($0, record) }) {
                result[index] = merge(result[index], record)
            } else {
                result.append(record)
            }
        }
        return result
    }

    /// Whether two records tell the same event; with `allowingRevision`, tolls far apart may
    /// still be one event's (a later article revising it).
    static func sameEvent(_ a: Record, _ b: Record, allowingRevision: Bool = false) -> Bool {
        guard a.country == b.country, a.category == b.category, a.type == b.type else {
            return false
        }
        guard a.region.isEmpty || b.region.isEmpty || a.region == b.region else { return false }
        // Two events of one article are two events; the same article twice (or two articles of
        // one outlet) tell one.
        guard article(of: a) != article(of: b) else { return false }
        let (x, y) = (a.fatalities.total, b.fatalities.total)
        guard
            allowingRevision || x == 0 || y == 0
                || Double(Swift.min(x, y)) / Double(Swift.max(x, y)) >= 0.5
        else {
            return false
        }
        return datesCompatible(a.date, a.datePrecision, b.date, b.datePrecision)
    }

    /// The article a record came from: its id without the `-N` the extractor adds.
    static func article(of record: Record) -> Substring {
        guard let dash = record.id.lastIndex(of: "-") else { return Substring(record.id) }
        return record.id[..<dash]
    }

    static func merge(_ a: Record, _ b: Record) -> Record {
        var merged = a.datePrecision <= b.datePrecision ? a : b
        merged.id = a.id
        if merged.region.isEmpty { merged.region = a.region.isEmpty ? b.region : a.region }
        if merged.location.isEmpty {
            merged.location = a.location.isEmpty ? b.location : a.location
        }
        merged.fatalities = conservative(a.fatalities, b.fatalities)
        merged.count = Swift.max(a.count, b.count)
        func joined(_ x: String, _ y: String, _ separator: String) -> String {
            let parts = (parts(of: x, separatedBy: separator) + [Substring(y)]).filter {
                !$0.isEmpty
            }
            var unique: [Substring] = []
            for part in parts where !unique.contains(part) { unique.append(part) }
            return unique.joined(separator: separator)
        }
        merged.source = joined(a.source, b.source, "; ")
        merged.sourceURL = joined(a.sourceURL, b.sourceURL, " ")
        merged.notes = joined(a.notes, b.notes, " | ")
        return merged
    }

    /// The parts of `text` between occurrences of `separator`, found byte by byte: a record
    /// that many articles tell is merged again for each of them, and the standard library's
    /// search for a string separator costs more than the rest of the merge.
    static func parts(of text: String, separatedBy separator: String) -> [Substring] {
        let bytes = text.utf8
        let pattern = Array(separator.utf8)
        guard let first = pattern.first else { return [Substring(text)] }
        var parts: [Substring] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if bytes[index] == first, bytes[index...].starts(with: pattern) {
                parts.append(Substring(bytes[start..<index]))
                index = bytes.index(index, offsetBy: pattern.count)
                start = index
            } else {
                index = bytes.index(after: index)
            }
        }
        parts.append(Substring(bytes[start...]))
        return parts
    }
}
