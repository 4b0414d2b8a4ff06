import TallyCore

extension AggregateTable {
    /// Rows as `key|key: values` strings, for compact expectations.
    var summary: [String] {
        rows.map {
            $0.keys.joined(separator: "|") + ": "
                + $0.metrics.values.map(String.init).joined(separator: " ")
        }
    }
}
