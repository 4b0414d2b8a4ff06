import Foundation
import TallyTestSupport
import Testing

@testable import TallyStore

extension StoreTests {
    /// TLS as `sslmode` asks for it, against the test server's self-signed certificate
    /// (`scripts/pg-throwaway.sh` makes it): `require` encrypts without checking the
    /// certificate, `verify-full` checks it against `sslrootcert` and the host's name, and
    /// refuses a certificate of another authority.
    @Suite struct StoreTLSTests {
        /// The server's certificate, which the TLS tests trust as their root.
        func serverCertificate() throws -> String {
            let store = try StoreConnection.open(try TestStore.address())
            defer { store.close() }
            let ssl = try store.query("SHOW ssl").first!.decode(String.self)
            try #require(
                ssl == "on",
                "the test server offers no TLS: start it with scripts/pg-throwaway.sh, which sets up a certificate"
            )
            return try store.query("SHOW ssl_cert_file").first!.decode(String.self)
        }

        /// Whether the connection to `address` is encrypted, as the server sees it.
        func isEncrypted(_ address: StoreAddress) throws -> Bool {
            let store = try StoreConnection.open(address)
            defer { store.close() }
            return try store.query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
                .first!.decode(Bool.self)
        }

        @Test func `sslmode require encrypts, disable does not`() throws {
            _ = try serverCertificate()
            var address = try TestStore.address()
            address.tlsMode = .require
            #expect(try isEncrypted(address))
            address.tlsMode = .disable
            #expect(try !isEncrypted(address))
        }

        @Test(arguments: ["127.0.0.1", "localhost"])
        func `sslmode verify-full trusts the server's certificate given as sslrootcert`(
            host: String
        ) throws {
            var address = try TestStore.address()
            address.host = host
            address.tlsMode = .verifyFull
            address.rootCertificate = try serverCertificate()
            #expect(try isEncrypted(address))
            // As a URL says it, and the store reads and loads through it.
            let url =
                "postgres://\(address.user):\(address.password ?? "")@\(host):\(address.port)/\(address.database)?sslmode=verify-full&sslrootcert=\(address.rootCertificate!)"
            let store = try StoreConnection.open(try StoreAddress(url: url))
            store.close()
        }

        @Test func `sslmode verify-full refuses a certificate another authority signed`() throws {
            _ = try serverCertificate()
            let folder = Fixtures.folder()
            let openssl = Process()
            openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            openssl.arguments = [
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                "/CN=localhost", "-keyout", folder + "/other.key", "-out", folder + "/other.crt",
            ]
            openssl.standardError = FileHandle.nullDevice
            try openssl.run()
            openssl.waitUntilExit()
            try #require(openssl.terminationStatus == 0, "openssl made a certificate")
            var address = try TestStore.address()
            address.tlsMode = .verifyFull
            address.rootCertificate = folder + "/other.crt"
            #expect {
                try StoreConnection.open(address)
            } throws: { error in
                (error as? StoreError)?.kind == .unreachable
            }
            address.rootCertificate = folder + "/missing.crt"
            #expect {
                try StoreConnection.open(address)
            } throws: { error in
                guard let error = error as? StoreError else { return false }
                return error.kind == .badAddress && error.message.contains("missing.crt")
            }
        }
    }
}
