import Foundation
import TallyTestSupport
import Testing

@testable import TallyStore

/// Where a store is: the URL, the `PG*` variables for what it leaves out, the password from the
/// URL, `PGPASSWORD` or the password file, in that order; and the password never in a message.
/// No server is needed.
struct StoreAddressTests {
    /// A password file with `lines`, private (0600) unless `mode` says otherwise.
    func passwordFile(_ lines: [String], mode: Int = 0o600) throws -> String {
        let path = Fixtures.file(lines.joined(separator: "\n") + "\n", name: "pgpass")
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    /// An environment that names no password file of the machine's.
    let bare = ["HOME": "/nonexistent", "USER": "analyst"]

    @Test func `a URL names every part of the address`() throws {
        let address = try StoreAddress(
            url:
                "postgresql://ana:s%3Acr%40t@db.example.org:6543/incidents?sslmode=verify-full&sslrootcert=/etc/ca.crt",
            environment: bare)
        #expect(address.host == "db.example.org")
        #expect(address.port == 6543)
        #expect(address.user == "ana")
        #expect(address.password == "s:cr@t")
        #expect(address.database == "incidents")
        #expect(address.tlsMode == .verifyFull)
        #expect(address.rootCertificate == "/etc/ca.crt")
    }

    @Test func `PG variables fill what the URL leaves out, and the URL wins`() throws {
        let environment = bare.merging([
            "PGHOST": "pg.internal", "PGPORT": "7000", "PGUSER": "coder", "PGPASSWORD": "fromenv",
            "PGDATABASE": "events", "PGSSLMODE": "require",
        ]) { $1 }
        let fromEnvironment = try StoreAddress(url: nil, environment: environment)
        #expect(fromEnvironment.host == "pg.internal")
        #expect(fromEnvironment.port == 7000)
        #expect(fromEnvironment.user == "coder")
        #expect(fromEnvironment.password == "fromenv")
        #expect(fromEnvironment.database == "events")
        #expect(fromEnvironment.tlsMode == .require)

        let mixed = try StoreAddress(url: "postgres://ana@db2/other", environment: environment)
        #expect(
            (mixed.host, mixed.port, mixed.user, mixed.database) == ("db2", 7000, "ana", "other"))
        #expect(mixed.password == "fromenv")
        #expect(mixed.tlsMode == .require)
    }

    @Test func `defaults are libpq's: port 5432, the user's name as database, sslmode prefer`()
        throws
    {
        let address = try StoreAddress(url: "postgres://db.example.org", environment: bare)
        #expect(address.port == 5432)
        #expect(address.user == "analyst")
        #expect(address.database == "analyst")
        #expect(address.tlsMode == .prefer)
        #expect(address.password == nil)
    }

    @Test func `the password file gives the password of the first line that matches`() throws {
        let file = try passwordFile([
            "# host:port:database:user:password",
            "other.example.org:5432:*:ana:wrong",
            "db.example.org:*:incidents:ana:pa\\:ss\\\\word",
            "*:*:*:*:fallback",
        ])
        let environment = bare.merging(["PGPASSFILE": file]) { $1 }
        let matched = try StoreAddress(
            url: "postgres://ana@db.example.org:6543/incidents", environment: environment)
        #expect(matched.password == "pa:ss\\word")
        let other = try StoreAddress(
            url: "postgres://bob@db.example.org/elsewhere", environment: environment)
        #expect(other.password == "fallback")
    }

    @Test func `the URL's password comes before PGPASSWORD, which comes before the file`() throws {
        let file = try passwordFile(["*:*:*:*:fromfile"])
        var environment = bare.merging(["PGPASSFILE": file]) { $1 }
        #expect(
            try StoreAddress(url: "postgres://a@h/d", environment: environment).password
                == "fromfile")
        environment["PGPASSWORD"] = "fromenv"
        #expect(
            try StoreAddress(url: "postgres://a@h/d", environment: environment).password
                == "fromenv")
        #expect(
            try StoreAddress(url: "postgres://a:fromurl@h/d", environment: environment).password
                == "fromurl")
    }

    @Test func `a password file that others may read is ignored, as libpq ignores it`() throws {
        let file = try passwordFile(["*:*:*:*:exposed"], mode: 0o644)
        let address = try StoreAddress(
            url: "postgres://a@h/d", environment: bare.merging(["PGPASSFILE": file]) { $1 })
        #expect(address.password == nil)
    }

    @Test(arguments: [
        ("mysql://a:hunter2@h/d", "is not a PostgreSQL URL"),
        ("postgres://a:hunter2@h/d?sslmode=sometimes", "sslmode \"sometimes\" is not one of"),
        ("postgres://a:hunter2@h/d?application=x", "parameter \"application\" is not one"),
    ])
    func `a URL Tally cannot use is refused, naming the problem and not the password`(
        url: String, problem: String
    ) {
        #expect {
            try StoreAddress(url: url, environment: bare)
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.kind == .badAddress && error.message.contains(problem)
                && !error.message.contains("hunter2")
        }
    }

    @Test func `the address is described without its password`() throws {
        let address = try StoreAddress(
            url: "postgres://ana:hunter2@db.example.org:6543/incidents", environment: bare)
        #expect(address.description == "postgres://ana@db.example.org:6543/incidents")
        #expect(StoreAddress.redacted("postgres://ana:hunter2@h/d") == "postgres://ana:***@h/d")
        #expect(
            StoreAddress.redacted("postgres://h/d?password=hunter2")
                == "postgres://h/d?password=***")
    }

    @Test func `a server that cannot be reached exits 69, and the password is never printed`()
        throws
    {
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        for arguments in [
            ["aggregate", "--db", "postgres://ana:hunter2@127.0.0.1:1/incidents"],
            ["db", "init", "--db", "postgres://ana:hunter2@127.0.0.1:1/incidents"],
        ] {
            let outcome = try TallyBinary.run(arguments)
            #expect(outcome.status == 69, "\(outcome.stderr)")
            #expect(outcome.stderr.contains("postgres://ana@127.0.0.1:1/incidents"))
            #expect(!outcome.stderr.contains("hunter2"))
            #expect(!outcome.stdout.contains("hunter2"))
        }
        let usage = try TallyBinary.run(["aggregate", "--db", "mysql://ana:hunter2@h/d"])
        #expect(usage.status == 64)
        #expect(!usage.stderr.contains("hunter2"))
    }
}
