import ArgumentParser
import Foundation
import TallyCore
import TallyExport
import TallyExtract
import TallyRun

extension Tally.Extract {
    /// The most a file or an address may hold: far more than any article or feed.
    static let maximumBytes = 32 << 20

    /// The extensions of the files a folder given as an article contributes: text, saved pages
    /// and feeds, in any case.
    static let articleExtensions: Set<String> = [
        "txt", "text", "htm", "html", "xhtml", "xml", "rss", "atom",
    ]

    /// The arguments, each folder replaced by the article files directly in it, in the order of
    /// their names (hidden files and subfolders left out). `tally extract news/` reads a folder
    /// of ten thousand articles without a command line that long, whose parsing grows with the
    /// square of its length. A folder with no article file is kept as it is, for ``load`` to
    /// say so.
    static func expandingFolders(_ arguments: [String]) -> [String] {
        var paths: [String] = []
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard !WebFetch.isAddress(argument),
                FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder),
                isFolder.boolValue,
                let listed = try? InputSet.files(
                    inFolder: argument,
                    where: {
                        articleExtensions.contains(
                            URL(fileURLWithPath: $0).pathExtension.lowercased())
                    })
            else {
                paths.append(argument)
                continue
            }
            let files = listed.filter { path in
                var isSubfolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isSubfolder)
                    && !isSubfolder.boolValue
            }
            paths += files.isEmpty ? [argument] : files
        }
        return paths
    }

    /// The bytes of a file or a web address, at most ``maximumBytes``, and the address they came
    /// from; a clear error and the right exit status otherwise.
    static func load(
        _ argument: String, fetcher: WebFetch, out: OutputFile
    ) throws -> (
        bytes: [UInt8], address: String?, contentType: String?
    ) {
        if WebFetch.isAddress(argument) {
            do {
                let response = try Interrupts.ignoringBrokenPipes { () throws(WebFetchError) in
                    try fetcher.fetch(argument)
                }
                return (response.body, response.finalURL, response.contentType)
            } catch {
                out.discard()
                Diagnostics.error(error.description)
                switch error.reason {
                case .unreachable, .timedOut: throw ExitCode(ExitStatus.unavailable)
                case .httpStatus(let status) where status == 404 || status == 410:
                    throw ExitCode(ExitStatus.inputMissing)
                case .httpStatus: throw ExitCode(ExitStatus.unavailable)
                case .invalidAddress: throw ExitCode(ExitStatus.usage)
                case .tooLarge, .tooManyRedirects, .notSupported:
                    throw ExitCode(ExitStatus.invalidData)
                }
            }
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder),
            isFolder.boolValue
        {
            out.discard()
            let kinds = articleExtensions.sorted().map { "." + $0 }.joined(separator: ", ")
            Diagnostics.error("\(argument): a folder with no article file in it (\(kinds))")
            throw ExitCode(ExitStatus.inputMissing)
        }
        // Read through a handle, never more than the cap: a 2 GB file or a device that never
        // ends stops there.
        guard let handle = FileHandle(forReadingAtPath: argument) else {
            out.discard()
            Diagnostics.error("\(argument): no such file, or it cannot be read")
            throw ExitCode(ExitStatus.inputMissing)
        }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.read(upToCount: maximumBytes + 1) ?? Data() } catch {
            out.discard()
            Diagnostics.error("\(argument): cannot be read (\(error.localizedDescription))")
            throw ExitCode(ExitStatus.inputMissing)
        }
        guard data.count <= maximumBytes else {
            out.discard()
            Diagnostics.error(
                "\(argument): larger than \(maximumBytes >> 20) MiB; an article, a saved page or a feed is far smaller (is it the right file?)"
            )
            throw ExitCode(ExitStatus.invalidData)
        }
        return ([UInt8](data), nil, nil)
    }

    /// A record id's stem: a file's name without its extension, or an address's last part.
    static func articleName(_ argument: String) -> String {
        if WebFetch.isAddress(argument) {
            let parts = argument.split(separator: "/").filter { !$0.isEmpty }
            let last = parts.count > 2 ? String(parts.last!) : String(parts.last ?? "page")
            return slug(last.split(separator: "?").first.map(String.init) ?? last)
        }
        return URL(fileURLWithPath: argument).deletingPathExtension().lastPathComponent
    }

    /// A feed item's part of a record id: its address's last part, else its number.
    static func itemName(_ article: WebArticle, number: Int) -> String {
        if let address = article.url ?? article.itemID {
            let last = address.split(separator: "/").last.map(String.init) ?? ""
            let name = slug(last.split(separator: "?").first.map(String.init) ?? last)
            if !name.isEmpty { return name }
        }
        return "item\(number)"
    }

    /// Letters, digits and single dashes: `Tajik-border_clash.html` -> `tajik-border-clash-html`.
    static func slug(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                result.append(character)
            } else if !result.isEmpty && result.last != "-" {
                result.append("-")
            }
        }
        while result.last == "-" { result.removeLast() }
        return String(result.prefix(60))
    }

    /// The records of the file monitoring merges into: none when it does not exist yet. A row
    /// the reader rejects stops the run: rewriting the file would drop it.
    static func existingRecords(_ path: String) throws -> [Record] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        var rejected: [Rejection] = []
        var options = ReadOptions()
        options.onRejection = { rejected.append($0) }
        let records: [Record]
        do {
            records = try RecordListing.records(from: InputSet.resolve([path]), options: options)
                .records
        } catch {
            Diagnostics.error("--merge-into: \(error)")
            throw ExitCode(ExitStatus(error))
        }
        if let first = rejected.first {
            Diagnostics.error(
                "--merge-into \(path): \(rejected.count) row\(rejected.count == 1 ? "" : "s") would be lost in the rewrite; first: \(first); fix the file (tally validate -i \(path)) and run again"
            )
            throw ExitCode(ExitStatus.invalidData)
        }
        return records
    }
}
