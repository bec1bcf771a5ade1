// The http(s) link rule (polity/link.hpp), case by case. tests/ui-links.cpp checks that the
// validator, the HTML twin and the widget all follow it.
#include "polity/link.hpp"

#include <doctest/doctest.h>

using polity::IsWebLink;

TEST_CASE("link: http and https with a host, the scheme in any case") {
    CHECK(IsWebLink("https://example.org/a?b=1"));
    CHECK(IsWebLink("http://example.org"));
    CHECK(IsWebLink("HTTPS://EXAMPLE.ORG"));
    CHECK(IsWebLink("hTtP://example.org:8080/"));
    CHECK(IsWebLink("https://example.org:/")); // an empty port is the default one
    CHECK(IsWebLink("https://[2001:db8::1]:8443/x"));
    CHECK(IsWebLink("https://example.org/a@b")); // an @ in the path is no user-info
}

TEST_CASE("link: other schemes, relative addresses and missing hosts are not links") {
    CHECK_FALSE(IsWebLink(""));
    CHECK_FALSE(IsWebLink("javascript:alert(1)"));
    CHECK_FALSE(IsWebLink("JAVASCRIPT:alert(1)"));
    CHECK_FALSE(IsWebLink("data:text/html,<script>alert(1)</script>"));
    CHECK_FALSE(IsWebLink("https"));
    CHECK_FALSE(IsWebLink("https:"));
    CHECK_FALSE(IsWebLink("https://"));
    CHECK_FALSE(IsWebLink("https:///path"));
    CHECK_FALSE(IsWebLink("//example.org"));
    CHECK_FALSE(IsWebLink("https://[]/"));
    CHECK_FALSE(IsWebLink("https://[::1/"));
    CHECK_FALSE(IsWebLink("https://[::1]x/"));
    CHECK_FALSE(IsWebLink("https://example.org:-1/"));
}

TEST_CASE("link: user-info, blanks, controls and invisible characters are refused") {
    CHECK_FALSE(IsWebLink("https://user@example.org"));
    CHECK_FALSE(IsWebLink("https://@example.org"));
    CHECK_FALSE(IsWebLink("https://exa mple.org"));
    CHECK_FALSE(IsWebLink("https://example.org/\n"));
    CHECK_FALSE(IsWebLink(" https://example.org"));
    CHECK_FALSE(IsWebLink("https://example.org\t"));
    CHECK_FALSE(IsWebLink(std::string_view("https://example.org/\0x", 22)));
    CHECK_FALSE(IsWebLink("https://example.org/\xE2\x81\xA6")); // U+2066, a bidirectional isolate
    CHECK_FALSE(IsWebLink("https://example.org/\xEF\xBB\xBF")); // a byte order mark
    CHECK_FALSE(IsWebLink("https://example.org/caf\xE9"));      // not UTF-8
    CHECK_FALSE(IsWebLink("https://example.org/<script>"));
}
