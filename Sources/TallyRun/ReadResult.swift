import TallyCore

/// A value a read produced that says what was read: its accounting and its notes.
protocol ReadResult {
    /// `read = accepted + rejected`, per input and in all.
    var accounting: ReadAccounting { get }
    /// What an analyst should know about how the records were counted.
    var notes: [DataNote] { get }
}

extension AggregationResult: ReadResult {}

extension PeriodComparison: ReadResult {}
