// Our own number writing and reading (numbers.hpp) against the C library's: the same text as
// snprintf, the same double as strtod, the same values as sscanf, for every format the widget,
// the model and the parts of Dear ImGui the widget links pass, over many values. And the
// numbers readers see (FormatNumber in en, ru and kk) as they were written with snprintf.
#include "polity/i18n.hpp"
#include "polity/layout.hpp"
#include "polity/numbers.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace polity;

namespace {

// Formats with ours and with snprintf; fails the test case with both texts when they differ.
template <typename... Args>
void SameAsSnprintf(const char* format, Args... args) {
    char ours[1200], theirs[1200];
    const int ours_length = FormatString(ours, sizeof ours, format, args...);
    const int theirs_length = std::snprintf(theirs, sizeof theirs, format, args...);
    INFO("format \"", std::string(format), "\": ours \"", ours, "\", snprintf \"", theirs, "\"");
    REQUIRE(std::string(ours) == std::string(theirs));
    REQUIRE(ours_length == theirs_length);
}

std::vector<double> InterestingDoubles() {
    std::vector<double> values = {0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 3.5, -2.5, 0.125, 0.375, 0.625, 1.005, 2.675,
                                  0.045, 1e-5, 9.5, 99.5, 999.5, 9.995, 0.05, 0.15, 0.25, 0.35, 1234567.891, 7000,
                                  12000, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e15, 1e16, 1e17, 1e21, 1e22, 1e23,
                                  123456789012345678.0, 9007199254740993.0, 4503599627370495.5, 0.1 + 0.2,
                                  DBL_MAX, -DBL_MAX, DBL_MIN, DBL_TRUE_MIN, 5e-324, 2.2250738585072009e-308,
                                  1e300, 1e-300, 6.02214076e23, 299792458, 3.14159265358979, 2.718281828459045,
                                  0.000123456, 123.456, -0.0049, 0.0051, 1e100, 1.7976931348623157e308,
                                  HUGE_VAL, -HUGE_VAL, std::nan(""), -std::nan("")};
    for (int k = -3000; k <= 3000; ++k) values.push_back(k / 8.0), values.push_back(k / 100.0), values.push_back(k * 0.005);
    for (int e = -320; e <= 308; ++e) values.push_back(std::pow(10.0, e)), values.push_back(-1.5 * std::pow(10.0, e));
    for (int e = -1074; e <= 1023; e += 7) values.push_back(std::ldexp(1.0, e)), values.push_back(std::ldexp(1.75, e));
    std::mt19937_64 random(20261203);
    for (int i = 0; i < 4000; ++i) {   // any bit pattern
        const std::uint64_t bits = random();
        double v;
        std::memcpy(&v, &bits, sizeof v);
        values.push_back(v);
    }
    std::uniform_real_distribution<double> everyday(-1e7, 1e7);
    for (int i = 0; i < 4000; ++i) values.push_back(everyday(random));
    return values;
}

// FormatNumber as it was written with snprintf("%.0f"), before numbers.hpp.
std::string GroupThousandsAsBefore(const std::string& digits, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += sep;
        out += digits[i];
    }
    return out;
}
std::string FormatNumberAsBefore(double value, std::string_view thousands_sep, std::string_view decimal_sep,
                                 int max_decimals) {
    if (std::isnan(value)) return "";
    if (std::isinf(value)) return value < 0 ? "-\u221E" : "\u221E";
    int decimals = std::clamp(max_decimals, 0, 9);
    while (decimals > 0 && std::abs(value) * std::pow(10.0, decimals) >= 0x1p53) --decimals;
    const double scaled = std::round(std::abs(value) * std::pow(10.0, decimals));
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.0f", scaled);
    std::string digits = buf;
    if (digits.size() <= static_cast<std::size_t>(decimals)) digits.insert(0, decimals + 1 - digits.size(), '0');
    std::string fraction = digits.substr(digits.size() - decimals);
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    std::string out = (value < 0 && scaled != 0) ? "-" : "";
    out += GroupThousandsAsBefore(digits.substr(0, digits.size() - decimals), thousands_sep);
    if (!fraction.empty()) {
        out += decimal_sep;
        out += fraction;
    }
    return out;
}

} // namespace

//-----------------------------------------------------------------------------
// Writing
//-----------------------------------------------------------------------------

TEST_CASE("numbers: every float format the code passes writes what snprintf writes, over many values") {
    const char* formats[] = {"%.0f", "%.1f", "%.2f", "%.3f", "%.4f", "%f", "%.9g", "%.10g", "%.17g", "%g", "%e",
                             "%.3e", "%.0e", "%#.0f", "%#g", "%G", "%E", "%10.2f", "%-10.2f|", "%+.1f", "% .1f",
                             "%010.3f", "%.20f", "%.30e", "%.1f %.1f %.2f", "%0.f", "%6.1f", "%4.0f", "%8.2f", "%.6f"};
    for (const double v : InterestingDoubles())
        for (const char* format : formats) SameAsSnprintf(format, v, v, v);
}

TEST_CASE("numbers: integer, character and string formats write what snprintf writes") {
    const int ints[] = {0, 1, -1, 7, 42, -42, 99, 100, 255, 4096, 65535, 123456789, INT_MAX, INT_MIN, 2026, 12, 3};
    const char* int_formats[] = {"%d", "%i", "%02d", "%04d", "%-2d|", "%5d", "%-5d|", "%+d", "% d", "%.0d", "%.3d",
                                 "%05d", "%x", "%X", "%08X", "%08x", "%#x", "%#o", "%o", "%u", "%d%%", "%c", "%02X",
                                 "[%04d] Window", "##Tooltip_%02d", "##Menu_%02d", "##Popup_%08x", "##Combo_%02d",
                                 "Pos=%d,%d", "Column %-2d", " Width=%d", "%04d-%02d-%02d", "MG%d:%d", "%d.%d"};
    for (const int v : ints)
        for (const char* format : int_formats) SameAsSnprintf(format, v, v, v);
    for (const char* s : {"", "a", "window", "Привет", "naïve text"}) {
        SameAsSnprintf("%s", s);
        SameAsSnprintf("%s:", s);
        SameAsSnprintf("%8s|%-8s|", s, s);
        SameAsSnprintf("%.3s", s);
        SameAsSnprintf("%.*s%%d%s", 2, s, s);
        SameAsSnprintf("%s/%s_%08X", s, s, 0xBEEFu);
        SameAsSnprintf("%s/%08X", s, 0x1234ABCDu);
        SameAsSnprintf("%s  %s", s, s);
        SameAsSnprintf("[%s][%s]\n", s, s);
        SameAsSnprintf("%s, %.0fpx", s, 13.0);
        SameAsSnprintf("%s%0*X", s, 4, 0xAu);
        SameAsSnprintf("%s%0*X", s, 6, 0x1F600u);
        SameAsSnprintf("%%s: %s", s);
    }
    SameAsSnprintf("%zu %zu %lld %llu %ld %lu %hhd %hd", std::size_t{12}, SIZE_MAX, LLONG_MIN, ULLONG_MAX, -5L, 7UL,
                   300, 70000);
    SameAsSnprintf("%.1f %.1f %.2f %d %s %u", 12.25, 640.0, 16.5, 3, "en", 7u);
    SameAsSnprintf("%.9g %.9g %.1f %.1f %.2f %s %zu %zu", 1995.0, 0.123456789, 800.5, 480.0, 1.0, "ru", std::size_t{3},
                   std::size_t{30});
    SameAsSnprintf("%*d|%-*d|%.*f", 6, 42, -6, 42, 3, 2.0 / 3);
}

TEST_CASE("numbers: a short buffer gets what fits and a NUL; the answer is the whole length") {
    char buf[6];
    CHECK(FormatString(buf, sizeof buf, "%d-%s", 12345, "abc") == 9);
    CHECK(std::string(buf) == "12345");
    CHECK(FormatString(nullptr, 0, "%.2f", 3.14159) == 4);
    buf[0] = 'x';
    CHECK(FormatString(buf, 1, "abc") == 3);
    CHECK(buf[0] == '\0');
}

TEST_CASE("numbers: FormatNumber writes what it wrote with snprintf, in every language, with every qualifier") {
    const struct {
        Lang lang;
        const char* thousands;
        const char* decimal;
    } languages[] = {{Lang::En, ",", "."}, {Lang::Ru, "\u00A0", ","}, {Lang::Kk, "\u00A0", ","}};
    for (const double v : InterestingDoubles()) {
        for (int decimals = 0; decimals <= 9; ++decimals) {
            INFO("value ", v, ", ", decimals, " decimals");
            REQUIRE(FormatNumber(v, ",", ".", decimals) == FormatNumberAsBefore(v, ",", ".", decimals));
            REQUIRE(FormatNumber(v, "", ".", decimals) == FormatNumberAsBefore(v, "", ".", decimals));
        }
        for (const auto& l : languages) {
            const std::string before = FormatNumberAsBefore(v, l.thousands, l.decimal, 2);
            INFO("value ", v, " in ", LangCode(l.lang));
            REQUIRE(FormatNumber(v, l.lang) == before);
            for (const Qualifier q : {Qualifier::Exact, Qualifier::About, Qualifier::Nearly, Qualifier::Over, Qualifier::Under})
                if (!before.empty()) REQUIRE(QualifiedNumber(v, q, l.lang).find(before) != std::string::npos);
        }
    }
}

//-----------------------------------------------------------------------------
// Reading
//-----------------------------------------------------------------------------

namespace {
void SameAsStrtod(const std::string& text) {
    char* end = nullptr;
    const double theirs = std::strtod(text.c_str(), &end);
    std::size_t used = 0;
    const double ours = ParseDouble(text, &used);
    INFO("text \"", text, "\"");
    REQUIRE(used == static_cast<std::size_t>(end - text.c_str()));
    std::uint64_t a, b;
    std::memcpy(&a, &ours, sizeof a);
    std::memcpy(&b, &theirs, sizeof b);
    REQUIRE(a == b);   // the same double, bit for bit (the sign of zero too)
}
} // namespace

TEST_CASE("numbers: ParseDouble reads the double strtod reads, halfway cases and long digit strings too") {
    for (const char* text :
         {"0", "-0", "1", "-1", "0.5", "1e23", "8.98846567431158e307", "1.7976931348623157e308", "1.7976931348623158e308",
          "1.7976931348623159e308", "1e309", "-1e400", "4.9e-324", "2.4703282292062327e-324",
          "2.4703282292062328e-324", "2.2250738585072011e-308", "2.2250738585072012e-308", "1e-400", "9007199254740993",
          "9007199254740992.5", "9007199254740993.0000000000000000000000000001", "0.1", "0.30000000000000004",
          "123456789012345678901234567890", "1.", ".5", "-.5e1", "+3", "12abc", "1e", "1e+", "1.5E-3x", ".", "-", "",
          "e5", " 2.5", "\n-1e3", " ", "0000000000000000000000000000001", "0.0000000000000000000000000000000000001e37", "7000", "1995.25",
          "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999999999999999999999999999999999999999999999999999999999999999999",
          "2.225073858507201136057409796709131975934819546351645648023426109724822222021076945516529523908135087914149158"
          "913039621106870086438694594645527657207407820621743379988141063267329253552286881372149012981122451451889849"
          "057222307285255133155755015914397476397983411801999323962548289017107081850690630666655994938275772572015763"
          "062690663332647565300009245888316433037779791869612049497390377829704905051080609940730262937128958950003583"
          "799967207254304360284078895771796150945516748243471030702609144621572289880258182545180325707018860872113128"
          "079512233426288368622321503775666622503982534335974568884423900265498198385487948292206894721689831099698365"
          "846814022854243330660339850886445804001034933970427567186443383770486037861622771738545623065874679014086723"
          "327636718751234567890e-1"})
        SameAsStrtod(text);
    std::mt19937_64 random(1203);
    char buf[64];
    for (int i = 0; i < 20000; ++i) {   // every double, written shortest-exact and with extra digits
        const std::uint64_t bits = (random() & ~(std::uint64_t{0x7FF} << 52)) | ((random() % 0x7FF) << 52);
        double v;
        std::memcpy(&v, &bits, sizeof v);
        std::snprintf(buf, sizeof buf, "%.17g", v);
        SameAsStrtod(buf);
        std::snprintf(buf, sizeof buf, "%.25e", v);
        SameAsStrtod(buf);
        std::snprintf(buf, sizeof buf, "%.16e", v);
        SameAsStrtod(buf);
    }
    std::uniform_int_distribution<int> length(1, 40), exponent(-340, 320), digit(0, 9);
    for (int i = 0; i < 20000; ++i) {   // random digit strings
        std::string text;
        for (int n = length(random); n > 0; --n) text += static_cast<char>('0' + digit(random));
        text.insert(text.begin() + static_cast<long>(random() % text.size()), '.');
        text += "e" + std::to_string(exponent(random));
        SameAsStrtod(text);
    }
    std::string long_digits = "0.";   // past the 800 digits kept
    for (int i = 0; i < 900; ++i) long_digits += static_cast<char>('0' + (i * 7 + 3) % 10);
    SameAsStrtod(long_digits);
    SameAsStrtod("1" + std::string(850, '0') + "1e-850");
    SameAsStrtod("1" + std::string(850, '0') + "e-850");
}

TEST_CASE("numbers: ParseInteger reads what strtoll reads") {
    for (const char* text : {"0", "42", "-42", "+7", "2026", "12abc", "", "-", "x", "  15", " -3x", " ", "\t8", "9223372036854775807",
                             "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
                             "99999999999999999999999", "0x1F", "0X1f", "0x", "017", "08", "ff", "FFFFFFFF"}) {
        for (const int base : {10, 16, 0, 8}) {
            char* end = nullptr;
            const long long theirs = std::strtoll(text, &end, base);
            std::size_t used = 0;
            INFO("text \"", text, "\" base ", base);
            CHECK(ParseInteger(text, base, &used) == theirs);
            CHECK(used == static_cast<std::size_t>(end - text));
        }
    }
}

TEST_CASE("numbers: ScanString reads the formats Dear ImGui reads as sscanf does") {
    int a = -1, b = -1, c = -1, d = -1, n = -1, m = -1;
    float f = -1, g = -1;
    char ch = 0;
    CHECK(ScanString("Pos=60,-60", "Pos=%i,%i", &a, &b) == std::sscanf("Pos=60,-60", "Pos=%i,%i", &c, &d));
    CHECK((a == c && b == d && a == 60 && b == -60));
    CHECK(ScanString("Size=300,200", "Pos=%i,%i", &a, &b) == 0);
    CHECK(ScanString("Collapsed=1", "Collapsed=%d", &a) == 1);
    CHECK(a == 1);
    CHECK(ScanString("3.0 WebGL 2.0", "%d.%d", &a, &b) == 2);
    CHECK((a == 3 && b == 0));
    CHECK(ScanString("#version 300 es", "#version %d", &a) == 1);
    CHECK(a == 300);
    unsigned id = 0, id2 = 0;
    CHECK(ScanString("0x8F3A00C1,4", "0x%08X,%d", &id, &a) == std::sscanf("0x8F3A00C1,4", "0x%08X,%d", &id2, &c));
    CHECK((id == id2 && a == c && id == 0x8F3A00C1u && a == 4));
    CHECK(ScanString("RefScale=13.5", "RefScale=%f", &f) == 1);
    CHECK(f == 13.5f);
    CHECK(ScanString("Column 2  Width=40 Sort=1^", "Column %d%n", &a, &n) == 1);
    CHECK(std::sscanf("Column 2  Width=40 Sort=1^", "Column %d%n", &c, &m) == 1);
    CHECK((a == c && n == m));
    CHECK(ScanString("Sort=1^", "Sort=%d%c%n", &a, &ch, &n) == 2);
    CHECK((a == 1 && ch == '^' && n == 7));
    CHECK(ScanString("Weight=0.2500 Visible=1", "Weight=%f%n", &g, &n) == 1);
    CHECK((g == 0.25f && n == 13));
    unsigned rgb[3] = {}, rgb2[3] = {};
    CHECK(ScanString("FF8000", "%02X%02X%02X", &rgb[0], &rgb[1], &rgb[2]) == 3);
    std::sscanf("FF8000", "%02X%02X%02X", &rgb2[0], &rgb2[1], &rgb2[2]);
    CHECK((rgb[0] == rgb2[0] && rgb[1] == rgb2[1] && rgb[2] == rgb2[2]));
    CHECK(ScanString("", "%d", &a) == -1);
    CHECK(ScanString("  ", "%d", &a) == -1);
    CHECK(ScanString("x", "%d", &a) == 0);
    double lf = 0;
    CHECK(ScanString(" -2.5e3", "%lf", &lf) == 1);
    CHECK(lf == -2500.0);
}
