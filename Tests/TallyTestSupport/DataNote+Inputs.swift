import TallyCore

extension DataNote {
    /// The note with the input `path` named `shown` wherever it appears (in a rejection too), for
    /// tests whose inputs' absolute paths differ between machines.
    package func naming(input path: String, as shown: String) -> DataNote {
        func named(_ input: String) -> String { input == path ? shown : input }
        switch self {
        case .columnsMapped(let input, let mappings):
            return .columnsMapped(input: named(input), mappings: mappings)
        case .columnsIgnored(let input, let format, let columns):
            return .columnsIgnored(input: named(input), format: format, columns: columns)
        case .recordsRejected(let rejected, let read, var first):
            if let file = first?.file { first?.file = named(file) }
            return .recordsRejected(rejected: rejected, read: read, first: first)
        case .onSide(let side, let note):
            return .onSide(side, note.naming(input: path, as: shown))
        default:
            return self
        }
    }
}
