// Partial dates: parsing with calendar checks, ordering, and the spans they cover.
#include "polity/model.hpp"
#include "polity/numbers.hpp"

namespace polity {

namespace {

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Reads exactly `digits` ASCII digits at `pos`.
bool ReadNumber(std::string_view text, std::size_t pos, std::size_t digits, int* out) {
    if (pos + digits > text.size()) return false;
    int value = 0;
    for (std::size_t i = pos; i < pos + digits; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
        value = value * 10 + (text[i] - '0');
    }
    *out = value;
    return true;
}

} // namespace

int DaysInMonth(int year, int month) {
    static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

DateError ParseDate(std::string_view text, Date* out) {
    int year = 0, month = 0, day = 0;
    const std::size_t n = text.size();
    if (n != 4 && n != 7 && n != 10) return DateError::Syntax;
    if (!ReadNumber(text, 0, 4, &year) || year == 0) return DateError::Syntax;
    if (n >= 7 && (text[4] != '-' || !ReadNumber(text, 5, 2, &month))) return DateError::Syntax;
    if (n == 10 && (text[7] != '-' || !ReadNumber(text, 8, 2, &day))) return DateError::Syntax;
    if (n >= 7 && (month < 1 || month > 12)) return DateError::Month;
    if (n == 10 && (day < 1 || day > DaysInMonth(year, month))) return DateError::Day;
    out->year = static_cast<std::int16_t>(year);
    out->month = static_cast<std::uint8_t>(month);
    out->day = static_cast<std::uint8_t>(day);
    return DateError::None;
}

std::int32_t Date::FirstDayKey() const {
    return year * 10000 + (month ? month : 1) * 100 + (day ? day : 1);
}

std::int32_t Date::LastDayKey() const {
    const int m = month ? month : 12;
    const int d = day ? day : DaysInMonth(year, m);
    return year * 10000 + m * 100 + d;
}

double Date::YearFraction() const {
    if (month == 0) return year + 0.5;
    const double month_start = year + (month - 1) / 12.0;
    if (day == 0) return month_start + 0.5 / 12.0;
    return month_start + (day - 0.5) / (12.0 * DaysInMonth(year, month));
}

std::string Date::ToString() const {
    char buf[16];
    if (!IsSet()) return {};
    if (month == 0) FormatString(buf, sizeof buf, "%04d", year);
    else if (day == 0) FormatString(buf, sizeof buf, "%04d-%02d", year, month);
    else FormatString(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

} // namespace polity
