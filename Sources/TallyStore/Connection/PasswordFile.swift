import Foundation

/// The password file libpq reads (`PGPASSFILE`, else `~/.pgpass`): lines of
/// `host:port:database:user:password`, `*` matching anything, `\:` and `\\` escaped. Like libpq,
/// a file that others may read is ignored.
struct PasswordFile {
    let entries: [[String]]

    /// The password file of `environment`, or `nil` when there is none or it is not private.
    init?(environment: [String: String]) {
        let path =
            environment["PGPASSFILE"]
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.pgpass"
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let permissions = attributes[.posixPermissions] as? Int, permissions & 0o077 == 0,
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        else { return nil }
        entries = text.split(whereSeparator: \.isNewline).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = PasswordFile.fields(of: line)
            return fields.count == 5 ? fields : nil
        }
    }

    /// The password of the first line that matches.
    func password(host: String, port: Int, database: String, user: String) -> String? {
        let wanted = [host, String(port), database, user]
        for entry in entries {
            let matches = zip(entry, wanted).allSatisfy { field, value in
                field == "*" || field == value
                    || (field == "localhost" && value.hasPrefix("/"))
            }
            if matches { return entry[4] }
        }
        return nil
    }

    /// A line's fields, with `\:` and `\\` unescaped.
    static func fields(of line: Substring) -> [String] {
        var fields: [String] = []
        var field = ""
        var escaped = false
        for character in line {
            if escaped {
                field.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
