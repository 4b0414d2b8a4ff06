import ArgumentParser
import TallyCore

/// "tally agregate --by month": a word in the place of a subcommand that names none, and the
/// subcommand it most likely meant, by edit distance (as ArgumentParser does for options).
enum SubcommandSuggestion {
    /// The subcommand meant by `word`, when `word` is not one and a name lies within two edits
    /// (or three for long names); nil when `word` is a subcommand, an option or too far from
    /// every name.
    static func suggestion(for word: String, among names: [String]) -> String? {
        guard !word.hasPrefix("-"), !names.contains(word), word != "help" else { return nil }
        let lowered = word.lowercased()
        let ranked = names.map { ($0, EditDistance.between(lowered, $0)) }.min { $0.1 < $1.1 }
        guard let (name, edits) = ranked, edits <= (name.count > 8 ? 3 : 2) else { return nil }
        return name
    }

    /// The names `tally` answers to.
    static var names: [String] {
        Tally.configuration.subcommands.map { $0._commandName }
    }
}
