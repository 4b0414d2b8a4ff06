public import TallyCore

/// New records merged into a records file kept month after month: the same event told again
/// (by another outlet, or with a revised toll) joins the record already there instead of being
/// added twice.
public struct MonitoringMerge: Sendable {
    /// The file's records, then the new events, in that order.
    public var records: [Record]
    /// New records that were new events.
    public var added = 0
    /// New records that joined an event already in the file.
    public var merged = 0
    /// Records of the file whose toll a later revision replaced.
    public var revised = 0

    /// Merges `new` into `existing`.
    ///
    /// A new record joins an existing one when they tell the same event (the rules of
    /// ``Extraction/deduplicated(_:)``: country, region, type, compatible dates and tolls). The
    /// joined record keeps every source and the most specific date and place; its toll is the
    /// conservative one of the two tellings, unless the new article revises it ("the toll rose
    /// to five": the `toll_revised` flag), when the later figure stands. A record with the id
    /// of one in the file (the same article coded again) replaces it.
    public init(_ new: [Record], into existing: [Record]) {
        records = existing
        var ids = Set(existing.map(\.id))
        for record in new {
            if let same = records.firstIndex(where: { $0.id == record.id }) {
                if records[same] != record { records[same] = record }
                continue
            }
            let revises = record.flags.split(separator: ";").contains("toll_revised")
            if let same = records.firstIndex(where: {
                Extraction.sameEvent($0, record, allowingRevision: revises)
            }) {
                var joined = Extraction.merge(records[same], record)
                if revises && record.fatalities != joined.fatalities {
                    joined.fatalities = record.fatalities
                    revised += 1
                }
                if revises, !joined.flags.split(separator: ";").contains("toll_revised") {
                    joined.flags =
                        joined.flags.isEmpty ? "toll_revised" : joined.flags + ";toll_revised"
                }
                records[same] = joined
                merged += 1
                continue
            }
            var added = record
            // Another article's record may carry an id the file already has ("news-1" from two
            // months' files of the same name): the new one takes a suffix.
            var suffix = 2
            while ids.contains(added.id) {
                added.id = record.id + "~\(suffix)"
                suffix += 1
            }
            ids.insert(added.id)
            records.append(added)
            self.added += 1
        }
    }

    /// The addresses the records cite (`source_url`, space-separated): articles already coded.
    public static func addresses(in records: [Record]) -> Set<String> {
        var seen: Set<String> = []
        for record in records {
            for address in record.sourceURL.split(separator: " ") where !address.isEmpty {
                seen.insert(String(address))
            }
        }
        return seen
    }
}
