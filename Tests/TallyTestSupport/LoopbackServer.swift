import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 and an ephemeral port, serving scripted routes, for tests.
///
/// One thread accepts; each connection gets its own thread and may carry several requests
/// (keep-alive), as libcurl reuses connections. `stop()` wakes every blocked thread by shutting
/// its socket down, and returns once all of them have ended, so nothing outlives a test.
package final class LoopbackServer: @unchecked Sendable {
    /// What the server does with a request for a path.
    package enum Route: Sendable {
        /// An answer with a Content-Length.
        case answer(status: Int, headers: [String: String] = [:], body: [UInt8] = [])
        /// A 302 to `location` (absolute or relative).
        case redirect(to: String)
        /// A 200 whose body has no declared length: the connection closes after it.
        case unsized(body: [UInt8])
        /// A 200 with a chunked body that never ends.
        case endlessChunks
        /// A 200 with a chunked body of one byte every `interval` seconds, for ever.
        case drip(interval: Double)
        /// Reads the request and never answers.
        case silence
    }

    /// The port it listens on.
    package let port: UInt16
    private let routes: [String: Route]
    private let listener: Int32
    private let lock = NSLock()
    private let threads = DispatchGroup()
    private var stopping = false
    private var connections: Set<Int32> = []
    private var received: [String] = []

    /// Starts listening and serving `routes`, keyed by path (`/page`).
    package init(routes: [String: Route]) throws {
        self.routes = routes
        (listener, port) = try Self.listen()
        threads.enter()
        Thread { [self] in
            acceptConnections()
            threads.leave()
        }.start()
    }

    /// `http://127.0.0.1:PORT` followed by `path`.
    package func address(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// The request heads received so far, each as sent (request line and headers).
    package var requests: [String] { lock.withLock { received } }

    /// Stops accepting, cuts every connection, and waits for every thread to end.
    package func stop() {
        let open = lock.withLock {
            let wasStopping = stopping
            stopping = true
            return wasStopping ? [] : connections
        }
        for socket in open { shutdown(socket, Int32(SHUT_RDWR)) }
        threads.wait()
    }

    /// A socket bound to 127.0.0.1 and an ephemeral port, not listening: connections to it are
    /// refused for as long as it stays open, and no other test can take its port meanwhile.
    package static func closedPort() throws -> (socket: Int32, port: UInt16) {
        try bound()
    }

    // MARK: - Sockets

    private static func bound() throws -> (socket: Int32, port: UInt16) {
        #if canImport(Glibc)
            let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard bound else {
            close(socket)
            throw POSIXError(.init(rawValue: errno) ?? .EIO)
        }
        return (socket, UInt16(bigEndian: address.sin_port))
    }

    private static func listen() throws -> (socket: Int32, port: UInt16) {
        let (socket, port) = try bound()
        #if canImport(Glibc)
            let listening = Glibc.listen(socket, 64)
        #else
            let listening = Darwin.listen(socket, 64)
        #endif
        guard listening == 0 else {
            close(socket)
            throw POSIXError(.init(rawValue: errno) ?? .EIO)
        }
        return (socket, port)
    }

    private var isStopping: Bool { lock.withLock { stopping } }

    private func acceptConnections() {
        defer { close(listener) }
        while !isStopping {
            // Poll, so that stop() is noticed within 20 ms without closing a socket under accept.
            var ready = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 20) > 0 else { continue }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { continue }
            #if canImport(Darwin)
                var on: Int32 = 1
                setsockopt(
                    connection, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
            #endif
            let admitted = lock.withLock {
                guard !stopping else { return false }
                connections.insert(connection)
                threads.enter()
                return true
            }
            guard admitted else {
                close(connection)
                return
            }
            Thread { [self] in
                serve(connection)
                lock.withLock { _ = connections.remove(connection) }
                close(connection)
                threads.leave()
            }.start()
        }
    }

    // MARK: - HTTP

    private func serve(_ connection: Int32) {
        var pending: [UInt8] = []
        while let head = readHead(connection, &pending) {
            lock.withLock { received.append(head) }
            let path = head.split(separator: " ", maxSplits: 2).dropFirst().first.map(String.init)
            guard respond(to: path ?? "/", on: connection) else { return }
        }
    }

    /// Answers one request; whether the connection may carry another.
    private func respond(to path: String, on connection: Int32) -> Bool {
        switch routes[path] ?? .answer(status: 404, body: Array("no such route\n".utf8)) {
        case .answer(let status, let headers, let body):
            var head = headers
            head["Content-Length"] = "\(body.count)"
            return send(status: status, headers: head, on: connection) && write(body, connection)
        case .redirect(let location):
            return send(
                status: 302, headers: ["Location": location, "Content-Length": "0"],
                on: connection)
        case .unsized(let body):
            _ =
                send(status: 200, headers: ["Connection": "close"], on: connection)
                && write(body, connection)
            return false
        case .endlessChunks:
            guard send(status: 200, headers: ["Transfer-Encoding": "chunked"], on: connection)
            else { return false }
            let chunk =
                Array("4000\r\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 0x4000)
                + Array("\r\n".utf8)
            while !isStopping && write(chunk, connection) {}
            return false
        case .drip(let interval):
            guard send(status: 200, headers: ["Transfer-Encoding": "chunked"], on: connection)
            else { return false }
            while !isStopping && write(Array("1\r\nx\r\n".utf8), connection) {
                Thread.sleep(forTimeInterval: interval)
            }
            return false
        case .silence:
            // Blocks until the client gives up or stop() shuts the socket down.
            var byte: UInt8 = 0
            while recv(connection, &byte, 1, 0) > 0 {}
            return false
        }
    }

    private func send(status: Int, headers: [String: String], on connection: Int32) -> Bool {
        var head = "HTTP/1.1 \(status) Scripted\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            head += "\(name): \(value)\r\n"
        }
        return write(Array((head + "\r\n").utf8), connection)
    }

    /// Reads up to the end of a request head; nil when the connection ends first.
    private func readHead(_ connection: Int32, _ pending: inout [UInt8]) -> String? {
        let end = Array("\r\n\r\n".utf8)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            if let range = pending.firstRange(of: end) {
                let head = String(decoding: pending[..<range.lowerBound], as: UTF8.self)
                pending.removeSubrange(..<range.upperBound)
                return head
            }
            let count = buffer.withUnsafeMutableBytes {
                recv(connection, $0.baseAddress, $0.count, 0)
            }
            guard count > 0 else { return nil }
            pending += buffer[..<count]
        }
    }

    /// Writes all of `bytes`; false once the peer is gone or the socket was shut down.
    private func write(_ bytes: [UInt8], _ connection: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes {
                // MSG_NOSIGNAL: a peer that has gone is an error here, not a SIGPIPE that ends the tests.
                #if canImport(Glibc)
                    Glibc.send(
                        connection, $0.baseAddress! + offset, bytes.count - offset,
                        Int32(MSG_NOSIGNAL))
                #else
                    Darwin.send(connection, $0.baseAddress! + offset, bytes.count - offset, 0)
                #endif
            }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }
}
