extension Array where Element == String {
    /// Whether the list names `word`: the rules ask this of short literal lists (`["the", "a"]`)
    /// at almost every token. Words of another length are passed over without the standard
    /// library's out-of-line string comparison, which most unequal pairs would otherwise reach.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        let count = word.utf8.count
        for candidate in self where candidate.utf8.count == count && candidate == word {
            return true
        }
        return false
    }
}
