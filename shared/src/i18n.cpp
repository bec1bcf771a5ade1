// Polity Explorer — numbers and dates in English, Russian and Kazakh.
// The choices behind each form are listed at the top of polity/i18n.hpp.
//
// Index of this file
// [SECTION] Languages
// [SECTION] Numbers
// [SECTION] Kazakh case suffixes after numerals
// [SECTION] Qualified numbers
// [SECTION] Changes between two figures
// [SECTION] Dates
// (Interface strings: i18n_strings.cpp)

#include "polity/i18n.hpp"

#include "polity/layout.hpp"

namespace polity {
namespace {

int Slot(Lang lang) { return static_cast<int>(lang); }

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Languages
//-----------------------------------------------------------------------------

bool ParseLang(std::string_view code, Lang* out) {
    for (int k = 0; k < kLangCount; ++k) {
        if (code == LangCode(static_cast<Lang>(k))) {
            *out = static_cast<Lang>(k);
            return true;
        }
    }
    return false;
}

Lang LangFromCode(std::string_view code) {
    Lang lang = Lang::En;
    return ParseLang(code, &lang) ? lang : Lang::En;
}

const char* LangCode(Lang lang) {
    switch (lang) {
    case Lang::Ru: return "ru";
    case Lang::Kk: return "kk";
    case Lang::En: break;
    }
    return "en";
}

//-----------------------------------------------------------------------------
// [SECTION] Numbers
//-----------------------------------------------------------------------------

std::string FormatNumber(double value, Lang lang) {
    if (lang == Lang::En) return FormatNumber(value, ",", ".", 2);
    return FormatNumber(value, "\u00A0", ",", 2);   // see the header for why U+00A0
}

//-----------------------------------------------------------------------------
// [SECTION] Kazakh case suffixes after numerals
// A suffix written after digits ("7 000-ға") agrees with the last word one would say:
// 7 000 is "жеті мың", so it follows "мың". Two things matter: the word's vowels (back a/о/ы
// take -ға, -дан; front ә/е/і/ө/ү take -ге, -ден) and its last sound (voiceless consonants
// take -қа/-ке, -тан/-тен; м, н, ң take -нан/-нен in the ablative).
//-----------------------------------------------------------------------------

namespace {

enum class Sound : std::uint8_t { Voiced, Voiceless, Nasal };  // vowels count as voiced
struct NumeralWord {
    bool back;     // back-vowel word
    Sound last;    // its final sound
};

// 0..9 and the tens: нөл, бір, екі, үш, төрт, бес, алты, жеті, сегіз, тоғыз.
constexpr NumeralWord kUnits[10] = {
    {false, Sound::Voiced}, {false, Sound::Voiced},    {false, Sound::Voiced}, {false, Sound::Voiceless},
    {false, Sound::Voiceless}, {false, Sound::Voiceless}, {true, Sound::Voiced},  {false, Sound::Voiced},
    {false, Sound::Voiced}, {true, Sound::Voiced}};
// 10..90: он, жиырма, отыз, қырық, елу, алпыс, жетпіс, сексен, тоқсан (index 0 unused).
constexpr NumeralWord kTens[10] = {
    {false, Sound::Voiced}, {true, Sound::Nasal},      {true, Sound::Voiced},     {true, Sound::Voiced},
    {true, Sound::Voiceless}, {false, Sound::Voiced},  {true, Sound::Voiceless},  {false, Sound::Voiceless},
    {false, Sound::Nasal},  {true, Sound::Nasal}};
constexpr NumeralWord kHundred{false, Sound::Voiced};     // жүз
constexpr NumeralWord kThousand{true, Sound::Nasal};      // мың
constexpr NumeralWord kMillion{true, Sound::Nasal};       // миллион (and триллион)
constexpr NumeralWord kBillion{true, Sound::Voiceless};   // миллиард: final д sounds as т

// The last word spoken for a run of decimal digits read as a whole number.
NumeralWord LastWordOfDigits(std::string_view digits) {
    const std::size_t n = digits.size();
    std::size_t k = 0;   // position of the last non-zero digit, counted from the right
    while (k < n && digits[n - 1 - k] == '0') ++k;
    if (k == n) return kUnits[0];
    const int d = digits[n - 1 - k] - '0';
    if (k == 0) return kUnits[d];
    if (k == 1) return kTens[d];
    if (k == 2) return kHundred;
    if (k < 6) return kThousand;
    if (k < 9) return kMillion;
    if (k < 12) return kBillion;
    return kMillion;
}

// For "7 000" the integer digits decide; for "0,25" ("... жүзден жиырма бес") the fraction.
NumeralWord LastWordOf(std::string_view formatted) {
    std::string integer, fraction;
    bool after_comma = false;
    for (char c : formatted) {
        if (c == ',') after_comma = true;
        else if (c >= '0' && c <= '9') (after_comma ? fraction : integer).push_back(c);
    }
    return LastWordOfDigits(fraction.empty() ? integer : fraction);
}

const char* DativeSuffix(NumeralWord w) {      // "to": 7 000-ға жуық = nearly 7 000
    if (w.last == Sound::Voiceless) return w.back ? "қа" : "ке";
    return w.back ? "ға" : "ге";
}

const char* AblativeSuffix(NumeralWord w) {    // "from": 7 000-нан астам = more than 7 000
    if (w.last == Sound::Nasal) return w.back ? "нан" : "нен";
    if (w.last == Sound::Voiceless) return w.back ? "тан" : "тен";
    return w.back ? "дан" : "ден";
}

//-----------------------------------------------------------------------------
// [SECTION] Qualified numbers
//-----------------------------------------------------------------------------

// The kk column is for reference only: Kazakh word order and suffixes are built by KazakhQualified.
const char* const kQualifierWords[][kLangCount] = {
    {"", "", ""},                       // exact
    {"about", "около", "шамамен"},      // about
    {"nearly", "почти", "жуық"},        // nearly
    {"over", "более", "астам"},         // over
    {"under", "менее", "кем"},          // under
};

// After a preposition ("с ... до ..."), Russian qualifiers take these forms; en and kk do not change.
const char* const kRussianQualifiersAfterPreposition[] = {"", "примерно", "почти", "более чем", "менее чем"};

std::string KazakhQualified(const std::string& number, Qualifier q) {
    const NumeralWord w = LastWordOf(number);
    switch (q) {
    case Qualifier::About: return "шамамен " + number;
    case Qualifier::Nearly: return number + "-" + DativeSuffix(w) + " жуық";
    case Qualifier::Over: return number + "-" + AblativeSuffix(w) + " астам";
    case Qualifier::Under: return number + "-" + AblativeSuffix(w) + " кем";
    case Qualifier::Exact: break;
    }
    return number;
}

} // namespace

std::string QualifiedNumber(double value, Qualifier qualifier, Lang lang) {
    const std::string number = FormatNumber(value, lang);
    if (qualifier == Qualifier::Exact || number.empty()) return number;
    if (lang == Lang::Kk) return KazakhQualified(number, qualifier);
    return std::string(kQualifierWords[static_cast<int>(qualifier)][Slot(lang)]) + " " + number;
}

std::string QualifiedNumberAfterFrom(double value, Qualifier qualifier, Lang lang) {
    const std::string plain = QualifiedNumber(value, qualifier, lang);
    if (lang != Lang::Ru || qualifier == Qualifier::Exact || plain.empty()) return plain;
    return std::string(kRussianQualifiersAfterPreposition[static_cast<int>(qualifier)]) + " " + FormatNumber(value, lang);
}

//-----------------------------------------------------------------------------
// [SECTION] Changes between two figures
//-----------------------------------------------------------------------------

namespace {

constexpr NumeralWord kPercentWord{true, Sound::Voiced};   // пайыз: back vowels, voiced end

// "50%" in English; "50 %" (a no-break space) in Russian and Kazakh, as their print sets it.
std::string FigureText(double value, bool percent, Lang lang) {
    const std::string number = FormatNumber(value, lang);
    if (!percent || number.empty()) return number;
    return number + (lang == Lang::En ? "%" : "\u00A0%");
}

// Kazakh: a figure where the change starts ("…-дан", ablative) or ends ("…-ға дейін", dative).
// Qualifiers that take a case of their own (жуық, астам, кем) qualify a level, деңгей, which
// then takes the case: "7 000-ға жуық деңгейге дейін" (to a level of nearly 7 000).
std::string KazakhRangeEnd(double value, Qualifier q, bool percent, bool from) {
    const std::string figure = FigureText(value, percent, Lang::Kk);
    const NumeralWord w = percent ? kPercentWord : LastWordOf(figure);
    const std::string own_case = "-" + std::string(from ? AblativeSuffix(w) : DativeSuffix(w));
    const char* level = from ? " деңгейден" : " деңгейге";
    switch (q) {
    case Qualifier::About: return "шамамен " + figure + own_case;
    case Qualifier::Nearly: return figure + "-" + DativeSuffix(w) + " жуық" + level;
    case Qualifier::Over: return figure + "-" + AblativeSuffix(w) + " астам" + level;
    case Qualifier::Under: return figure + "-" + AblativeSuffix(w) + " кем" + level;
    case Qualifier::Exact: break;
    }
    return figure + own_case;
}

std::string RangeEnd(const Observation& o, bool percent, Lang lang, bool from) {
    const int q = static_cast<int>(o.qualifier);
    switch (lang) {
    case Lang::Kk: return KazakhRangeEnd(o.value, o.qualifier, percent, from);
    case Lang::Ru:   // inside "с … до …" a qualifier is an adverb: "с примерно 50", "до более чем 12 000"
        return (q == 0 ? "" : std::string(kRussianQualifiersAfterPreposition[q]) + " ") + FigureText(o.value, percent, lang);
    case Lang::En: break;
    }
    const std::string word = kQualifierWords[q][Slot(Lang::En)];
    return (word.empty() ? "" : word + " ") + FigureText(o.value, percent, lang);
}

} // namespace

std::string ChangePhrase(const Observation& from, const Observation& to, bool percent, Lang lang) {
    const bool up = !(to.value < from.value);
    return FillIn(Tr(up ? UiString::UpFrom : UiString::DownFrom, lang),
                  {RangeEnd(from, percent, lang, true), RangeEnd(to, percent, lang, false)});
}

//-----------------------------------------------------------------------------
// [SECTION] Dates
//-----------------------------------------------------------------------------

namespace {


const char* const kMonths[12][kLangCount] = {
    {"January", "январь", "қаңтар"},   {"February", "февраль", "ақпан"}, {"March", "март", "наурыз"},
    {"April", "апрель", "сәуір"},      {"May", "май", "мамыр"},          {"June", "июнь", "маусым"},
    {"July", "июль", "шілде"},         {"August", "август", "тамыз"},     {"September", "сентябрь", "қыркүйек"},
    {"October", "октябрь", "қазан"},   {"November", "ноябрь", "қараша"},  {"December", "декабрь", "желтоқсан"},
};
// Ticks are short: English abbreviates its months, as axis labels in English usually do; Russian
// and Kazakh month names are short enough whole.
const char* const kEnglishShort[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
// Russian needs the genitive after a day number: "30 августа".
const char* const kRussianGenitive[12] = {"января", "февраля", "марта",    "апреля",  "мая",    "июня",
                                          "июля",   "августа", "сентября", "октября", "ноября", "декабря"};

} // namespace

const char* MonthName(int month, Lang lang) {
    if (month < 1 || month > 12) return "";
    return kMonths[month - 1][Slot(lang)];
}

std::string FormatDate(Date date, Lang lang) {
    if (!date.IsSet()) return {};
    const std::string year = std::to_string(date.year);
    if (date.month < 1 || date.month > 12) return year;
    if (date.day == 0) return std::string(MonthName(date.month, lang)) + " " + year;
    const char* month = lang == Lang::Ru ? kRussianGenitive[date.month - 1] : MonthName(date.month, lang);
    return std::to_string(date.day) + " " + month + " " + year;
}

std::string FormatTick(int year, int month, int day, bool with_year, Lang lang) {
    const std::string y = std::to_string(year);
    if (month < 1 || month > 12) return y;
    const char* name = lang == Lang::En ? kEnglishShort[month - 1] : MonthName(month, lang);
    if (day <= 0) return lang == Lang::Kk ? y + " ж. " + name : std::string(name) + " " + y;
    const std::string d = std::to_string(day);
    if (lang == Lang::Ru) name = kRussianGenitive[month - 1];
    if (!with_year) return d + " " + name;
    return lang == Lang::Kk ? y + " ж. " + d + " " + name : d + " " + name + " " + y;
}

std::string FormatDateSpan(Date from, Date to, Lang lang) {
    const std::string first = FormatDate(from, lang);
    if (!to.IsSet() || to == from || first.empty()) return first;
    const std::string last = FormatDate(to, lang);
    const bool spaced = first.find(' ') != std::string::npos || last.find(' ') != std::string::npos;
    return first + (spaced ? " \u2013 " : "\u2013") + last;
}

} // namespace polity
