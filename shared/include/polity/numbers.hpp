// Polity Explorer — numbers written and read without the C library's printf, scanf and strtod:
// the same text, digit for digit, in a fraction of their size (they were 9 KiB of the
// WebAssembly widget's brotli). Independent of the C locale: the decimal point is always '.'.
//
// Index of this file
// [SECTION] Writing (printf's conversions)
// [SECTION] Reading (strtod, strtol and sscanf's conversions)
#pragma once

#include <cstdarg>
#include <cstddef>
#include <string_view>

namespace polity {

//-----------------------------------------------------------------------------
// [SECTION] Writing
// - What snprintf writes, for the conversions d i u o x X c s p f F e E g G and %%, with the
//   flags - + space # 0, a width and a precision (either may be *) and the length modifiers
//   hh h l ll j z t. Floating-point conversions are exact and round ties to even, like the C
//   library's. %p writes 0x and the address in hex, at least two digits a byte (as the
//   WebAssembly C library does). Anything else (%n, %a, %L...) is written as it stands in the format.
// - At most size - 1 bytes and a NUL go to buf (nothing when size is 0, so buf may then be
//   null); the answer is the length of the whole text, as snprintf's.
//-----------------------------------------------------------------------------

int FormatString(char* buf, std::size_t size, const char* format, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
int FormatStringV(char* buf, std::size_t size, const char* format, va_list args);

//-----------------------------------------------------------------------------
// [SECTION] Reading
// - Each reads a number at the start of `text`, after any blanks (as strtod and strtoll do),
//   and sets *used to the bytes it took, blanks included: 0 when there is no number there, and
//   then the answer is 0.
//-----------------------------------------------------------------------------

// [+-]digits[.digits][(e|E)[+-]digits], or [+-].digits...: the nearest double, ties to even,
// as strtod gives it (a magnitude too large gives infinity, too small 0).
double ParseDouble(std::string_view text, std::size_t* used = nullptr);

// [+-]digits in `base` (2..36; 16 also takes a leading 0x, 0 means 0x.. hex, 0.. octal or
// decimal), as strtoll reads it; a value out of range is clamped to the nearest limit.
long long ParseInteger(std::string_view text, int base = 10, std::size_t* used = nullptr);

// What sscanf reads, for the conversions d i u o x X f e g c s n and %%, with a width and the
// length modifiers hh h l ll j z t (l makes f e g a double): the count of values stored, or -1
// when the text ends before the first conversion.
int ScanString(const char* text, const char* format, ...);
int ScanStringV(const char* text, const char* format, va_list args);

} // namespace polity
