/// One file, stream or block of bytes of records, named as rejections and the accounting name it.
public struct RecordInput: Sendable, Hashable {
    /// The name rejections cite (`incidents.csv:42: ...`): the path as the user named it, `-` for
    /// standard input, or the name given to bytes or records held in memory.
    public var path: String
    /// The layout, or `nil` to recognise it from the first bytes.
    public var format: InputFormat?
    /// Where the bytes come from.
    package var origin: Origin

    /// Where an input's bytes come from.
    package enum Origin: Sendable, Hashable {
        /// The file at `path`.
        case file
        /// The process's standard input.
        case standardInput
        /// Bytes a program holds.
        case bytes([UInt8])
        /// Records a program holds, read from their ``RecordStream`` as JSON Lines.
        case records
    }

    /// An input at `path`, or standard input for `-`; the layout follows the extension
    /// (`.jsonl`, `.ndjson`, `.csv`) or the content.
    public init(path: String, format: InputFormat? = nil) {
        self.init(
            path: path, format: format ?? InputSet.format(ofPath: path),
            origin: path == "-" ? .standardInput : .file)
    }

    /// Bytes a program holds (a `Data`, an `[UInt8]`), read like a file called `name`: rejections
    /// cite `name` and the line, and the layout follows the name's extension or the content.
    public init(bytes: some Sequence<UInt8>, name: String, format: InputFormat? = nil) {
        self.init(
            path: name, format: format ?? InputSet.format(ofPath: name),
            origin: .bytes(Array(bytes)))
    }

    package init(path: String, format: InputFormat?, origin: Origin) {
        self.path = path
        self.format = format
        self.origin = origin
    }

    /// Standard input, called `-`; the layout is recognised from the content unless given.
    public static func standardInput(format: InputFormat? = nil) -> RecordInput {
        RecordInput(path: "-", format: format, origin: .standardInput)
    }

    /// Whether this input is standard input.
    public var isStandardInput: Bool { origin == .standardInput }

    /// Whether this input is a file, read by its path.
    public var isFile: Bool { origin == .file }
}

extension RecordInput: RecordSource {
    /// The input itself.
    public func recordStreams() -> [RecordStream] {
        [RecordStream(self)]
    }
}
