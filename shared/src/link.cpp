// The http(s) link rule (polity/link.hpp).
#include "polity/link.hpp"

#include "polity/chars.hpp"

#include <algorithm>
#include <cctype>

namespace polity {

namespace {

// `text` starts with `prefix` (lower-case ASCII), ignoring case.
bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), text.begin(), [](char p, char c) {
        return p == std::tolower(static_cast<unsigned char>(c));
    });
}

// Every character may stand in a link: no control, invisible or non-UTF-8 ones, no space.
bool AllVisible(std::string_view address) {
    for (std::size_t pos = 0; pos < address.size();) {
        const char32_t cp = DecodeUtf8(address, &pos);
        if (cp == kNotUtf8 || cp == ' ' || IsInvisibleCharacter(cp)) return false;
    }
    return address.find_first_of("\"<>\\") == std::string_view::npos;
}

// "host", "host:8080", "[2001:db8::1]:443": a host, then a port of digits if any.
bool IsHostAndPort(std::string_view authority) {
    std::size_t host_end = authority.find(':');
    if (!authority.empty() && authority.front() == '[') {
        const std::size_t close = authority.find(']');
        if (close == std::string_view::npos || close == 1) return false;
        host_end = close + 1;
        if (host_end < authority.size() && authority[host_end] != ':') return false;
    }
    if (host_end == std::string_view::npos) host_end = authority.size();
    const std::string_view port = authority.substr(std::min(host_end + 1, authority.size()));
    return host_end > 0 && std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

bool IsWebLink(std::string_view address) {
    const std::size_t scheme = StartsWithNoCase(address, "https://") ? 8 : StartsWithNoCase(address, "http://") ? 7 : 0;
    if (scheme == 0 || !AllVisible(address)) return false;
    const std::string_view rest = address.substr(scheme);
    const std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
    return authority.find('@') == std::string_view::npos && IsHostAndPort(authority);
}

} // namespace polity
