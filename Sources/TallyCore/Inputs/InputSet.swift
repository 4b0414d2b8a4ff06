#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The inputs of a run, in the order they are read.
public struct InputSet: Sendable, Hashable {
    /// Files and streams, folders already expanded.
    public var inputs: [RecordInput]

    /// The given inputs as they are.
    public init(_ inputs: [RecordInput]) {
        self.inputs = inputs
    }

    /// Resolves paths as the CLI takes them: a file, a folder (its `*.csv`, `*.tsv`, `*.xlsx`,
    /// `*.jsonl` and
    /// `*.ndjson` files, sorted by name), or `-` for standard input.
    ///
    /// - Throws: ``InputError`` of kind `.missing` for a path that does not exist, or a folder
    ///   with no records files.
    public static func resolve(_ paths: [String]) throws(InputError) -> InputSet {
        var inputs: [RecordInput] = []
        for path in paths {
            if path == "-" {
                inputs.append(RecordInput(path: path))
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                throw InputError(.missing, file: path, "no such file or folder")
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                let files = try recordFiles(inFolder: path)
                guard !files.isEmpty else {
                    throw InputError(
                        .missing, file: path,
                        "the folder holds no .csv, .tsv, .jsonl or .xlsx files")
                }
                inputs += files.map { RecordInput(path: $0) }
            } else {
                inputs.append(RecordInput(path: path))
            }
        }
        return InputSet(inputs)
    }

    /// The layout a path's extension names, if any.
    static func format(ofPath path: String) -> InputFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonLines }
        if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") { return .csv }
        if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") { return .xlsx }
        return nil
    }

    private static func recordFiles(inFolder folder: String) throws(InputError) -> [String] {
        // `~$book.xlsx` is the lock file Excel keeps beside a workbook it has open.
        try files(inFolder: folder) { !$0.hasPrefix("~$") && format(ofPath: $0) != nil }
    }

    /// The paths of the entries directly in `folder` whose names `accepts` takes, hidden ones
    /// left out, in the byte order of their names: how a folder given on the command line is
    /// read, of records or of articles.
    public static func files(
        inFolder folder: String, where accepts: (String) -> Bool
    ) throws(InputError) -> [String] {
        guard let directory = opendir(folder) else {
            throw InputError(
                .missing, file: folder, "cannot be opened: \(systemErrorMessage(errno))")
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard !name.hasPrefix("."), accepts(name) else { continue }
            names.append(name)
        }
        let separator = folder.hasSuffix("/") ? "" : "/"
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map {
            folder + separator + $0
        }
    }
}

extension InputSet: RecordSource {
    /// The inputs, in order.
    public func recordStreams() -> [RecordStream] {
        inputs.map(RecordStream.init)
    }
}
