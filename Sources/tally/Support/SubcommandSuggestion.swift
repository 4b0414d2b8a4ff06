import ArgumentParser

/// "tally agregate --by month": a word in the place of a subcommand that names none, and the
/// subcommand it most likely meant, by edit distance (as ArgumentParser does for options).
enum SubcommandSuggestion {
    /// The subcommand meant by `word`, when `word` is not one and a name lies within two edits
    /// (or three for long names); nil when `word` is a subcommand, an option or too far from
    /// every name.
    static func suggestion(for word: String, among names: [String]) -> String? {
        guard !word.hasPrefix("-"), !names.contains(word), word != "help" else { return nil }
        let lowered = word.lowercased()
        let ranked = names.map { ($0, distance(lowered, $0)) }.min { $0.1 < $1.1 }
        guard let (name, edits) = ranked, edits <= (name.count > 8 ? 3 : 2) else { return nil }
        return name
    }

    /// The names `tally` answers to.
    static var names: [String] {
        Tally.configuration.subcommands.map { $0._commandName }
    }

    /// Levenshtein distance: insertions, deletions and substitutions.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf8)
        let b = Array(b.utf8)
        var previous = Array(0...b.count)
        for i in 1...Swift.max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...Swift.max(b.count, 1) where !b.isEmpty {
                current[j] = Swift.min(
                    previous[j] + 1, current[j - 1] + 1,
                    previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
