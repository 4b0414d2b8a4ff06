#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// How a run reads its inputs: the clock that bounds valid years, and who hears of rejections
/// and progress.
public struct ReadOptions {
    /// The current year; dates may run from 1900 to the year after it.
    public var currentYear: Int
    /// Called for every rejected record, in input order (to write `--rejects`, say).
    public var onRejection: ((Rejection) -> Void)?
    /// Called after each block read, with the bytes read so far from the input.
    public var onProgress: ((RecordInput, Int) -> Void)?
    /// How CSV header names are read as columns (`--column`, `--ignore-column`).
    public var columns = ColumnMapping()
    /// The delimiter, encoding and sheet where an input cannot tell them.
    public var dialect = InputDialect()
    /// The order of day and month in slash dates (`--date-order`); `nil` reads only those that
    /// cannot be read the other way.
    public var dateOrder: DateOrder?

    /// The decoder these options call for.
    package var decoder: RecordDecoder {
        RecordDecoder(currentYear: currentYear, columns: columns, dateOrder: dateOrder)
    }
    /// Threads that may share the reading of a large file (for commands whose result does not
    /// depend on the order records arrive in); 1 reads in one pass.
    public var threads = 1
    /// Files smaller than this are read in one pass whatever `threads` says.
    package var minimumParallelBytes = 8 << 20

    /// How the read may split files.
    package var plan: ParallelPlan {
        ParallelPlan(threads: threads, minimumBytes: minimumParallelBytes)
    }

    /// Options with the year taken from the system clock.
    public init(
        currentYear: Int = ReadOptions.yearNow(), onRejection: ((Rejection) -> Void)? = nil,
        onProgress: ((RecordInput, Int) -> Void)? = nil, threads: Int = 1
    ) {
        self.currentYear = currentYear
        self.onRejection = onRejection
        self.onProgress = onProgress
        self.threads = threads
    }

    /// The processors this machine has online: the default for `threads`.
    public static var processorCount: Int {
        max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }

    /// The current year in UTC.
    public static func yearNow() -> Int {
        CivilDate(dayNumber: Int(time(nil)) / 86_400).components.year
    }
}

/// Counts rejections and hands them on, around the sink that does the real work.
package struct AccountingSink<Base: RecordSink>: RecordSink {
    package var base: Base
    package var firstRejection: Rejection?
    let onRejection: ((Rejection) -> Void)?

    package mutating func accept(_ record: DecodedRecord, from row: borrowing RowView) {
        base.accept(record, from: row)
    }

    package mutating func reject(_ rejection: Rejection) {
        if firstRejection == nil { firstRejection = rejection }
        onRejection?(rejection)
        base.reject(rejection)
    }
}

/// Reads every stream into `sink` and accounts for what was read.
///
/// - Parameter stopAtFirstError: stop at the first input that cannot be read (for commands that
///   produce a table), or go on with the others and return every problem (for `validate`).
/// - Returns: the accounting, and the inputs that could not be read.
package func readRecords<Sink: RecordSink>(
    from streams: [RecordStream], into sink: inout Sink, options: ReadOptions,
    stopAtFirstError: Bool
) -> (ReadAccounting, [InputError]) {
    let reader = RecordReader(
        decoder: options.decoder, dialect: options.dialect, progress: options.onProgress)
    var accounting = ReadAccounting()
    var errors: [InputError] = []
    var wrapped = AccountingSink(base: sink, onRejection: options.onRejection)
    for stream in streams {
        let (summary, error) = reader.read(stream, into: &wrapped)
        accounting.add(summary)
        if let error {
            errors.append(error)
            if stopAtFirstError { break }
        }
    }
    accounting.firstRejection = wrapped.firstRejection
    sink = wrapped.base
    return (accounting, errors)
}

extension ReadAccounting {
    /// Notes on columns read by another name and on what was read but not used, per input: all
    /// the mapped columns first, then the ignored ones.
    public var inputNotes: [DataNote] {
        inputs.compactMap { input in
            input.mappedColumns.isEmpty
                ? nil : .columnsMapped(input: input.path, mappings: input.mappedColumns)
        }
            + inputs.compactMap { input in
                input.unknownColumns.isEmpty
                    ? nil
                    : .columnsIgnored(
                        input: input.path, format: input.format, columns: input.unknownColumns)
            }
            + inputs.compactMap { input in
                input.skippedEmptyRows == 0
                    ? nil
                    : .emptyRowsSkipped(
                        input: input.path, sheet: input.sheet ?? "", rows: input.skippedEmptyRows)
            }
    }

    /// The note on the records rejected, or `nil` when none was.
    public var rejectionNote: DataNote? {
        rejected > 0 ? .recordsRejected(rejected: rejected, read: read, first: firstRejection) : nil
    }
}

extension Int {
    /// The number with a comma between thousands: `12,345`.
    ///
    /// `package`, not public: TallyCore writes numbers only in the sentences of its errors and
    /// rejections; its results are values, whose numbers TallyExport writes with this.
    package var groupedDigits: String {
        let digits = String(magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return self < 0 ? "-" + out : out
    }
}
