public import TallyCore

/// The formats records are written in (`tally extract --format`), each mapped to its emitter here
/// and nowhere else.
public enum RecordFormat: String, CaseIterable, Sendable {
    /// The canonical CSV layout, header first.
    case csv
    /// JSON Lines with the canonical keys.
    case jsonl

    /// The emitter that writes records in this format, as Tally reads them back.
    public func emitter() -> any Emitter<[Record]> {
        switch self {
        case .csv: RecordCSVEmitter()
        case .jsonl: RecordJSONLinesEmitter()
        }
    }
}
