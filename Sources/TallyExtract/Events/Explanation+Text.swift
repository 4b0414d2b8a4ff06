internal import TallyCore

extension ArticleExtraction.Explanation {
    /// The explanation as plain-text lines: per event, the record, the decisions behind it and
    /// the sentences it rests on; then what was set aside, dropped, or read as page clutter.
    public var lines: [String] {
        var lines = ["== \(article) (published \(published.isoString), \(sentenceCount) sentences)"]
        if events.isEmpty { lines.append("no event") }
        for (number, event) in events.enumerated() {
            let record = event.record
            let f = record.fatalities
            var head =
                "event \(number + 1) -> \(record.id): \(record.category.rawValue) \(record.type)"
            if record.count > 1 { head += " x\(record.count)" }
            head += ", \(record.writtenDate) (\(record.datePrecision.rawValue)), \(record.country)"
            head += record.region.isEmpty ? " (no region)" : "/\(record.region)"
            if record.category == .incident {
                head +=
                    ", deaths \(f.total): militants \(f.militants), security \(f.security), civilians \(f.civilians), unknown \(f.unknown)"
            }
            lines.append(head)
            if !record.flags.isEmpty { lines.append("  flags: \(record.flags)") }
            for decision in event.decisions { lines.append("  " + decision) }
            for sentence in event.sentences { lines.append("  > " + sentence) }
        }
        if !setAside.isEmpty {
            lines.append("set aside:")
            for item in setAside {
                lines.append("  S\(item.sentence + 1) \(item.reason): \(item.facts)")
            }
        }
        if !dropped.isEmpty {
            lines.append("not recorded:")
            for item in dropped { lines.append("  S\(item.sentence + 1) \(item.reason)") }
        }
        if !clutter.isEmpty {
            lines.append("page clutter, not read:")
            for line in clutter { lines.append("  | " + line) }
        }
        return lines
    }
}
