/// Where records come from: files, standard input, bytes in memory, records a program holds.
///
/// Every reading function (``Aggregation``, ``Comparing``, ``MonthlyReporting``, ``Validation``,
/// ``RecordListing``) takes any source, so records held in memory are counted by the same rules
/// as a file, and rejected with a reason that names the source and the line. A source is a list
/// of streams, read in order: a new kind of source (a database, a feed) is a type that makes them
/// from the kinds there are.
///
/// - ``InputSet``: files and folders as the CLI names them, `-` for standard input.
/// - ``RecordInput``: one file, standard input (``RecordInput/standardInput(format:)``), or bytes
///   in memory (``RecordInput/init(bytes:name:format:)``).
/// - ``RecordSequence`` and `[Record]`: records a program holds or generates, read as they come.
public protocol RecordSource {
    /// The streams to read, in order.
    ///
    /// - Throws: ``InputError`` of kind `.missing` when the source cannot be found (a path that
    ///   does not exist, a folder without records files).
    func recordStreams() throws(InputError) -> [RecordStream]
}
