// Partial dates: parsing, calendar checks, ordering and covered spans.
#include "polity/model.hpp"

#include <doctest/doctest.h>

using polity::Date;
using polity::DateError;
using polity::ParseDate;

namespace {
Date D(const char* text) {
    Date d;
    REQUIRE(ParseDate(text, &d) == DateError::None);
    return d;
}
} // namespace

TEST_CASE("dates parse at year, month and day precision") {
    CHECK(D("1995").ToString() == "1995");
    CHECK(D("2022-06").ToString() == "2022-06");
    CHECK(D("2022-06-05").ToString() == "2022-06-05");
    CHECK(D("2022-06").day == 0);
}

TEST_CASE("malformed and impossible dates are told apart") {
    Date d;
    CHECK(ParseDate("95", &d) == DateError::Syntax);
    CHECK(ParseDate("2022/06/05", &d) == DateError::Syntax);
    CHECK(ParseDate("0000", &d) == DateError::Syntax);
    CHECK(ParseDate("2022-6-5", &d) == DateError::Syntax);
    CHECK(ParseDate("2022-13", &d) == DateError::Month);
    CHECK(ParseDate("2022-00-10", &d) == DateError::Month);
    CHECK(ParseDate("2022-02-29", &d) == DateError::Day);
    CHECK(ParseDate("2024-02-29", &d) == DateError::None);  // leap year
    CHECK(ParseDate("1900-02-29", &d) == DateError::Day);   // century, not leap
    CHECK(ParseDate("2000-02-29", &d) == DateError::None);  // 400-year leap
    CHECK(ParseDate("2022-04-31", &d) == DateError::Day);
}

TEST_CASE("a partial date sorts before the full dates inside it, after earlier ones") {
    CHECK(D("2022") < D("2022-01"));
    CHECK(D("2022-06") < D("2022-06-01"));
    CHECK(D("2021-12-31") < D("2022"));
    CHECK(D("1995-08-30") < D("2022"));
    CHECK_FALSE(D("2022-06-05") < D("2022-06"));
    CHECK(D("2022-06") == D("2022-06"));
}

TEST_CASE("a partial date covers its whole span") {
    CHECK(D("2022").FirstDayKey() == 20220101);
    CHECK(D("2022").LastDayKey() == 20221231);
    CHECK(D("2024-02").LastDayKey() == 20240229);
    CHECK(D("2022-06-05").FirstDayKey() == D("2022-06-05").LastDayKey());
    CHECK(D("1995").YearFraction() == doctest::Approx(1995.5));
    CHECK(D("2022-01-01").YearFraction() > 2022.0);
    CHECK(D("2022-01-01").YearFraction() < D("2022-01-02").YearFraction());
}
