import ArgumentParser
import Foundation
import TallyCore
import TallyExport

/// The inputs every reading command takes, and what to do with rejected records.
struct InputOptions: ParsableArguments {
    @Option(
        name: [.short, .customLong("input")],
        help: ArgumentHelp(
            "A records file (.csv, .tsv, .txt, .jsonl, .xlsx), a folder of them, or - for stdin; repeatable. Default: datasets/.",
            valueName: "path"))
    var inputs: [String] = []

    @Option(
        help: ArgumentHelp(
            "Write rejected records (file, line, reason, the record as written) to this CSV file.",
            valueName: "file"))
    var rejects: String?

    @Flag(help: "Exit with 65, writing nothing, when any record is rejected.")
    var strict = false

    @Option(
        help: ArgumentHelp(
            "Threads that read a large file (8 MB or more) in parts, for aggregate, compare and export without --records; 1 reads in one pass. Results are the same either way. Default: every core (\(ReadOptions.processorCount) here).",
            valueName: "n"))
    var threads: Int?

    @Option(
        name: .customLong("column"),
        help: ArgumentHelp(
            "Read a header name as a column of the record format (region=Oblast), repeated. Names analysts use (province, killed, event_date...) are read without it, with a note.",
            valueName: "column=name"))
    var columnMappings: [String] = []

    @Option(
        name: .customLong("ignore-column"),
        help: ArgumentHelp(
            "Leave a header column out without a word (one close to a column name is refused otherwise), repeated.",
            valueName: "name"))
    var ignoredColumns: [String] = []

    @Option(
        help: ArgumentHelp(
            "The CSV delimiter: comma, semicolon, tab or pipe. Default: sniffed from the first lines.",
            valueName: "name"))
    var delimiter: String?

    @Option(
        help: ArgumentHelp(
            "The encoding of text files without a byte order mark: \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")). Default: UTF-8 (UTF-16 is recognised by its byte order mark).",
            valueName: "name"))
    var encoding: String?

    @Option(
        name: .customLong("date-order"),
        help: ArgumentHelp(
            "How to read slash dates such as 05/06/2025: dmy (5 June) or mdy (6 May). Without it, a slash date that reads both ways is rejected. Dotted dates (25.12.2025) are always day first.",
            valueName: "dmy|mdy"))
    var dateOrder: String?

    @Option(
        help: ArgumentHelp(
            "The sheet of an .xlsx workbook to read. Default: the first sheet whose first row names the required columns.",
            valueName: "name"))
    var sheet: String?

    #if TALLY_STORE
        @OptionGroup var store: StoreOption
    #endif

    func validate() throws {
        _ = try dialect()
        _ = try resolvedDateOrder()
        if let threads, threads < 1 {
            throw ValidationError("--threads must be at least 1, not \(threads)")
        }
        _ = try columns()
    }

    /// `--delimiter`, `--encoding` and `--sheet` as the reader takes them.
    func dialect() throws -> InputDialect {
        var dialect = InputDialect(sheet: sheet)
        if let delimiter {
            guard let parsed = CSVDelimiter(naming: delimiter) else {
                throw ValidationError(
                    "--delimiter \(delimiter): write comma, semicolon, tab or pipe")
            }
            dialect.delimiter = parsed
        }
        if let encoding {
            guard let parsed = TextEncoding(naming: encoding) else {
                throw ValidationError(
                    "--encoding \(encoding): write one of \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            dialect.encoding = parsed
        }
        return dialect
    }

    /// `--date-order` as the reader takes it.
    func resolvedDateOrder() throws -> DateOrder? {
        guard let dateOrder else { return nil }
        guard let order = DateOrder(rawValue: dateOrder.lowercased()) else {
            throw ValidationError(
                "--date-order \(dateOrder): write dmy (day first) or mdy (month first)")
        }
        return order
    }

    /// `--column` and `--ignore-column` as the reader takes them.
    func columns() throws -> ColumnMapping {
        var mapping = ColumnMapping(
            ignored: Set(
                ignoredColumns.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }))
        for value in columnMappings {
            let parts = value.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let column = Column(headerName: parts[0]), !parts[1].isEmpty
            else {
                throw ValidationError(
                    "--column \(value): write COLUMN=NAME, COLUMN one of \(Column.allCases.map(\.name).joined(separator: ", "))"
                )
            }
            mapping.mapped[parts[1].trimmingCharacters(in: .whitespaces).lowercased()] = column
        }
        return mapping
    }

    /// The inputs to read, resolved: the given paths, or the default dataset folder.
    func resolved() throws(InputError) -> InputSet {
        guard inputs.isEmpty else { return try InputSet.resolve(inputs) }
        #if TALLY_STORE
            // A store in place of files: the default dataset is not read beside it.
            if store.url != nil { return InputSet([]) }
        #endif
        guard let folder = DefaultDataset.locate() else {
            throw InputError(
                .missing, file: "datasets",
                "no input given and no datasets/ folder found here or beside the tally binary; pass -i PATH"
            )
        }
        return try InputSet.resolve([folder])
    }
}

/// The grouping, period and filter options of commands that aggregate.
struct TableOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Group by these, comma-separated: month, week (Saturday to Friday), quarter, year, country, region (with its country), category, type, actor.",
            valueName: "dims"))
    var by = "month,region"

    @Option(
        help: ArgumentHelp(
            "Only records dated inside this period or later: 2024, 2024-Q4, 2024-12, 2024-12-25, or a range A..B.",
            valueName: "period"))
    var from: String?

    @Option(
        help: ArgumentHelp("Only records dated inside this period or earlier.", valueName: "period")
    )
    var to: String?

    @Option(
        name: .customLong("where"),
        help: ArgumentHelp(
            "Keep records whose FIELD equals VALUE (ignoring case); the same field twice is OR, different fields AND. Fields: country, region, location, category, type, actor, actor1, actor2, source, date_precision.",
            valueName: "field=value"))
    var filters: [String] = []

    @Flag(
        help: "Add zero rows for every period x group in the range, so time series have no holes.")
    var fill = false

    @Flag(help: "Keep only the latest period of the time dimension that has data.")
    var latest = false

    @OptionGroup var coverage: CoverageOption

    /// The request these options describe; a `ValidationError` (exit 64) names a bad option.
    func request() throws -> AggregationRequest {
        let dimensions: [TableDimension]
        do { dimensions = try TableDimension.parseList(by) } catch {
            throw ValidationError("--by: \(error)")
        }
        var range: PeriodRange?
        do {
            let first = try from.map { try PeriodRange(parsing: $0) }
            let last = try to.map { try PeriodRange(parsing: $0) }
            if first != nil || last != nil {
                range = PeriodRange(from: first?.first, to: last?.last)
                guard range!.first.start <= range!.last.end else {
                    throw ValidationError("--from \(from!) is after --to \(to!)")
                }
            }
        } catch let error as PeriodSyntaxError {
            throw ValidationError(error.description)
        }
        let filter: RecordFilter
        do { filter = try RecordFilter(parsing: filters) } catch {
            throw ValidationError(error.description)
        }
        let request = AggregationRequest(
            dimensions: dimensions, range: range, filter: filter, fill: fill, latestOnly: latest,
            coverage: try coverage.days())
        if (fill || latest) && request.timeDimension == nil {
            throw ValidationError(
                "--\(fill ? "fill" : "latest") needs a time dimension in --by (month, week, quarter or year)"
            )
        }
        return request
    }
}

/// Where a table goes and in which format: shared by `aggregate` and `compare`.
struct TableOutputOptions: ParsableArguments {
    @Option(
        help:
            "text, csv, json, xlsx (a workbook; needs -o) or html (a page to read or print). Default: from the -o extension, else text."
    )
    var format: OutputFormat?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write here instead of stdout (- for stdout).", valueName: "file"))
    var output = "-"

    /// The format asked for, else the one the output's extension names, else text.
    var resolvedFormat: OutputFormat {
        format ?? outputFormat(ofPath: output, else: OutputFormat.text)
    }

    /// Where the output goes: standard output or a file.
    var resolvedDestination: OutputDestination { OutputDestination(argument: output) }

    func validate() throws {
        let format = resolvedFormat
        if format.writesByPath && output == "-" {
            throw ValidationError(
                "--format \(format.rawValue) writes a workbook: name it with -o FILE.\(format.rawValue)"
            )
        }
    }
}
