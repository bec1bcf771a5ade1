// Control and invisible characters (polity/chars.hpp): found where a dataset may not hold them,
// and shown escaped wherever a report quotes text.
#include "polity/chars.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace polity;

TEST_CASE("chars: control characters are C0, DEL and C1; tab and line breaks only where allowed") {
    CHECK(FindControlCharacter("Plain text, Қазақстан, «кавычки», 7\u00A0000", false).position == 0);
    const FoundCharacter nul = FindControlCharacter(std::string("ab\0c", 4), true);
    CHECK(nul.position == 3);
    CHECK(nul.code_point == 0);
    CHECK(FindControlCharacter("a\tb\nc\r\nd", true).position == 0);
    CHECK(FindControlCharacter("a\tb", false).code_point == '\t');
    CHECK(FindControlCharacter("\xD0\x96\x7F", true).position == 2);   // Ж, then DEL
    CHECK(FindControlCharacter("x\xC2\x85", true).code_point == 0x85); // NEL, a C1 control
    CHECK(DescribeCharacter(0) == "U+0000 (NUL)");
    CHECK(DescribeCharacter('\n') == "U+000A (line break)");
    CHECK(DescribeCharacter(0x85) == "U+0085");
}

TEST_CASE("chars: invisible and bidirectional characters and broken bytes are shown escaped") {
    CHECK(ShowInvisible("plain, Кириллица, “quotes” — dash") == "plain, Кириллица, “quotes” — dash");
    CHECK(ShowInvisible("a\u202Eb") == "a\\u{202E}b");
    CHECK(ShowInvisible("\xEF\xBB\xBFid") == "\\u{FEFF}id");
    CHECK(ShowInvisible("zero\u200Bwidth, no\u00A0break") == "zero\\u{200B}width, no\\u{A0}break");
    CHECK(ShowInvisible(std::string("nul\0tab\t", 8)) == "nul\\u{0}tab\\u{9}");
    CHECK(ShowInvisible("caf\xE9") == "caf\\x{E9}");
    CHECK(ShowInvisible(ShowInvisible("a\xE2\x80\xAE")) == "a\\u{202E}"); // showing twice changes nothing
}

TEST_CASE("chars: UTF-8 decoding moves one byte past what is not UTF-8") {
    std::size_t pos = 0;
    CHECK(DecodeUtf8("\xD0\x96", &pos) == 0x416);
    CHECK(pos == 2);
    pos = 0;
    CHECK(DecodeUtf8("\xC0\x80", &pos) == kNotUtf8); // an overlong NUL
    CHECK(pos == 1);
    pos = 0;
    CHECK(DecodeUtf8("\xED\xA0\x80", &pos) == kNotUtf8); // a surrogate
}
