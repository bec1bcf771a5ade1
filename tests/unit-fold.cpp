// FoldForSearch: case, diacritics, Cyrillic and Kazakh letters, punctuation, broken UTF-8.
#include "polity/query.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>

using polity::FoldForSearch;

TEST_CASE("fold: ASCII is lower-cased, punctuation becomes one space, ends are trimmed") {
    CHECK(FoldForSearch("Hello") == "hello");
    CHECK(FoldForSearch("  Hello,   World!! ") == "hello world");
    CHECK(FoldForSearch("reform-2022/06") == "reform 2022 06");
    CHECK(FoldForSearch("a\tb\nc\r\nd") == "a b c d");
    CHECK(FoldForSearch("").empty());
    CHECK(FoldForSearch(" ,.;:!? ").empty());
}

TEST_CASE("fold: Latin-1 and Latin Extended-A lose case and diacritics") {
    CHECK(FoldForSearch("Éé Àà Çç Ññ Üü Öö") == "ee aa cc nn uu oo");
    CHECK(FoldForSearch("Straße") == "strasse");
    CHECK(FoldForSearch("Ærø") == "aero");
    CHECK(FoldForSearch("Şş Ğğ İı") == "ss gg ii");
    CHECK(FoldForSearch("Łódź Čeština Œuvre") == "lodz cestina oeuvre");
    CHECK(FoldForSearch("Ășț") == "ast");
    CHECK(FoldForSearch("Türkiye") == FoldForSearch("TURKIYE"));
}

TEST_CASE("fold: Kazakh Latin letters fold like their base letters") {
    CHECK(FoldForSearch("Qazaqstan Respublikasynyñ Ata Zañy") == "qazaqstan respublikasynyn ata zany");
    CHECK(FoldForSearch("ÄĞŞÑÖŪÜ") == "agsnouu");
}

TEST_CASE("fold: Cyrillic upper case becomes lower case") {
    CHECK(FoldForSearch("ОМБУДСМЕН") == "омбудсмен");
    CHECK(FoldForSearch("Конституционный Суд") == "конституционныи суд");
    CHECK(FoldForSearch("АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ") == "абвгдежзиклмнопрстуфхцчшщъыьэюя");
    CHECK(FoldForSearch("ЂЃЄЅЈЉЊЋЏ") == "ђгєѕјљњћџ");
}

TEST_CASE("fold: Russian ё and й lose their marks") {
    CHECK(FoldForSearch("Ёлка") == "елка");
    CHECK(FoldForSearch("ЙОД йод") == "иод иод");
}

TEST_CASE("fold: every Kazakh letter, upper and lower case, folds to its base letter") {
    CHECK(FoldForSearch("ӘҒҚҢӨҰҮҺІ") == "агкноуухи");
    CHECK(FoldForSearch("әғқңөұүһі") == "агкноуухи");
    CHECK(FoldForSearch("Қазақстан") == "казакстан");
    CHECK(FoldForSearch("ҚАЗАҚСТАН") == FoldForSearch("казакстан"));
    CHECK(FoldForSearch("Адам құқықтары жөніндегі уәкіл") == "адам кукыктары жониндеги уакил");
}

TEST_CASE("fold: other Cyrillic letters of the region") {
    CHECK(FoldForSearch("Ўзбекистон") == "узбекистон");        // Uzbek, Belarusian ў
    CHECK(FoldForSearch("Ҳуқуқ") == "хукук");                 // Uzbek ҳ
    CHECK(FoldForSearch("Ї ї Ґ") == "и и ґ");                 // Ukrainian: ґ keeps its identity
    CHECK(FoldForSearch("Ӧӱ") == "оу");
}

TEST_CASE("fold: decomposed accents and apostrophes inside words are dropped") {
    CHECK(FoldForSearch("e\xCC\x81t\xC3\xA9") == "ete");                  // e + U+0301, then é
    CHECK(FoldForSearch("\xD0\xB8\xCC\x86") == "и");                      // и + U+0306 = й
    CHECK(FoldForSearch("Oʻzbekiston") == "ozbekiston");
    CHECK(FoldForSearch("O'zbekiston") == "ozbekiston");
    CHECK(FoldForSearch("O’zbekiston") == "ozbekiston");
}

TEST_CASE("fold: typographic punctuation and spaces separate words") {
    CHECK(FoldForSearch("«Нұр Отан» — партия") == "нур отан партия");
    CHECK(FoldForSearch("7\xC2\xA0" "000") == "7 000");                   // no-break space
    CHECK(FoldForSearch("a\xE2\x80\xAF" "b\xE2\x80\xA6") == "a b");       // narrow no-break space, ellipsis
}

TEST_CASE("fold: scripts without a table pass through") {
    CHECK(FoldForSearch("日本 国会") == "日本 国会");
    CHECK(FoldForSearch("Ωμέγα") == "Ωμέγα");
}

TEST_CASE("fold: invalid UTF-8 bytes are dropped, the rest survives") {
    CHECK(FoldForSearch("a\xFF" "b") == "ab");
    CHECK(FoldForSearch("\x80\x80 ok") == "ok");                          // stray continuations
    CHECK(FoldForSearch("x\xC0\xAF" "y") == "xy");                        // overlong '/'
    CHECK(FoldForSearch("x\xED\xA0\x80" "y") == "xy");                    // UTF-16 surrogate
    CHECK(FoldForSearch("x\xF4\x90\x80\x80" "y") == "xy");                // above U+10FFFF
    CHECK(FoldForSearch("a\xE2\x82" "b") == "ab");                        // truncated inside
    CHECK(FoldForSearch("Суд\xD0") == "суд");                             // truncated at the end
    CHECK(FoldForSearch(std::string("a\0b", 3)) == "a b");               // NUL is a separator
}

namespace {

bool IsValidUtf8(const std::string& s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        for (std::size_t k = 1; k < len; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        }
        i += len;
    }
    return true;
}

} // namespace

TEST_CASE("fold: random bytes never crash, and the result is valid, squeezed and stable") {
    std::uint64_t state = 12345;
    for (int round = 0; round < 2000; ++round) {
        std::string bytes;
        const int length = round % 40;
        for (int k = 0; k < length; ++k) {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            bytes.push_back(static_cast<char>(state >> 56));
        }
        const std::string folded = FoldForSearch(bytes);
        CAPTURE(round);
        CHECK(IsValidUtf8(folded));
        CHECK(folded.find("  ") == std::string::npos);
        CHECK((folded.empty() || (folded.front() != ' ' && folded.back() != ' ')));
        CHECK(FoldForSearch(folded) == folded);
    }
}
