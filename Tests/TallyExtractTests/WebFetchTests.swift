import Foundation
import TallyTestSupport
import Testing

@testable import TallyExtract

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every test runs its own loopback server on its own port; none reaches beyond 127.0.0.1.
struct WebFetchTests {
    static let page = Array("<html><title>Clash at the border</title></html>".utf8)
    static let megabyte = 1 << 20

    /// The error a fetch ends with (nil when it succeeds), and how long it took.
    static func failure(of fetch: WebFetch, _ address: String) -> (WebFetchError?, Duration) {
        var failure: WebFetchError?
        let elapsed = ContinuousClock().measure {
            do throws(WebFetchError) { _ = try fetch.fetch(address) } catch { failure = error }
        }
        return (failure, elapsed)
    }

    @Test func `a page is fetched with its content type and final URL after one redirect`() throws {
        let server = try LoopbackServer(routes: [
            "/start": .redirect(to: "/article"),
            "/article": .answer(
                status: 200, headers: ["Content-Type": "text/html; charset=windows-1251"],
                body: Self.page),
        ])
        defer { server.stop() }

        let response = try WebFetch().fetch(server.address("/start"))

        #expect(response.body == Self.page)
        #expect(response.finalURL == server.address("/article"))
        #expect(response.contentType == "text/html; charset=windows-1251")
        #expect(server.requests.count == 2)
        #expect(
            server.requests.allSatisfy { $0.contains("User-Agent: Mozilla/5.0 (compatible; Tally") }
        )
    }

    @Test func `a redirect loop ends with a clear error, not a timeout`() throws {
        let server = try LoopbackServer(routes: [
            "/a": .redirect(to: "/b"), "/b": .redirect(to: "/a"),
        ])
        defer { server.stop() }

        let (failure, _) = Self.failure(of: WebFetch(), server.address("/a"))

        #expect(failure?.reason == .tooManyRedirects)
        #expect(failure?.description.contains("more than 5 redirects (a redirect loop?)") == true)
        #expect(server.requests.count == 6, "the first request and the five redirects followed")
    }

    @Test func `a chain of exactly the redirect limit is followed`() throws {
        let server = try LoopbackServer(routes: [
            "/1": .redirect(to: "/2"), "/2": .redirect(to: "/3"),
            "/3": .answer(status: 200, body: Self.page),
        ])
        defer { server.stop() }

        let fetch = WebFetch(limits: .init(maximumRedirects: 2))
        #expect(try fetch.fetch(server.address("/1")).finalURL == server.address("/3"))
        let (failure, _) = Self.failure(
            of: WebFetch(limits: .init(maximumRedirects: 1)), server.address("/1"))
        #expect(failure?.reason == .tooManyRedirects)
    }

    @Test func `a redirect to a scheme other than http or https is refused`() throws {
        let server = try LoopbackServer(routes: ["/feed": .redirect(to: "ftp://127.0.0.1/feed")])
        defer { server.stop() }

        let (failure, _) = Self.failure(of: WebFetch(), server.address("/feed"))

        #expect(failure?.reason == .notSupported)
        #expect(failure?.description.contains("ftp://127.0.0.1/feed") == true)
    }

    /// Bodies over a 1 MiB cap: with a Content-Length, without one, and never-ending.
    enum Oversized: String, CaseIterable {
        case declared, undeclared, endless

        var route: LoopbackServer.Route {
            let body = Array(repeating: UInt8(ascii: "a"), count: 3 * WebFetchTests.megabyte)
            return switch self {
            case .declared: .answer(status: 200, body: body)
            case .undeclared: .unsized(body: body)
            case .endless: .endlessChunks
            }
        }
    }

    @Test(arguments: Oversized.allCases)
    func `a body over the cap stops the transfer quickly`(body: Oversized) throws {
        let server = try LoopbackServer(routes: ["/big": body.route])
        defer { server.stop() }

        let fetch = WebFetch(limits: .init(maximumBytes: Self.megabyte))
        let (failure, _) = Self.failure(of: fetch, server.address("/big"))

        #expect(failure?.reason == .tooLarge)
        #expect(
            failure?.description.hasSuffix("larger than 1 MiB; save the page and pass the file")
                == true)
    }

    @Test func `a body of exactly the cap is accepted`() throws {
        let body = Array(repeating: UInt8(ascii: "b"), count: Self.megabyte)
        let server = try LoopbackServer(routes: [
            "/declared": .answer(status: 200, body: body), "/undeclared": .unsized(body: body),
        ])
        defer { server.stop() }

        let fetch = WebFetch(limits: .init(maximumBytes: Self.megabyte))
        #expect(try fetch.fetch(server.address("/declared")).body == body)
        #expect(try fetch.fetch(server.address("/undeclared")).body == body)
    }

    @Test func `a server that accepts and never answers times out at the limit`() throws {
        let server = try LoopbackServer(routes: ["/slow": .silence])
        defer { server.stop() }

        let fetch = WebFetch(limits: .init(timeout: 1))
        let (failure, elapsed) = Self.failure(of: fetch, server.address("/slow"))

        #expect(failure?.reason == .timedOut)
        #expect(failure?.description.contains("gave up after 1 second") == true)
        #expect(elapsed > .seconds(0.9), "the limit, not earlier")
    }

    /// FoundationNetworking on Linux restarts its own timeout on every piece of data.
    @Test func `a server that keeps sending slowly is cut off at the whole-transfer deadline`()
        throws
    {
        let server = try LoopbackServer(routes: ["/drip": .drip(interval: 0.1)])
        defer { server.stop() }

        let fetch = WebFetch(limits: .init(timeout: 1))
        let (failure, elapsed) = Self.failure(of: fetch, server.address("/drip"))

        #expect(failure?.reason == .timedOut)
        #expect(elapsed > .seconds(0.9), "the limit, not earlier")
    }

    @Test(arguments: [
        (404, "404 Not Found; check the address"),
        (503, "503 Service Unavailable; try again later"),
    ])
    func `an error status is reported with its code`(status: Int, sentence: String) throws {
        let server = try LoopbackServer(routes: [
            "/gone": .answer(status: status, body: Array("error page".utf8))
        ])
        defer { server.stop() }

        let (failure, _) = Self.failure(of: WebFetch(), server.address("/gone"))

        #expect(failure?.reason == .httpStatus(status))
        #expect(failure?.description.contains("/gone: the server answered \(sentence)") == true)
    }

    @Test func `a closed port is unreachable`() throws {
        let (socket, port) = try LoopbackServer.closedPort()
        defer { close(socket) }

        let address = "http://127.0.0.1:\(port)/article"
        let (failure, _) = Self.failure(of: WebFetch(), address)

        #expect(failure?.reason == .unreachable)
        #expect(failure?.description.hasPrefix("\(address): cannot connect (") == true)
    }

    @Test(arguments: [
        "ftp://127.0.0.1/feed.xml", "file:///etc/hosts", "http://", "https:///path", "article.txt",
    ])
    func `an address that is not http or https is refused without connecting`(address: String) {
        let (failure, _) = Self.failure(of: WebFetch(), address)
        #expect(failure?.reason == .invalidAddress)
        #expect(
            failure?.description.hasPrefix("\(address): not a web address Tally can fetch") == true)
    }

    @Test(arguments: [
        ("https://example.org/news/1", true), ("http://example.org", true),
        ("HTTPS://EXAMPLE.ORG/", true), ("Http://example.org", true),
        ("ftp://example.org/feed", false), ("file:///tmp/a.txt", false), ("article.txt", false),
        ("news/http-article.txt", false), ("https:", false), ("", false),
    ])
    func `isAddress tells web addresses from files`(argument: String, isAddress: Bool) {
        #expect(WebFetch.isAddress(argument) == isAddress)
    }

    @Test func `each error is a sentence naming the address, the trouble and what to do`() {
        let address = "https://x/y"
        func sentence(_ reason: WebFetchError.Reason, cause: String? = nil) -> String {
            WebFetchError(address: address, reason: reason, cause: cause).description
        }
        #expect(
            sentence(.timedOut)
                == "https://x/y: gave up after 20 seconds (the server kept sending or never "
                + "answered); try again later or save the page and pass the file")
        #expect(
            sentence(.tooManyRedirects)
                == "https://x/y: more than 5 redirects (a redirect loop?); open it in a browser, "
                + "save the page and pass the file")
        #expect(
            sentence(.tooLarge)
                == "https://x/y: the response is larger than 32 MiB; save the page and pass the file"
        )
        #expect(
            sentence(.httpStatus(404))
                == "https://x/y: the server answered 404 Not Found; check the address")
        #expect(
            sentence(.unreachable, cause: "Could not connect to the server.")
                == "https://x/y: cannot connect (Could not connect to the server.); check the "
                + "address and the network, or save the page and pass the file")
        #expect(
            sentence(.invalidAddress).contains("only http:// and https:// addresses are fetched"))
    }
}
