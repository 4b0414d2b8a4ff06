import ArgumentParser
import TallyCore
import TallyExport

extension Tally {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Write an analyst workbook (.xlsx) or a spreadsheet-safe CSV for any period and grouping.",
            discussion: """
                XLSX sheets: Aggregate (the --by table), Pivot (regions down, periods across, incidents; \
                when the grouping has a time dimension and region), Records (with --records: every \
                record counted, day-precision dates as real dates, links), About (inputs, query, \
                counting rules). With --records the workbook streams: memory stays flat whatever the \
                number of records, and Records continues on Records (2) past Excel's 1,048,575 rows.

                CSV: the aggregate table, or the records with --records. Text cells that begin with \
                =, +, -, @, tab, CR or LF get a leading ' so that spreadsheet programs do not run them \
                as formulas (--no-formula-guard switches it off); numbers are never touched.

                Examples:
                  tally export --by month,region --from 2025 -o border-2025.xlsx
                  tally export --records --where country=Tajikistan -o tajikistan-records.csv --bom
                """)

        @OptionGroup var input: InputOptions
        @OptionGroup var table: TableOptions

        @Flag(help: "Include every counted record (a Records sheet, or a records CSV).")
        var records = false

        @Flag(
            inversion: .prefixedNo,
            help: "Neutralise formula-like text in CSV cells with a leading '.")
        var formulaGuard = true

        @Flag(help: "Start the CSV with a UTF-8 byte-order mark (for Excel on Windows).")
        var bom = false

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("The file to write: .xlsx or .csv.", valueName: "file"))
        var output: String

        func validate() throws {
            _ = try table.request()
            guard isXLSX || output.lowercased().hasSuffix(".csv") else {
                throw ValidationError("-o \(output): write a .xlsx or a .csv file")
            }
        }

        var isXLSX: Bool { output.lowercased().hasSuffix(".xlsx") }

        func run() throws {
            let request = try table.request()
            let csvOptions = CSVOptions(guardsFormulas: formulaGuard, writesByteOrderMark: bom)
            if isXLSX {
                try ReadRun.writing { () throws(OutputError) in
                    try OutputFile.checkCreatable(output)
                }
                let run = try ReadRun(input)
                let inputs = try run.inputs()
                try WorkbookExport.write(
                    to: output, request: request, inputs: inputs, run: run, includesPivot: true,
                    includesRecords: records)
                return
            }
            let out = try ReadRun.open(.file(output))
            let run = try ReadRun(input)
            let inputs = try run.inputs()
            let result: AggregationResult
            do {
                if records {
                    let writer = try ReadRun.writing { () throws(OutputError) in
                        try RecordCSVWriter(output: out, options: csvOptions)
                    }
                    result = try Aggregation.run(
                        request, inputs: inputs, options: run.readOptions()
                    ) { record in
                        try writer.write(record)
                    }
                } else {
                    result = try Aggregation.run(
                        request, inputs: inputs, options: run.readOptions())
                }
            } catch let error as InputError {
                throw run.fail(error, discarding: [out])
            } catch let error as OutputError {
                out.discard()
                Diagnostics.error(error.description)
                throw ExitCode(ExitStatus.cannotCreateOutput)
            }
            try run.finish(result.accounting, notes: result.notes, discardingOnFailure: [out])
            try ReadRun.writing { () throws(OutputError) in
                if !records {
                    try out.write(TableCSVEmitter(options: csvOptions).text(result.table))
                }
                try out.commit()
            }
        }
    }
}

/// Writes the analyst workbook for `export` and `aggregate --format xlsx`.
enum WorkbookExport {
    static func write(
        to path: String, request: AggregationRequest, inputs: InputSet, run: ReadRun,
        includesPivot: Bool,
        includesRecords: Bool
    ) throws {
        let context = EmissionContext.current()
        do {
            try OutputFile.replace(path) { temporary in
                let workbook = try ExportWorkbook(
                    path: temporary, request: request, includesPivot: includesPivot,
                    includesRecords: includesRecords, context: context)
                let options = run.readOptions()
                let result =
                    includesRecords
                    ? try Aggregation.run(request, inputs: inputs, options: options) {
                        (row: ListedRow) in try workbook.list(row)
                    }
                    : try Aggregation.run(request, inputs: inputs, options: options)
                try run.finish(result.accounting, notes: result.notes, discardingOnFailure: [])
                try workbook.finish(result, query: ExportWorkbook.queryLines(request))
            }
        } catch let error as InputError {
            throw run.fail(error, discarding: [])
        } catch let error as ExitCode {
            throw error
        } catch {
            run.progress.finish()
            Diagnostics.error("\(error)")
            throw ExitCode(ExitStatus.cannotCreateOutput)
        }
    }
}
