import Foundation

/// Where a store is and how to reach it: from a URL (`postgres://user@host:5432/db?sslmode=require`)
/// with the usual `PG*` environment variables filling what it leaves out, as `psql` reads them.
///
/// The password comes from the URL, `PGPASSWORD`, or the password file (`PGPASSFILE`, else
/// `~/.pgpass`), in that order, and never appears in ``description``.
public struct StoreAddress: Sendable, Hashable, CustomStringConvertible {
    /// The host name or address; a path (starting with `/`) names the folder of a Unix socket.
    public var host: String
    /// The TCP port, or the number in the socket file's name.
    public var port: Int
    /// The role to log in as.
    public var user: String
    /// The database that holds the store's tables.
    public var database: String
    /// The password, if any; never printed.
    public var password: String?
    /// How TLS is used (`sslmode`).
    public var tlsMode: TLSMode
    /// The certificates of the authorities that sign the server's (`sslrootcert`), for
    /// `verify-ca` and `verify-full`; the system's when absent.
    public var rootCertificate: String?

    /// `sslmode` as libpq spells it.
    public enum TLSMode: String, Sendable, Hashable, CaseIterable {
        case disable
        case allow
        case prefer
        case require
        /// TLS, with the server's certificate checked against the root certificates.
        case verifyCA = "verify-ca"
        /// As `verify-ca`, and the certificate must name the host.
        case verifyFull = "verify-full"
    }

    /// The address `url` names, completed from `environment` (the `PG*` variables) and the
    /// password file.
    ///
    /// - Throws: ``StoreError`` of kind `.badAddress` for a URL that is not a PostgreSQL URL or an
    ///   unknown `sslmode`.
    public init(
        url: String?, environment: [String: String]? = nil
    ) throws(StoreError) {
        let environment = environment ?? ProcessInfo.processInfo.environment
        var host = environment["PGHOST"]
        var port = environment["PGPORT"].flatMap { Int($0) }
        var user = environment["PGUSER"]
        var database = environment["PGDATABASE"]
        var password = environment["PGPASSWORD"]
        var mode = environment["PGSSLMODE"]
        var rootCertificate = environment["PGSSLROOTCERT"]

        if let url, !url.isEmpty {
            guard let parts = URLComponents(string: url),
                let scheme = parts.scheme, ["postgres", "postgresql"].contains(scheme)
            else {
                throw StoreError(
                    .badAddress,
                    "\(StoreAddress.redacted(url)) is not a PostgreSQL URL (postgres://USER@HOST:PORT/DATABASE)"
                )
            }
            if let value = parts.host, !value.isEmpty { host = value.removingPercentEncoding }
            if let value = parts.port { port = value }
            if let value = parts.user, !value.isEmpty { user = value.removingPercentEncoding }
            if let value = parts.password { password = value.removingPercentEncoding }
            let path = String(parts.path.drop { $0 == "/" })
            if !path.isEmpty { database = path.removingPercentEncoding }
            for item in parts.queryItems ?? [] {
                switch item.name {
                case "sslmode": mode = item.value
                case "sslrootcert": rootCertificate = item.value
                case "host": host = item.value
                case "port": port = item.value.flatMap { Int($0) }
                case "user": user = item.value
                case "password": password = item.value
                case "dbname": database = item.value
                default:
                    throw StoreError(
                        .badAddress,
                        "the store URL's parameter \"\(item.name)\" is not one Tally reads (sslmode, sslrootcert, host, port, user, password, dbname)"
                    )
                }
            }
        }
        guard let tlsMode = TLSMode(rawValue: mode ?? "prefer") else {
            throw StoreError(
                .badAddress,
                "sslmode \"\(mode!)\" is not one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        self.host = host ?? StoreAddress.defaultHost(port: port ?? 5432)
        self.port = port ?? 5432
        self.user = user ?? environment["USER"] ?? NSUserName()
        self.database = database ?? self.user
        self.tlsMode = tlsMode
        self.rootCertificate = rootCertificate
        self.password =
            password
            ?? PasswordFile(environment: environment)?.password(
                host: self.host, port: self.port, database: self.database, user: self.user)
    }

    /// `postgres://user@host:port/database` with no password: what messages and the About
    /// sheet name.
    public var description: String {
        let shownHost = host.hasPrefix("/") ? "[\(host)]" : host
        return "postgres://\(user)@\(shownHost):\(port)/\(database)"
    }

    /// Whether the host names a Unix socket's folder.
    var isUnixSocket: Bool { host.hasPrefix("/") }

    /// The socket file of a Unix-socket address.
    var socketPath: String { "\(host)/.s.PGSQL.\(port)" }

    /// A URL with its password, if any, replaced by `***`.
    static func redacted(_ url: String) -> String {
        guard var parts = URLComponents(string: url) else { return "the store URL" }
        if parts.password != nil { parts.password = "***" }
        if let items = parts.queryItems, items.contains(where: { $0.name == "password" }) {
            parts.queryItems = items.map {
                $0.name == "password" ? URLQueryItem(name: "password", value: "***") : $0
            }
        }
        return parts.string ?? "the store URL"
    }

    /// libpq's default: the local socket folder when a server listens there, else localhost.
    private static func defaultHost(port: Int) -> String {
        for folder in ["/var/run/postgresql", "/tmp"]
        where FileManager.default.fileExists(atPath: "\(folder)/.s.PGSQL.\(port)") {
            return folder
        }
        return "localhost"
    }
}
