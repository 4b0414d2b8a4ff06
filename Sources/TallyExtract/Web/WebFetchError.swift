import Foundation

/// Why a web address could not be fetched, as a sentence that says what to do instead.
public struct WebFetchError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// Not an http or https address with a host.
        case invalidAddress
        /// No connection: no such host, refused, reset, or a TLS failure.
        case unreachable
        /// The whole transfer took longer than the timeout.
        case timedOut
        /// The body is larger than the cap.
        case tooLarge
        /// More redirects than the limit, usually a loop.
        case tooManyRedirects
        /// The server answered with this status instead of the page (4xx, 5xx, or an unfollowed 3xx).
        case httpStatus(Int)
        /// The server asked for something Tally does not do, such as a redirect to `ftp:`.
        case notSupported
    }

    /// The address as it was given.
    public var address: String
    /// What went wrong.
    public var reason: Reason
    /// The limits the fetch kept to, named in the sentence.
    var limits: WebFetch.Limits
    /// What the reason leaves out: the system's words for a failed connection, a redirect's target.
    var cause: String?

    init(
        address: String, reason: Reason, limits: WebFetch.Limits = .init(), cause: String? = nil
    ) {
        self.address = address
        self.reason = reason
        self.limits = limits
        self.cause = cause
    }

    /// One sentence: the address, what went wrong, and what to do.
    public var description: String {
        let saveIt = "save the page and pass the file"
        switch reason {
        case .invalidAddress:
            let why = cause ?? "only http:// and https:// addresses are fetched"
            return "\(address): not a web address Tally can fetch (\(why)); "
                + "pass an http:// or https:// address, or download it and pass the file"
        case .unreachable:
            let why = cause.map { " (\($0))" } ?? ""
            return "\(address): cannot connect\(why); check the address and the network, "
                + "or \(saveIt)"
        case .timedOut:
            return "\(address): gave up after \(Self.seconds(limits.timeout)) "
                + "(the server kept sending or never answered); try again later or \(saveIt)"
        case .tooLarge:
            return "\(address): the response is larger than \(Self.size(limits.maximumBytes)); "
                + saveIt
        case .tooManyRedirects:
            let redirects = limits.maximumRedirects == 1 ? "redirect" : "redirects"
            return "\(address): more than \(limits.maximumRedirects) \(redirects) "
                + "(a redirect loop?); open it in a browser, \(saveIt)"
        case .httpStatus(let status):
            return "\(address): the server answered \(Self.status(status)); "
                + Self.advice(forStatus: status)
        case .notSupported:
            let what = cause.map { "redirected to \($0), which is not an http or https address" }
            return "\(address): \(what ?? "the server asked for something Tally cannot do"); "
                + "open it in a browser, \(saveIt)"
        }
    }

    /// `20 seconds`, `1 second`, `0.5 seconds`.
    private static func seconds(_ value: Double) -> String {
        if value == 1 { return "1 second" }
        if value == value.rounded(), abs(value) < 1e15 { return "\(Int(value)) seconds" }
        return "\(value) seconds"
    }

    /// `32 MiB`, `512 KiB`, `1000 bytes`.
    private static func size(_ bytes: Int) -> String {
        if bytes > 0, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes > 0, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }

    /// `404 Not Found`: the code with its reason phrase, when it is a common one.
    private static func status(_ code: Int) -> String {
        let phrases = [
            300: "Multiple Choices", 304: "Not Modified", 400: "Bad Request",
            401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found",
            405: "Method Not Allowed", 406: "Not Acceptable", 408: "Request Timeout",
            410: "Gone", 429: "Too Many Requests", 451: "Unavailable For Legal Reasons",
            500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway",
            503: "Service Unavailable", 504: "Gateway Timeout",
        ]
        return phrases[code].map { "\(code) \($0)" } ?? "\(code)"
    }

    private static func advice(forStatus code: Int) -> String {
        switch code {
        case 404, 410: "check the address"
        case 401, 402, 403, 451:
            "the page may need a login or be blocked here; open it in a browser, save the page "
                + "and pass the file"
        case 408, 429, 500...599: "try again later or save the page and pass the file"
        default: "open it in a browser, save the page and pass the file"
        }
    }
}
