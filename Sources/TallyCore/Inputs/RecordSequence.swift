/// Records a program holds or generates, as a source: counted by the same rules as a file's.
///
/// `[Record]` is a source as it is; wrap any other sequence (a lazy one, a generator) to name it
/// or to read it without collecting it first.
public struct RecordSequence<Records: Sequence<Record>>: RecordSource {
    /// The records, read once per read.
    public var records: Records
    /// The name rejections cite, with the record's place in the sequence as its line.
    public var name: String

    /// The records, named `name` in rejections and the accounting.
    public init(_ records: Records, name: String = "records") {
        self.records = records
        self.name = name
    }

    /// One stream of the records, read as they come.
    public func recordStreams() -> [RecordStream] {
        [RecordStream(records: records, name: name)]
    }
}

extension Array: RecordSource where Element == Record {
    /// The records as one stream called `records`.
    public func recordStreams() -> [RecordStream] {
        RecordSequence(self).recordStreams()
    }
}
