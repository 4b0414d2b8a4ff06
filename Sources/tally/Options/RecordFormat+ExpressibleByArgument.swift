import ArgumentParser
import TallyExport

/// `--format csv|jsonl`, read by its name.
extension RecordFormat: ExpressibleByArgument {}
