/// The format an output path's extension names (`table.json` -> `json`), or `fallback`.
func outputFormat<Format: CaseIterable & RawRepresentable>(
    ofPath path: String, else fallback: Format
) -> Format
where Format.RawValue == String {
    let lower = path.lowercased()
    return Format.allCases.first { lower.hasSuffix("." + $0.rawValue) } ?? fallback
}
