// Numbers written and read without the C library's printf, scanf and strtod (numbers.hpp).
// Both directions work on exact values: a double's full decimal expansion, rounded once (as
// printf does), and a decimal's exact ratio to a power of two, rounded once (as strtod does),
// with big integers; simple rather than fast, which the UI's few short numbers allow.
//
// Index of this file
// [SECTION] Big integers
// [SECTION] A double's exact decimal digits
// [SECTION] Writing
// [SECTION] Reading
#include "polity/numbers.hpp"

#include <climits>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

namespace polity {

//-----------------------------------------------------------------------------
// [SECTION] Big integers
//-----------------------------------------------------------------------------

namespace {

// An unsigned integer of up to 4,096 bits: room for a double's exact value times a power of
// five (2,547 bits) and for reading 800 significant digits as far down as the smallest double
// (3,801 bits).
class BigNum {
public:
    explicit BigNum(std::uint64_t value = 0) {
        while (value != 0) {
            limb_[size_++] = static_cast<std::uint32_t>(value);
            value >>= 32;
        }
    }
    bool IsZero() const { return size_ == 0; }
    int BitLength() const {
        if (size_ == 0) return 0;
        int bits = 32 * (size_ - 1);
        for (std::uint32_t top = limb_[size_ - 1]; top != 0; top >>= 1) ++bits;
        return bits;
    }
    // *this = *this * factor + add
    void MultiplyAdd(std::uint32_t factor, std::uint32_t add = 0) {
        std::uint64_t carry = add;
        for (int i = 0; i < size_; ++i) {
            const std::uint64_t t = std::uint64_t{limb_[i]} * factor + carry;
            limb_[i] = static_cast<std::uint32_t>(t);
            carry = t >> 32;
        }
        if (carry != 0) limb_[size_++] = static_cast<std::uint32_t>(carry);
    }
    void MultiplyByPowerOf5(int n) {
        static constexpr std::uint32_t kPowers[] = {1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125,
                                                    9765625, 48828125, 244140625, 1220703125};
        for (; n >= 13; n -= 13) MultiplyAdd(kPowers[13]);
        MultiplyAdd(kPowers[n]);
    }
    void MultiplyByPowerOf10(int n) {
        MultiplyByPowerOf5(n);
        ShiftLeft(n);
    }
    // *this /= divisor; the remainder is the answer.
    std::uint32_t Divide(std::uint32_t divisor) {
        std::uint64_t rest = 0;
        for (int i = size_ - 1; i >= 0; --i) {
            const std::uint64_t t = (rest << 32) | limb_[i];
            limb_[i] = static_cast<std::uint32_t>(t / divisor);
            rest = t % divisor;
        }
        Trim();
        return static_cast<std::uint32_t>(rest);
    }
    void ShiftLeft(int bits) {
        if (size_ == 0 || bits == 0) return;
        const int words = bits / 32, rest = bits % 32;
        limb_[size_ + words] = 0;
        for (int i = size_ - 1; i >= 0; --i) {   // from the top, so no limb is overwritten before it is read
            const std::uint32_t v = limb_[i];
            if (rest != 0) limb_[i + words + 1] |= v >> (32 - rest);
            limb_[i + words] = v << rest;
        }
        for (int i = 0; i < words; ++i) limb_[i] = 0;
        size_ += words + 1;
        Trim();
    }
    void ShiftRightOne() {
        for (int i = 0; i < size_; ++i) limb_[i] = (limb_[i] >> 1) | (i + 1 < size_ ? limb_[i + 1] << 31 : 0);
        Trim();
    }
    int Compare(const BigNum& other) const {
        if (size_ != other.size_) return size_ < other.size_ ? -1 : 1;
        for (int i = size_ - 1; i >= 0; --i)
            if (limb_[i] != other.limb_[i]) return limb_[i] < other.limb_[i] ? -1 : 1;
        return 0;
    }
    // *this -= other, which is not larger.
    void Subtract(const BigNum& other) {
        std::int64_t borrow = 0;
        for (int i = 0; i < size_; ++i) {
            std::int64_t t = std::int64_t{limb_[i]} - borrow - (i < other.size_ ? std::int64_t{other.limb_[i]} : 0);
            borrow = t < 0 ? 1 : 0;
            limb_[i] = static_cast<std::uint32_t>(t + (borrow << 32));
        }
        Trim();
    }
    // The top 64 bits (the value shifted left or right so that bit 63 is its leading 1), and
    // whether any bit below them is set.
    std::uint64_t Top64(bool* rest_nonzero) const {
        const int bits = BitLength();
        std::uint64_t top = 0;
        *rest_nonzero = false;
        for (int b = bits - 1; b >= 0; --b) {
            const bool set = (limb_[b / 32] >> (b % 32)) & 1;
            if (b >= bits - 64) top |= std::uint64_t{set} << (63 - (bits - 1 - b));
            else if (set) {
                *rest_nonzero = true;
                break;
            }
        }
        return top;
    }

private:
    void Trim() {
        while (size_ > 0 && limb_[size_ - 1] == 0) --size_;
    }
    std::uint32_t limb_[128];
    int size_ = 0;
};

//-----------------------------------------------------------------------------
// [SECTION] A double's exact decimal digits
//-----------------------------------------------------------------------------

// A finite non-negative double written out in full: at most 767 significant digits.
struct Decimal {
    char digit[780];   // most significant first, no leading or trailing zeros; none for 0
    int count = 0;
    int point = 0;     // the value is 0.digit[0]digit[1]... times 10^point
};

Decimal ToDecimal(double value) {
    std::uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    int biased = static_cast<int>((bits >> 52) & 0x7FF);
    std::uint64_t mantissa = bits & ((std::uint64_t{1} << 52) - 1);
    if (biased != 0) mantissa |= std::uint64_t{1} << 52;
    else biased = 1;   // subnormal
    const int exponent = biased - 1075;   // value = mantissa * 2^exponent
    Decimal d;
    if (mantissa == 0) return d;
    BigNum n(mantissa);
    if (exponent >= 0) n.ShiftLeft(exponent);
    else n.MultiplyByPowerOf5(-exponent);   // value = mantissa * 5^-exponent / 10^-exponent
    char reversed[800];
    int total = 0;
    while (!n.IsZero()) {
        std::uint32_t chunk = n.Divide(1000000000);
        for (int i = 0; i < 9; ++i, chunk /= 10) reversed[total++] = static_cast<char>('0' + chunk % 10);
    }
    while (reversed[total - 1] == '0') --total;   // the top chunk's leading zeros
    int low = 0;
    while (reversed[low] == '0') ++low;           // trailing zeros
    for (int i = total - 1; i >= low; --i) d.digit[d.count++] = reversed[i];
    d.point = total + (exponent < 0 ? exponent : 0);
    return d;
}

// Keeps the first `keep` digits (none or fewer: the value becomes 0 or one unit of the last
// place kept), rounding what is dropped to nearest, ties to even: printf's rounding.
void RoundDecimal(Decimal& d, int keep) {
    if (keep >= d.count) return;
    if (keep < 0) {
        d.count = 0;
        return;
    }
    const char next = d.digit[keep];
    const bool odd = keep > 0 && (d.digit[keep - 1] - '0') % 2 == 1;
    const bool up = next > '5' || (next == '5' && (keep + 1 < d.count || odd));
    d.count = keep;
    if (up) {
        int i = keep - 1;
        while (i >= 0 && d.digit[i] == '9') --i;
        if (i >= 0) {
            ++d.digit[i];
            d.count = i + 1;
        } else {   // 99.96 -> 100.0: one digit, one place further left
            d.digit[0] = '1';
            d.count = 1;
            ++d.point;
        }
    }
    while (d.count > 0 && d.digit[d.count - 1] == '0') --d.count;
}

//-----------------------------------------------------------------------------
// [SECTION] Writing
//-----------------------------------------------------------------------------

char DigitAt(const Decimal& d, int index) { return index >= 0 && index < d.count ? d.digit[index] : '0'; }

// %f: `precision` digits after the point.
void AppendFixed(std::string& out, Decimal d, int precision, bool alt) {
    RoundDecimal(d, d.point + precision);
    if (d.point <= 0 || d.count == 0) out += '0';
    else
        for (int i = 0; i < d.point; ++i) out += DigitAt(d, i);
    if (precision > 0 || alt) out += '.';
    for (int k = 0; k < precision; ++k) out += d.count == 0 ? '0' : DigitAt(d, d.point + k);
}

// %e: one digit, the point, `precision` digits, then e+XX.
void AppendExponent(std::string& out, Decimal d, int precision, bool alt, bool upper) {
    RoundDecimal(d, precision + 1);
    out += DigitAt(d, 0);
    if (precision > 0 || alt) out += '.';
    for (int k = 1; k <= precision; ++k) out += DigitAt(d, k);
    const int exponent = d.count == 0 ? 0 : d.point - 1;
    out += upper ? 'E' : 'e';
    out += exponent < 0 ? '-' : '+';
    char reversed[8];
    int n = 0;
    for (int m = exponent < 0 ? -exponent : exponent; m > 0 || n < 2; m /= 10) reversed[n++] = static_cast<char>('0' + m % 10);
    while (n > 0) out += reversed[--n];
}

// %g: %e or %f by the exponent, then no trailing zeros unless '#'.
void AppendGeneral(std::string& out, Decimal d, int precision, bool alt, bool upper) {
    const int significant = precision == 0 ? 1 : precision;
    RoundDecimal(d, significant);
    const int exponent = d.count == 0 ? 0 : d.point - 1;
    const std::size_t start = out.size();
    if (exponent < significant && exponent >= -4) AppendFixed(out, d, significant - 1 - exponent, alt);
    else AppendExponent(out, d, significant - 1, alt, upper);
    if (alt) return;
    const std::size_t point = out.find('.', start);
    if (point == std::string::npos) return;
    std::size_t end = out.find_first_of("eE", point);
    if (end == std::string::npos) end = out.size();
    std::size_t cut = end;
    while (out[cut - 1] == '0') --cut;
    if (cut - 1 == point) --cut;
    out.erase(cut, end - cut);
}

struct Spec {
    bool left = false, plus = false, space = false, alt = false, zero = false;
    int width = 0;
    int precision = -1;   // none
    char length[3] = {};  // "", "hh", "h", "l", "ll", "j", "z", "t", "L"
    char conversion = 0;
};

class Output {
public:
    Output(char* buf, std::size_t size) : buf_(buf), size_(size) {}
    void Put(char c) {
        if (length_ + 1 < size_) buf_[length_] = c;
        ++length_;
    }
    void Put(std::string_view s) {
        for (char c : s) Put(c);
    }
    void Pad(char c, int n) {
        for (; n > 0; --n) Put(c);
    }
    int Finish() {
        if (size_ > 0) buf_[length_ < size_ ? length_ : size_ - 1] = '\0';
        return static_cast<int>(length_);
    }
    // prefix (sign, 0x), `zeros` zeros, then body, in a field of spec.width.
    void Field(const Spec& spec, std::string_view prefix, int zeros, std::string_view body, bool zero_pad) {
        const int pad = spec.width - static_cast<int>(prefix.size() + body.size()) - zeros;
        if (!spec.left && !zero_pad) Pad(' ', pad);
        Put(prefix);
        if (!spec.left && zero_pad) Pad('0', pad);
        Pad('0', zeros);
        Put(body);
        if (spec.left) Pad(' ', pad);
    }

private:
    char* buf_;
    std::size_t size_;
    std::size_t length_ = 0;
};

bool LengthIs(const Spec& spec, const char* length) { return std::strcmp(spec.length, length) == 0; }

void WriteInteger(Output& out, const Spec& spec, std::uint64_t magnitude, bool negative) {
    const char c = spec.conversion;
    const unsigned base = c == 'o' ? 8 : (c == 'x' || c == 'X' || c == 'p') ? 16 : 10;
    const char* digits = c == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    char body[24];
    int n = 0;
    for (std::uint64_t m = magnitude; m != 0; m /= base) body[sizeof body - 1 - n++] = digits[m % base];
    if (n == 0 && spec.precision != 0) body[sizeof body - 1 - n++] = '0';   // "%.0d" of 0 is empty
    int zeros = spec.precision > n ? spec.precision - n : 0;
    std::string_view prefix;
    if (negative) prefix = "-";
    else if (spec.plus && (c == 'd' || c == 'i')) prefix = "+";
    else if (spec.space && (c == 'd' || c == 'i')) prefix = " ";
    else if (spec.alt && magnitude != 0 && (base == 16)) prefix = c == 'X' ? "0X" : "0x";
    if (spec.alt && c == 'o' && zeros == 0 && (n == 0 || body[sizeof body - n] != '0')) zeros = 1;
    out.Field(spec, prefix, zeros, std::string_view(body + sizeof body - n, n), spec.zero && spec.precision < 0);
}

void WriteFloat(Output& out, const Spec& spec, double value) {
    const char c = spec.conversion;
    const bool upper = c == 'F' || c == 'E' || c == 'G';
    std::string_view prefix;
    if (std::signbit(value)) prefix = "-";
    else if (spec.plus) prefix = "+";
    else if (spec.space) prefix = " ";
    if (!std::isfinite(value)) {
        const char* word = std::isnan(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        out.Field(spec, prefix, 0, word, false);
        return;
    }
    const Decimal d = ToDecimal(std::fabs(value));
    const int precision = spec.precision < 0 ? 6 : spec.precision;
    std::string body;
    if (c == 'f' || c == 'F') AppendFixed(body, d, precision, spec.alt);
    else if (c == 'e' || c == 'E') AppendExponent(body, d, precision, spec.alt, upper);
    else AppendGeneral(body, d, precision, spec.alt, upper);
    out.Field(spec, prefix, 0, body, spec.zero);
}

} // namespace

int FormatString(char* buf, std::size_t size, const char* format, ...) {
    va_list args;
    va_start(args, format);
    const int length = FormatStringV(buf, size, format, args);
    va_end(args);
    return length;
}

int FormatStringV(char* buf, std::size_t size, const char* format, va_list args) {
    Output out(buf, size);
    for (const char* f = format; *f != '\0'; ++f) {
        if (*f != '%') {
            out.Put(*f);
            continue;
        }
        const char* start = f++;
        Spec spec;
        for (;; ++f) {
            if (*f == '-') spec.left = true;
            else if (*f == '+') spec.plus = true;
            else if (*f == ' ') spec.space = true;
            else if (*f == '#') spec.alt = true;
            else if (*f == '0') spec.zero = true;
            else break;
        }
        if (*f == '*') {
            spec.width = va_arg(args, int);
            if (spec.width < 0) {
                spec.left = true;
                spec.width = -spec.width;
            }
            ++f;
        } else
            for (; *f >= '0' && *f <= '9'; ++f) spec.width = spec.width * 10 + (*f - '0');
        if (*f == '.') {
            spec.precision = 0;
            if (*++f == '*') {
                spec.precision = va_arg(args, int);
                if (spec.precision < 0) spec.precision = -1;
                ++f;
            } else
                for (; *f >= '0' && *f <= '9'; ++f) spec.precision = spec.precision * 10 + (*f - '0');
        }
        for (int n = 0; n < 2 && *f != '\0' && std::strchr("hljztL", *f) != nullptr; ++n) {
            if (n == 1 && *f != spec.length[0]) break;   // only hh and ll double
            spec.length[n] = *f++;
        }
        spec.conversion = *f;
        switch (spec.conversion) {
        case 'd':
        case 'i': {
            long long v;
            if (LengthIs(spec, "hh")) v = static_cast<signed char>(va_arg(args, int));
            else if (LengthIs(spec, "h")) v = static_cast<short>(va_arg(args, int));
            else if (LengthIs(spec, "l")) v = va_arg(args, long);
            else if (LengthIs(spec, "ll")) v = va_arg(args, long long);
            else if (LengthIs(spec, "j")) v = va_arg(args, std::intmax_t);
            else if (LengthIs(spec, "z") || LengthIs(spec, "t")) v = static_cast<long long>(va_arg(args, std::ptrdiff_t));
            else v = va_arg(args, int);
            WriteInteger(out, spec, v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v), v < 0);
            break;
        }
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
            std::uint64_t v;
            if (LengthIs(spec, "hh")) v = static_cast<unsigned char>(va_arg(args, unsigned));
            else if (LengthIs(spec, "h")) v = static_cast<unsigned short>(va_arg(args, unsigned));
            else if (LengthIs(spec, "l")) v = va_arg(args, unsigned long);
            else if (LengthIs(spec, "ll")) v = va_arg(args, unsigned long long);
            else if (LengthIs(spec, "j")) v = va_arg(args, std::uintmax_t);
            else if (LengthIs(spec, "z") || LengthIs(spec, "t")) v = va_arg(args, std::size_t);
            else v = va_arg(args, unsigned);
            WriteInteger(out, spec, v, false);
            break;
        }
        case 'p': {
            const auto v = reinterpret_cast<std::uintptr_t>(va_arg(args, void*));
            spec.alt = true;
            if (spec.precision < static_cast<int>(2 * sizeof(void*))) spec.precision = 2 * sizeof(void*);
            WriteInteger(out, spec, v, false);
            break;
        }
        case 'f':
        case 'F':
        case 'e':
        case 'E':
        case 'g':
        case 'G':
            WriteFloat(out, spec, LengthIs(spec, "L") ? static_cast<double>(va_arg(args, long double)) : va_arg(args, double));
            break;
        case 'c': {
            const char c = static_cast<char>(va_arg(args, int));
            out.Field(spec, "", 0, std::string_view(&c, 1), false);
            break;
        }
        case 's': {
            const char* s = va_arg(args, const char*);
            if (s == nullptr) s = "(null)";
            std::size_t n = 0;
            while ((spec.precision < 0 || n < static_cast<std::size_t>(spec.precision)) && s[n] != '\0') ++n;
            out.Field(spec, "", 0, std::string_view(s, n), false);
            break;
        }
        case '%': out.Put('%'); break;
        default:   // not one of ours: written as it stands
            out.Put(std::string_view(start, static_cast<std::size_t>(f - start) + (*f != '\0' ? 1 : 0)));
            if (*f == '\0') --f;
        }
    }
    return out.Finish();
}

//-----------------------------------------------------------------------------
// [SECTION] Reading
//-----------------------------------------------------------------------------

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsBlank(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
int DigitValue(char c) {
    if (IsDigit(c)) return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

// q * 2^exponent (plus a little more when `sticky`) rounded to the nearest double, ties to even.
double RoundToDouble(std::uint64_t q, int exponent, bool sticky, bool negative) {
    double value = 0.0;
    if (q != 0) {
        while ((q >> 63) == 0) {
            q <<= 1;
            --exponent;
        }
        const int lead = 63 + exponent;   // the leading bit's power of two
        const int keep = lead >= -1022 ? 53 : 53 - (-1022 - lead);   // fewer bits below the normal range
        if (keep >= 0) {
            std::uint64_t m = keep == 0 ? 0 : q >> (64 - keep);
            const std::uint64_t rest = keep == 0 ? q : q & ((std::uint64_t{1} << (64 - keep)) - 1);
            const std::uint64_t half = std::uint64_t{1} << (63 - keep);
            if (rest > half || (rest == half && (sticky || (m & 1) != 0))) ++m;
            value = std::ldexp(static_cast<double>(m), lead - keep + 1);
        }
    }
    return negative ? -value : value;
}

// digits (significant ones, at most 801) times 10^scale, correctly rounded.
double DecimalToDouble(const char* digits, int count, int scale, bool negative) {
    if (count == 0) return negative ? -0.0 : 0.0;
    if (count + scale > 310) return negative ? -HUGE_VAL : HUGE_VAL;
    if (count + scale < -324) return negative ? -0.0 : 0.0;
    if (count <= 15 && scale >= -22 && scale <= 22) {   // exact digits and power: one rounding
        static constexpr double kPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        double value = 0;
        for (int i = 0; i < count; ++i) value = value * 10 + (digits[i] - '0');
        value = scale >= 0 ? value * kPowers[scale] : value / kPowers[-scale];
        return negative ? -value : value;
    }
    BigNum n;
    for (int i = 0; i < count; ++i) n.MultiplyAdd(10, static_cast<std::uint32_t>(digits[i] - '0'));
    bool sticky = false;
    if (scale >= 0) {
        n.MultiplyByPowerOf10(scale);
        const std::uint64_t top = n.Top64(&sticky);
        return RoundToDouble(top, n.BitLength() - 64, sticky, negative);
    }
    // n / 10^-scale: shift so that the quotient has 63 or 64 bits, then divide bit by bit.
    BigNum divisor(1);
    divisor.MultiplyByPowerOf10(-scale);
    const int shift = 63 + divisor.BitLength() - n.BitLength();
    if (shift > 0) n.ShiftLeft(shift);
    else divisor.ShiftLeft(-shift);
    divisor.ShiftLeft(63);
    std::uint64_t q = 0;
    for (int bit = 63; bit >= 0; --bit, divisor.ShiftRightOne()) {
        if (n.Compare(divisor) >= 0) {
            n.Subtract(divisor);
            q |= std::uint64_t{1} << bit;
        }
    }
    return RoundToDouble(q, -shift, !n.IsZero(), negative);
}

} // namespace

double ParseDouble(std::string_view text, std::size_t* used) {
    constexpr int kMaxDigits = 800;   // more than a halfway point between two doubles has (768)
    char digits[kMaxDigits + 1];
    int count = 0, scale = 0, seen = 0;
    bool dropped = false;             // a non-zero digit past kMaxDigits
    std::size_t i = 0;
    while (i < text.size() && IsBlank(text[i])) ++i;
    const bool negative = i < text.size() && text[i] == '-';
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    for (bool fraction = false; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.' && !fraction) {
            fraction = true;
            continue;
        }
        if (!IsDigit(c)) break;
        ++seen;
        if (count == 0 && c == '0') {
            if (fraction) --scale;
        } else if (count < kMaxDigits) {
            digits[count++] = c;
            if (fraction) --scale;
        } else {
            dropped = dropped || c != '0';
            if (!fraction) ++scale;
        }
    }
    if (seen == 0) {
        if (used) *used = 0;
        return 0.0;
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        std::size_t k = i + 1;
        const bool minus = k < text.size() && text[k] == '-';
        if (k < text.size() && (text[k] == '-' || text[k] == '+')) ++k;
        if (k < text.size() && IsDigit(text[k])) {
            int exponent = 0;
            for (; k < text.size() && IsDigit(text[k]); ++k)
                if (exponent < 100000) exponent = exponent * 10 + (text[k] - '0');
            scale += minus ? -exponent : exponent;
            i = k;
        }
    }
    if (used) *used = i;
    if (dropped) {   // stands for the digits dropped: above the kept ones, below the next unit
        digits[count++] = '1';
        --scale;
    } else
        while (count > 0 && digits[count - 1] == '0') {   // trailing zeros only lengthen the big numbers
            --count;
            ++scale;
        }
    return DecimalToDouble(digits, count, scale, negative);
}

long long ParseInteger(std::string_view text, int base, std::size_t* used) {
    std::size_t i = 0;
    while (i < text.size() && IsBlank(text[i])) ++i;
    const bool negative = i < text.size() && text[i] == '-';
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    const bool hex_prefix = i + 2 < text.size() && text[i] == '0' && (text[i + 1] == 'x' || text[i + 1] == 'X') &&
                            DigitValue(text[i + 2]) < 16;
    if (base == 0) base = hex_prefix ? 16 : (i < text.size() && text[i] == '0') ? 8 : 10;
    if (base == 16 && hex_prefix) i += 2;
    const std::size_t first = i;
    std::uint64_t magnitude = 0;
    bool overflow = false;
    for (; i < text.size() && DigitValue(text[i]) < base; ++i) {
        const auto digit = static_cast<std::uint64_t>(DigitValue(text[i]));
        if (magnitude > (UINT64_MAX - digit) / static_cast<std::uint64_t>(base)) overflow = true;
        else magnitude = magnitude * static_cast<std::uint64_t>(base) + digit;
    }
    if (i == first) {
        if (used) *used = 0;
        return 0;
    }
    if (used) *used = i;
    const std::uint64_t limit = negative ? std::uint64_t{1} << 63 : static_cast<std::uint64_t>(LLONG_MAX);
    if (overflow || magnitude > limit) return negative ? LLONG_MIN : LLONG_MAX;
    return negative ? static_cast<long long>(0 - magnitude) : static_cast<long long>(magnitude);
}

int ScanString(const char* text, const char* format, ...) {
    va_list args;
    va_start(args, format);
    const int stored = ScanStringV(text, format, args);
    va_end(args);
    return stored;
}

int ScanStringV(const char* text, const char* format, va_list args) {
    const char* p = text;
    int stored = 0;
    for (const char* f = format; *f != '\0'; ++f) {
        if (IsBlank(*f)) {
            while (IsBlank(*p)) ++p;
            continue;
        }
        if (*f != '%' || f[1] == '%') {
            if (*f == '%') {
                ++f;
                while (IsBlank(*p)) ++p;
            }
            if (*p != *f) return *p == '\0' && stored == 0 ? -1 : stored;
            ++p;
            continue;
        }
        ++f;
        const bool suppress = *f == '*';
        if (suppress) ++f;
        std::size_t width = 0;
        for (; IsDigit(*f); ++f) width = width * 10 + static_cast<std::size_t>(*f - '0');
        char length[3] = {};
        for (int n = 0; n < 2 && *f != '\0' && std::strchr("hljztL", *f) != nullptr; ++n) {
            if (n == 1 && *f != length[0]) break;
            length[n] = *f++;
        }
        const std::string_view size(length);
        const char conversion = *f;
        if (conversion == '\0') break;
        if (conversion == 'n') {
            if (!suppress) *va_arg(args, int*) = static_cast<int>(p - text);
            continue;
        }
        if (conversion != 'c')
            while (IsBlank(*p)) ++p;
        if (*p == '\0') return stored == 0 ? -1 : stored;
        std::size_t available = 0;
        while (p[available] != '\0' && (width == 0 || available < width)) ++available;
        const std::string_view field(p, available);
        std::size_t used = 0;
        switch (conversion) {
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
            const int base = conversion == 'i' ? 0 : conversion == 'o' ? 8 : (conversion == 'x' || conversion == 'X') ? 16 : 10;
            const long long v = ParseInteger(field, base, &used);
            if (used == 0) return stored;
            if (suppress) break;
            if (size == "hh") *va_arg(args, signed char*) = static_cast<signed char>(v);
            else if (size == "h") *va_arg(args, short*) = static_cast<short>(v);
            else if (size == "l") *va_arg(args, long*) = static_cast<long>(v);
            else if (size == "ll" || size == "j") *va_arg(args, long long*) = v;
            else if (size == "z" || size == "t") *va_arg(args, std::ptrdiff_t*) = static_cast<std::ptrdiff_t>(v);
            else *va_arg(args, int*) = static_cast<int>(static_cast<unsigned>(v));   // %u, %x up to UINT_MAX
            break;
        }
        case 'f':
        case 'e':
        case 'g':
        case 'E':
        case 'G': {
            const double v = ParseDouble(field, &used);
            if (used == 0) return stored;
            if (suppress) break;
            if (size == "l") *va_arg(args, double*) = v;
            else if (size == "L") *va_arg(args, long double*) = v;
            else *va_arg(args, float*) = static_cast<float>(v);
            break;
        }
        case 'c': {
            used = width == 0 ? 1 : width;
            if (available < used) return stored;
            if (!suppress) std::memcpy(va_arg(args, char*), p, used);
            break;
        }
        case 's': {
            while (used < available && !IsBlank(p[used])) ++used;
            if (suppress) break;
            char* out = va_arg(args, char*);
            std::memcpy(out, p, used);
            out[used] = '\0';
            break;
        }
        default: return stored;   // not one of ours
        }
        p += used;
        if (!suppress) ++stored;
    }
    return stored;
}

} // namespace polity
