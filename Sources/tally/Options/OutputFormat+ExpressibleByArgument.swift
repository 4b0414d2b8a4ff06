import ArgumentParser
import TallyExport

/// `--format text|csv|json|xlsx`, read by its name.
extension OutputFormat: ExpressibleByArgument {}
