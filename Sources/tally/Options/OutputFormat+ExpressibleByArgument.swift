import ArgumentParser
import TallyExport

/// `--format text|csv|json|xlsx|html`, read by its name.
extension OutputFormat: ExpressibleByArgument {}
