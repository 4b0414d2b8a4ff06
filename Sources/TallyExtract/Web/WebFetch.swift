internal import CCurl
import Foundation

/// Fetches an article or feed from an `http://` or `https://` address, within limits, through
/// libcurl.
///
/// Every limit is enforced while the transfer runs, never after it: the body is counted as it
/// arrives and the transfer stopped at the cap (a 2 GB page or one that never ends stops there),
/// redirects are counted hop by hop by libcurl, and the whole transfer (redirects included) has
/// one deadline. Only http and https are spoken, redirects included. FoundationNetworking's
/// URLSession was tried first: on Linux it delivered a fast server's body at a few MB a second
/// at best, so a flood took anything from one to seventy seconds to reach the cap; libcurl reads
/// it at the speed of the network.
public struct WebFetch: Sendable {
    /// How long, how large and how many redirects a fetch may take.
    public struct Limits: Sendable {
        /// Seconds for the whole transfer, redirects included.
        public var timeout: Double
        /// The largest body accepted, in bytes (after decompression); a larger one is an error.
        public var maximumBytes: Int
        /// The most redirects followed; one more is an error.
        public var maximumRedirects: Int

        /// Limits for fetching one news page: 20 seconds, 32 MiB, 5 redirects.
        public init(timeout: Double = 20, maximumBytes: Int = 32 << 20, maximumRedirects: Int = 5) {
            self.timeout = timeout
            self.maximumBytes = maximumBytes
            self.maximumRedirects = maximumRedirects
        }
    }

    /// A fetched page.
    public struct Response: Sendable {
        /// The body as sent (decompressed when the server compressed it).
        public var body: [UInt8]
        /// The address the body came from, after redirects.
        public var finalURL: String
        /// The Content-Type header as sent, with any charset in it.
        public var contentType: String?
    }

    /// The limits every fetch keeps to.
    public var limits: Limits

    /// A fetcher that keeps to `limits`.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// The User-Agent sent with every request: it names Tally, so a site can tell who is asking.
    static let userAgent = "Mozilla/5.0 (compatible; Tally article fetcher)"

    /// Whether an argument names a web address (http:// or https://, case-insensitive) rather than a file.
    public static func isAddress(_ argument: String) -> Bool {
        let lowercased = argument.prefix(8).lowercased()
        return lowercased.hasPrefix("http://") || lowercased.hasPrefix("https://")
    }

    /// libcurl's process-wide set-up, done once before the first transfer.
    private static let started: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    /// Fetches the address: GET, following at most `maximumRedirects` redirects, with a
    /// User-Agent naming Tally; blocks the calling thread until the page has arrived or a limit
    /// was passed.
    public func fetch(_ address: String) throws(WebFetchError) -> Response {
        let url = try Self.webURL(address)
        guard Self.started, let curl = curl_easy_init() else {
            throw WebFetchError(
                address: address, reason: .unreachable, limits: limits,
                cause: "libcurl could not start")
        }
        defer { curl_easy_cleanup(curl) }
        let sink = Sink(limit: limits.maximumBytes)
        let context = Unmanaged.passUnretained(sink).toOpaque()
        let milliseconds = Int(Swift.max(1, (limits.timeout * 1000).rounded(.up)))
        var errorText = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let result: CURLcode = errorText.withUnsafeMutableBufferPointer { errorBuffer in
            tally_curl_set_string(curl, CURLOPT_URL, url.absoluteString)
            tally_curl_web_only(curl)
            // A declared length over the cap is refused before any of the body arrives.
            tally_curl_set_size(curl, CURLOPT_MAXFILESIZE_LARGE, Int64(limits.maximumBytes))
            tally_curl_set_long(curl, CURLOPT_FOLLOWLOCATION, 1)
            tally_curl_set_long(curl, CURLOPT_MAXREDIRS, limits.maximumRedirects)
            tally_curl_set_long(curl, CURLOPT_TIMEOUT_MS, milliseconds)
            tally_curl_set_long(curl, CURLOPT_NOSIGNAL, 1)
            tally_curl_set_string(curl, CURLOPT_USERAGENT, Self.userAgent)
            tally_curl_set_string(curl, CURLOPT_ACCEPT_ENCODING, "")
            tally_curl_set_pointer(curl, CURLOPT_ERRORBUFFER, errorBuffer.baseAddress)
            tally_curl_set_pointer(curl, CURLOPT_WRITEDATA, context)
            tally_curl_set_write(curl) { data, size, count, context in
                let sink = Unmanaged<Sink>.fromOpaque(context!).takeUnretainedValue()
                let bytes = size * count
                guard sink.body.count + bytes <= sink.limit else {
                    sink.overflowed = true
                    return 0  // stops the transfer: CURLE_WRITE_ERROR
                }
                if let data, bytes > 0 {
                    data.withMemoryRebound(to: UInt8.self, capacity: bytes) {
                        sink.body.append(contentsOf: UnsafeBufferPointer(start: $0, count: bytes))
                    }
                }
                return bytes
            }
            return curl_easy_perform(curl)
        }
        var status = 0
        tally_curl_get_long(curl, CURLINFO_RESPONSE_CODE, &status)
        let cause = String(
            decoding: errorText.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        switch result {
        case CURLE_OK: break
        case CURLE_WRITE_ERROR where sink.overflowed, CURLE_FILESIZE_EXCEEDED:
            throw WebFetchError(address: address, reason: .tooLarge, limits: limits)
        case CURLE_OPERATION_TIMEDOUT:
            throw WebFetchError(address: address, reason: .timedOut, limits: limits)
        case CURLE_TOO_MANY_REDIRECTS:
            throw WebFetchError(address: address, reason: .tooManyRedirects, limits: limits)
        case CURLE_UNSUPPORTED_PROTOCOL:
            // The redirect's target is where libcurl stood when it refused to go on.
            var target: UnsafeMutablePointer<CChar>?
            tally_curl_get_string(curl, CURLINFO_EFFECTIVE_URL, &target)
            throw WebFetchError(
                address: address, reason: .notSupported, limits: limits,
                cause: target.map { String(cString: $0) } ?? cause)
        default:
            throw WebFetchError(
                address: address, reason: .unreachable, limits: limits,
                cause: cause.isEmpty ? String(cString: curl_easy_strerror(result)) : cause)
        }
        guard (200..<300).contains(status) else {
            throw WebFetchError(address: address, reason: .httpStatus(status), limits: limits)
        }
        var final: UnsafeMutablePointer<CChar>?
        tally_curl_get_string(curl, CURLINFO_EFFECTIVE_URL, &final)
        var type: UnsafeMutablePointer<CChar>?
        tally_curl_get_string(curl, CURLINFO_CONTENT_TYPE, &type)
        return Response(
            body: sink.body, finalURL: final.map { String(cString: $0) } ?? address,
            contentType: type.map { String(cString: $0) })
    }

    /// The address as a URL, when it is an http or https address with a host.
    static func webURL(_ address: String) throws(WebFetchError) -> URL {
        guard isAddress(address) else {
            throw WebFetchError(address: address, reason: .invalidAddress)
        }
        guard let url = URL(string: address), isWeb(url), let host = url.host, !host.isEmpty
        else {
            throw WebFetchError(
                address: address, reason: .invalidAddress, cause: "it has no valid host")
        }
        return url
    }

    /// Whether a URL's scheme is http or https.
    static func isWeb(_ url: URL) -> Bool {
        ["http", "https"].contains(url.scheme?.lowercased() ?? "")
    }
}

/// The body as it arrives, up to the cap; written by libcurl's callback on the calling thread.
private final class Sink {
    let limit: Int
    var body: [UInt8] = []
    var overflowed = false

    init(limit: Int) { self.limit = limit }
}
