extension InputSummary {
    /// The summary of records counted where they are (a database's), every one read and
    /// accepted: rows were checked when they were loaded.
    package init(counted path: String, records: Int) {
        self.init(
            path: path, format: .jsonLines, bytes: 0, read: records, accepted: records,
            rejected: 0, unknownColumns: [])
    }
}
