import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
package import PostgresNIO

/// One connection to a store: its own event loop, the PostgreSQL connection on it, and calls
/// that wait for their answer.
///
/// Tally's reading is synchronous (records are folded one at a time as they are read), so a
/// call waits on its caller's thread, as a file read does. Everything it waits for runs on the
/// connection's own event-loop thread, never on Swift's cooperative pool: a caller that is
/// itself on that pool (a test, a task of a task group) blocks one of its threads for the length
/// of a round trip, and can never deadlock it (`StoreConcurrencyTests` holds this).
///
/// A class: it owns the connection and its thread, released by ``close()``.
package final class StoreConnection: @unchecked Sendable {
    package let address: StoreAddress
    private let group: MultiThreadedEventLoopGroup
    package let connection: PostgresConnection
    package let logger: Logger
    private var isClosed = false

    private init(
        address: StoreAddress, group: MultiThreadedEventLoopGroup, connection: PostgresConnection,
        logger: Logger
    ) {
        self.address = address
        self.group = group
        self.connection = connection
        self.logger = logger
    }

    /// Connects and authenticates.
    ///
    /// - Throws: ``StoreError``: `.unreachable`, `.authentication`, `.missingDatabase`.
    package static func open(_ address: StoreAddress) throws(StoreError) -> StoreConnection {
        var logger = Logger(label: "tally.store")
        logger.logLevel = .critical
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            let configuration = try makeConfiguration(address)
            let connection = try PostgresConnection.connect(
                on: group.next(), configuration: configuration, id: 1, logger: logger
            ).wait()
            return StoreConnection(
                address: address, group: group, connection: connection, logger: logger)
        } catch {
            try? group.syncShutdownGracefully()
            throw StoreConnection.storeError(error, address: address, connecting: true)
        }
    }

    private static func makeConfiguration(
        _ address: StoreAddress
    ) throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        switch address.tlsMode {
        case .disable:
            tls = .disable
        case .allow, .prefer, .require:
            var settings = TLSConfiguration.makeClientConfiguration()
            settings.certificateVerification = .none
            let context = try NIOSSLContext(configuration: settings)
            tls = address.tlsMode == .require ? .require(context) : .prefer(context)
        case .verifyCA, .verifyFull:
            var settings = TLSConfiguration.makeClientConfiguration()
            settings.certificateVerification =
                address.tlsMode == .verifyFull ? .fullVerification : .noHostnameVerification
            let root =
                address.rootCertificate
                ?? (ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory())
                + "/.postgresql/root.crt"
            if FileManager.default.fileExists(atPath: root) {
                settings.trustRoots = .file(root)
            } else if address.rootCertificate != nil {
                throw StoreError(
                    .badAddress, "sslrootcert \(root) does not exist")
            }
            tls = .require(try NIOSSLContext(configuration: settings))
        }
        var configuration: PostgresConnection.Configuration
        if address.isUnixSocket {
            configuration = .init(
                unixSocketPath: address.socketPath, username: address.user,
                password: address.password, database: address.database)
        } else {
            configuration = .init(
                host: address.host, port: address.port, username: address.user,
                password: address.password, database: address.database, tls: tls)
        }
        configuration.options.connectTimeout = .seconds(10)
        return configuration
    }

    /// Runs a statement and collects its rows.
    package func query(_ query: PostgresQuery) throws(StoreError) -> [PostgresRow] {
        do {
            return Array(try connection.query(query, logger: logger).wait().rows)
        } catch {
            throw StoreConnection.storeError(error, address: address, connecting: false)
        }
    }

    /// Runs a statement and hands each row to `body` as it arrives.
    package func query(
        _ query: PostgresQuery, _ body: @escaping @Sendable (PostgresRow) throws -> Void
    ) throws(StoreError) {
        do {
            _ = try connection.query(query, logger: logger, body).wait()
        } catch {
            throw StoreConnection.storeError(error, address: address, connecting: false)
        }
    }

    /// Runs a statement without parameters (DDL, transaction control).
    package func execute(_ sql: String) throws(StoreError) {
        _ = try query(PostgresQuery(unsafeSQL: sql))
    }

    /// Runs `body` while the connection's event loop streams what it hands over into
    /// `COPY table (columns) FROM STDIN`: `body` sends blocks of COPY text through `send`,
    /// which waits while four blocks are queued (the server is behind), so memory stays flat.
    ///
    /// postgres-nio offers COPY only as an `async` function. Its task runs on the connection's
    /// own event loop (``EventLoopTaskExecutor``) and awaits each block without holding a
    /// thread, while the caller's thread reads and waits: nothing here needs a thread of
    /// Swift's cooperative pool, so a caller on that pool (a test, a task group of loads)
    /// cannot starve the copy, however many callers wait at once.
    package func copy(
        into table: String, columns: [String],
        _ body: (_ send: @escaping (ByteBuffer) -> Bool) throws -> Void
    ) throws {
        let eventLoop = connection.eventLoop
        precondition(!eventLoop.inEventLoop, "a COPY is never started from its own event loop")
        let pipe = CopyPipe()
        let connection = self.connection
        let logger = self.logger
        let finished = eventLoop.makePromise(of: Void.self)
        Task.detached(executorPreference: EventLoopTaskExecutor(eventLoop)) {
            do {
                try await connection.copyFrom(table: table, columns: columns, logger: logger) {
                    writer in
                    while let block = await pipe.next() { try await writer.write(block) }
                    if let error = pipe.failure { throw error }
                }
                finished.succeed()
            } catch {
                finished.fail(error)
            }
            pipe.stop()
        }
        var failure: (any Error)?
        do { try body { pipe.send($0) } } catch { failure = error }
        let writerStoppedFirst = pipe.finish(failure: failure)
        var copyError: (any Error)?
        do { try finished.futureResult.wait() } catch { copyError = error }
        // The server's own error says more than "stopped taking the records" when the copy
        // ended before the read did; an error of the read itself comes first otherwise.
        if let copyError, writerStoppedFirst || failure == nil {
            throw StoreConnection.storeError(copyError, address: address, connecting: false)
        }
        if let failure { throw failure }
    }

    /// Closes the connection and stops its thread.
    package func close() {
        guard !isClosed else { return }
        isClosed = true
        try? connection.close().wait()
        try? group.syncShutdownGracefully()
    }

    deinit {
        if !isClosed {
            try? connection.close().wait()
            try? group.syncShutdownGracefully()
        }
    }

    // MARK: Errors

    /// A driver error as a store error of the right kind, naming the store.
    static func storeError(
        _ error: any Error, address: StoreAddress, connecting: Bool
    ) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? PSQLError else {
            return StoreError(
                connecting ? .unreachable : .server,
                "cannot reach the store \(address): \(error)")
        }
        if error.code == .server, let state = error.serverInfo?[.sqlState] {
            let message = error.serverInfo?[.message] ?? "error \(state)"
            switch state {
            case "28P01", "28000":
                return StoreError(
                    .authentication,
                    "the store \(address) refused user \"\(address.user)\": \(message) (check the password in the URL, PGPASSWORD or ~/.pgpass)"
                )
            case "3D000":
                return StoreError(
                    .missingDatabase,
                    "the store \(address) has no database \"\(address.database)\" (create it with createdb, then run tally db init)"
                )
            case "42501":
                return StoreError(
                    .permission,
                    "the store \(address) does not let user \"\(address.user)\" do this: \(message)"
                )
            case "42P01", "3F000":
                return StoreError(
                    .schemaMismatch,
                    "the store \(address) holds no Tally schema (\(message)); run tally db init --db URL first"
                )
            default:
                return StoreError(.server, "the store \(address) failed: \(message) (\(state))")
            }
        }
        switch error.code {
        case .authMechanismRequiresPassword, .saslError, .unsupportedAuthMechanism:
            return StoreError(
                .authentication,
                "the store \(address) needs a password for user \"\(address.user)\" that was not given or not accepted (give it in the URL, PGPASSWORD or ~/.pgpass)"
            )
        case .sslUnsupported:
            return StoreError(
                .unreachable, "the store \(address) does not offer TLS, which sslmode requires")
        default:
            let cause = error.underlying.map { "\($0)" } ?? "\(error.code)"
            return StoreError(
                connecting ? .unreachable : .server,
                connecting
                    ? "cannot reach the store \(address): \(cause)"
                    : "the connection to the store \(address) failed: \(cause)")
        }
    }
}

/// The blocks of a COPY, handed from the reading thread to the writing task; at most four wait.
/// The reading thread waits on a condition while the queue is full; the writing task awaits a
/// block without holding its thread (the event loop's).
private final class CopyPipe: @unchecked Sendable {
    private let lock = NSCondition()
    private var blocks: [ByteBuffer] = []
    private var waiting: CheckedContinuation<ByteBuffer?, Never>?
    private var isFinished = false
    private var isStopped = false
    private(set) var failure: (any Error)?

    /// Hands a block over, waiting while four are waiting; `false` when the writer has stopped.
    func send(_ block: ByteBuffer) -> Bool {
        lock.lock()
        while blocks.count >= 4 && !isStopped { lock.wait() }
        guard !isStopped else {
            lock.unlock()
            return false
        }
        if let writer = waiting {
            waiting = nil
            lock.unlock()
            writer.resume(returning: block)
            return true
        }
        blocks.append(block)
        lock.unlock()
        return true
    }

    /// The next block, once there is one; `nil` when every block has been taken.
    func next() async -> ByteBuffer? {
        await withCheckedContinuation { (writer: CheckedContinuation<ByteBuffer?, Never>) in
            lock.lock()
            if !blocks.isEmpty {
                let block = blocks.removeFirst()
                lock.broadcast()
                lock.unlock()
                writer.resume(returning: block)
            } else if isFinished {
                lock.unlock()
                writer.resume(returning: nil)
            } else {
                waiting = writer
                lock.unlock()
            }
        }
    }

    /// No more blocks will come; `failure` ends the copy with that error. Returns whether the
    /// writer had stopped already (the server ended the copy first).
    func finish(failure: (any Error)?) -> Bool {
        lock.lock()
        isFinished = true
        self.failure = failure
        let writer = waiting
        waiting = nil
        let stoppedFirst = isStopped
        lock.unlock()
        writer?.resume(returning: nil)
        return stoppedFirst
    }

    /// The writer has stopped: blocks sent from now on are refused.
    func stop() {
        lock.lock()
        isStopped = true
        lock.broadcast()
        lock.unlock()
    }
}

/// Runs a task's jobs on a NIO event loop: the connection's async work stays on the
/// connection's own thread, outside Swift's cooperative pool.
private final class EventLoopTaskExecutor: TaskExecutor, @unchecked Sendable {
    private let eventLoop: any EventLoop

    init(_ eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
