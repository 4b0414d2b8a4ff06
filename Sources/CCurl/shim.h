// libcurl (Debian: libcurl4-openssl-dev), reached only from TallyExtract/Web/WebFetch.swift.
// Swift cannot call C's variadic functions, so each use of curl_easy_setopt and
// curl_easy_getinfo gets a typed wrapper here.
#include <curl/curl.h>

typedef size_t (*tally_curl_write_callback)(char *data, size_t size, size_t count, void *context);

static inline CURLcode tally_curl_set_long(CURL *curl, CURLoption option, long value) {
    return curl_easy_setopt(curl, option, value);
}

static inline CURLcode tally_curl_set_string(CURL *curl, CURLoption option, const char *value) {
    return curl_easy_setopt(curl, option, value);
}

static inline CURLcode tally_curl_set_pointer(CURL *curl, CURLoption option, void *value) {
    return curl_easy_setopt(curl, option, value);
}

static inline CURLcode tally_curl_set_write(CURL *curl, tally_curl_write_callback callback) {
    return curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, callback);
}

static inline CURLcode tally_curl_get_long(CURL *curl, CURLINFO info, long *value) {
    return curl_easy_getinfo(curl, info, value);
}

static inline CURLcode tally_curl_get_string(CURL *curl, CURLINFO info, char **value) {
    return curl_easy_getinfo(curl, info, value);
}

static inline CURLcode tally_curl_set_size(CURL *curl, CURLoption option, long long value) {
    return curl_easy_setopt(curl, option, (curl_off_t)value);
}

// Only http and https, for the request and for every redirect: by name from libcurl 7.85,
// by bit mask before it.
static inline CURLcode tally_curl_web_only(CURL *curl) {
#if LIBCURL_VERSION_NUM >= 0x075500
    CURLcode result = curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    if (result != CURLE_OK) return result;
    return curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
    CURLcode result = curl_easy_setopt(curl, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
    if (result != CURLE_OK) return result;
    return curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
}
