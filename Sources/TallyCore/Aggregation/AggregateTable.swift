/// A finished aggregate: key columns, one row per group, and the totals. Format-neutral: the
/// emitters turn it into CSV, JSON, text or XLSX.
public struct AggregateTable: Sendable, Equatable {
    /// The grouping.
    public var dimensions: [TableDimension]
    /// Key column names (`month`, `country`, `region`...), in order.
    public var keyColumns: [String]
    /// Rows sorted by the dimensions, periods chronologically, text by its UTF-8 bytes.
    public var rows: [AggregateRow]
    /// Every counted record once (with `actor`, a record shows in two rows but once here).
    public var totals: Metrics

    /// A table with these columns and rows.
    public init(
        dimensions: [TableDimension], keyColumns: [String], rows: [AggregateRow], totals: Metrics
    ) {
        self.dimensions = dimensions
        self.keyColumns = keyColumns
        self.rows = rows
        self.totals = totals
    }
}

/// One group of an ``AggregateTable``.
public struct AggregateRow: Sendable, Equatable {
    /// Labels of the key columns; an unknown region or actor is `(unknown)`.
    public var keys: [String]
    /// The group's metrics.
    public var metrics: Metrics
    /// The row's period, when the grouping has a time dimension (its label is among `keys`).
    public var period: Period?

    /// A row with these labels and metrics.
    public init(keys: [String], metrics: Metrics, period: Period? = nil) {
        self.keys = keys
        self.metrics = metrics
        self.period = period
    }
}
