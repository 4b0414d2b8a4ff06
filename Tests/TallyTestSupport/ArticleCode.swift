/// A documentation article held to a test: the article's code blocks must be the test's marked
/// code, block for block, so that the code a reader copies is code that compiles and runs.
package enum ArticleCode {
    /// The contents of the Markdown code blocks fenced as `language`, in order.
    package static func blocks(fenced language: String, in markdown: String) -> [String] {
        var blocks: [String] = []
        var block: [Substring]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if let lines = block {
                if line == "```" {
                    blocks.append(lines.joined(separator: "\n"))
                    block = nil
                } else {
                    block = lines + [line]
                }
            } else if line == "```" + language {
                block = []
            }
        }
        return blocks
    }

    /// The code between each `// BEGIN article code` line of `source` and the next
    /// `// END article code`, without the indentation its lines share.
    package static func markedCode(in source: String) -> [String] {
        var regions: [String] = []
        var region: [Substring]?
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let marker = line.drop { $0 == " " }
            if marker == "// BEGIN article code" {
                region = []
            } else if marker == "// END article code", let lines = region {
                let indent =
                    lines.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }
                    .min() ?? 0
                regions.append(lines.map { $0.dropFirst(indent) }.joined(separator: "\n"))
                region = nil
            } else {
                region?.append(line)
            }
        }
        return regions
    }
}
