// Polity Explorer — the one rule for "is this an http(s) link". Every place a dataset's address
// can send a reader uses it: the validator, the HTML twin, the widget's links and, through the
// widget (polity_is_web_link in wasm/web_api.cpp), the pages that open or show an address.
#pragma once

#include <string_view>

namespace polity {

// True for an address a reader may follow:
// - the scheme is http:// or https://, in any case ("HTTPS://" too);
// - a host follows (a name, an IPv4 address or an [IPv6] one), with a port of digits if any;
// - no user-info ("user@host", "user:password@host"): it makes one host read like another;
// - no whitespace, no control character, nothing invisible or bidirectional (U+00A0, U+202E,
//   ...), no byte that is not UTF-8, and none of " < > \ (browsers read a backslash as a slash,
//   so the host they go to would not be the one checked here).
// Anything else is not a link: "javascript:", "data:", relative and protocol-relative addresses.
bool IsWebLink(std::string_view address);

} // namespace polity
