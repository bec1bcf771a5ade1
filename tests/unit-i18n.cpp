// Interface languages: numbers, dates, qualified figures and interface strings, with the exact
// strings readers will see in English, Russian and Kazakh.
#include "polity/i18n.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

using namespace polity;

namespace {
const std::string kNbsp = "\u00A0";   // the ru/kk thousands separator

Date D(int year, int month = 0, int day = 0) {
    Date d;
    d.year = static_cast<std::int16_t>(year);
    d.month = static_cast<std::uint8_t>(month);
    d.day = static_cast<std::uint8_t>(day);
    return d;
}
} // namespace

TEST_CASE("interface languages parse from codes, and unknown codes fall back to English") {
    Lang lang = Lang::En;
    CHECK(ParseLang("kk", &lang));
    CHECK(lang == Lang::Kk);
    CHECK_FALSE(ParseLang("kz", &lang));
    CHECK_FALSE(ParseLang("", &lang));
    CHECK(LangFromCode("ru") == Lang::Ru);
    CHECK(LangFromCode("uz") == Lang::En);
    CHECK(std::string(LangCode(Lang::Kk)) == "kk");
}

TEST_CASE("numbers: comma groups in English, no-break spaces and a decimal comma in ru and kk") {
    CHECK(FormatNumber(7000, Lang::En) == "7,000");
    CHECK(FormatNumber(0.5, Lang::En) == "0.5");
    CHECK(FormatNumber(1234567.891, Lang::En) == "1,234,567.89");
    CHECK(FormatNumber(7000, Lang::Ru) == "7" + kNbsp + "000");
    CHECK(FormatNumber(0.5, Lang::Ru) == "0,5");
    CHECK(FormatNumber(12000, Lang::Kk) == "12" + kNbsp + "000");
    CHECK(FormatNumber(1234.5, Lang::Kk) == "1" + kNbsp + "234,5");
    CHECK(FormatNumber(800, Lang::Ru) == "800");
    CHECK(FormatNumber(-1500, Lang::Ru) == "-1" + kNbsp + "500");
    CHECK(FormatNumber(std::nan(""), Lang::Ru).empty());
}

TEST_CASE("qualified figures in English and Russian put the word first") {
    CHECK(QualifiedNumber(7000, Qualifier::Nearly, Lang::En) == "nearly 7,000");
    CHECK(QualifiedNumber(50, Qualifier::About, Lang::En) == "about 50");
    CHECK(QualifiedNumber(12000, Qualifier::Over, Lang::En) == "over 12,000");
    CHECK(QualifiedNumber(5, Qualifier::Under, Lang::En) == "under 5");
    CHECK(QualifiedNumber(20, Qualifier::Exact, Lang::En) == "20");
    CHECK(QualifiedNumber(7000, Qualifier::Nearly, Lang::Ru) == "почти 7" + kNbsp + "000");
    CHECK(QualifiedNumber(50, Qualifier::About, Lang::Ru) == "около 50");
    CHECK(QualifiedNumber(12000, Qualifier::Over, Lang::Ru) == "более 12" + kNbsp + "000");
    CHECK(QualifiedNumber(5, Qualifier::Under, Lang::Ru) == "менее 5");
}

TEST_CASE("after \"from\", a Russian figure keeps its qualifier in the form the preposition takes") {
    CHECK(QualifiedNumberAfterFrom(50, Qualifier::About, Lang::Ru) == "примерно 50");   // "снижение с примерно 50"
    CHECK(QualifiedNumberAfterFrom(1800, Qualifier::Nearly, Lang::Ru) == "почти 1" + kNbsp + "800");
    CHECK(QualifiedNumberAfterFrom(12000, Qualifier::Over, Lang::Ru) == "более чем 12" + kNbsp + "000");
    CHECK(QualifiedNumberAfterFrom(5, Qualifier::Under, Lang::Ru) == "менее чем 5");
    CHECK(QualifiedNumberAfterFrom(20, Qualifier::Exact, Lang::Ru) == "20");
    CHECK(QualifiedNumberAfterFrom(50, Qualifier::About, Lang::En) == "about 50");
    CHECK(QualifiedNumberAfterFrom(50, Qualifier::About, Lang::Kk) == "шамамен 50");
    CHECK(QualifiedNumberAfterFrom(800, Qualifier::Nearly, Lang::Kk) == "800-ге жуық");
}

TEST_CASE("Kazakh puts the word after the number, with a suffix in harmony with the numeral") {
    CHECK(QualifiedNumber(7000, Qualifier::Nearly, Lang::Kk) == "7" + kNbsp + "000-ға жуық");   // мың
    CHECK(QualifiedNumber(800, Qualifier::Nearly, Lang::Kk) == "800-ге жуық");                  // жүз
    CHECK(QualifiedNumber(300, Qualifier::Nearly, Lang::Kk) == "300-ге жуық");
    CHECK(QualifiedNumber(50, Qualifier::About, Lang::Kk) == "шамамен 50");
    CHECK(QualifiedNumber(12000, Qualifier::Over, Lang::Kk) == "12" + kNbsp + "000-нан астам");
    CHECK(QualifiedNumber(80, Qualifier::Over, Lang::Kk) == "80-нен астам");                  // сексен
    CHECK(QualifiedNumber(40, Qualifier::Under, Lang::Kk) == "40-тан кем");                   // қырық
    CHECK(QualifiedNumber(6, Qualifier::Nearly, Lang::Kk) == "6-ға жуық");                    // алты
    CHECK(QualifiedNumber(5, Qualifier::Nearly, Lang::Kk) == "5-ке жуық");                    // бес
    CHECK(QualifiedNumber(2, Qualifier::Over, Lang::Kk) == "2-ден астам");                    // екі
    CHECK(QualifiedNumber(90, Qualifier::Over, Lang::Kk) == "90-нан астам");                  // тоқсан
    CHECK(QualifiedNumber(3, Qualifier::Under, Lang::Kk) == "3-тен кем");                     // үш
    CHECK(QualifiedNumber(2000000, Qualifier::Over, Lang::Kk) == "2" + kNbsp + "000" + kNbsp + "000-нан астам");
    CHECK(QualifiedNumber(0.25, Qualifier::Nearly, Lang::Kk) == "0,25-ке жуық");              // ... жиырма бес
    CHECK(QualifiedNumber(20, Qualifier::Exact, Lang::Kk) == "20");
}

TEST_CASE("a change between two figures reads as a sentence in each language") {
    const auto obs = [](double value, Qualifier q) {
        Observation o;
        o.value = value;
        o.qualifier = q;
        return o;
    };
    const Observation appeals_then = obs(1800, Qualifier::Exact), appeals_now = obs(7000, Qualifier::Nearly);
    const Observation passed_then = obs(50, Qualifier::About), passed_now = obs(20, Qualifier::Exact);
    CHECK(ChangePhrase(appeals_then, appeals_now, false, Lang::En) == "up from 1,800 to nearly 7,000");
    CHECK(ChangePhrase(passed_then, passed_now, true, Lang::En) == "down from about 50% to 20%");
    CHECK(ChangePhrase(appeals_then, appeals_now, false, Lang::Ru) ==
          "рост с 1" + kNbsp + "800 до почти 7" + kNbsp + "000");
    CHECK(ChangePhrase(passed_then, passed_now, true, Lang::Ru) == "снижение с примерно 50" + kNbsp + "% до 20" + kNbsp + "%");
    CHECK(ChangePhrase(obs(12000, Qualifier::Over), obs(40, Qualifier::Under), false, Lang::Ru) ==
          "снижение с более чем 12" + kNbsp + "000 до менее чем 40");
    CHECK(ChangePhrase(appeals_then, appeals_now, false, Lang::Kk) ==
          "1" + kNbsp + "800-ден 7" + kNbsp + "000-ға жуық деңгейге дейін өсті");
    CHECK(ChangePhrase(passed_then, passed_now, true, Lang::Kk) ==
          "шамамен 50" + kNbsp + "%-дан 20" + kNbsp + "%-ға дейін азайды");
    CHECK(ChangePhrase(obs(12000, Qualifier::Over), obs(40, Qualifier::Under), false, Lang::Kk) ==
          "12" + kNbsp + "000-нан астам деңгейден 40-тан кем деңгейге дейін азайды");
    CHECK(ChangePhrase(obs(5, Qualifier::Nearly), obs(6, Qualifier::About), false, Lang::Kk) ==
          "5-ке жуық деңгейден шамамен 6-ға дейін өсті");
    CHECK(ChangePhrase(obs(3, Qualifier::Exact), obs(3, Qualifier::Exact), false, Lang::En) == "up from 3 to 3");
}

TEST_CASE("dates: full, month and year precision in each language") {
    CHECK(FormatDate(D(1995, 8, 30), Lang::En) == "30 August 1995");
    CHECK(FormatDate(D(2022, 6), Lang::En) == "June 2022");
    CHECK(FormatDate(D(1995), Lang::En) == "1995");
    CHECK(FormatDate(D(1995, 8, 30), Lang::Ru) == "30 августа 1995");
    CHECK(FormatDate(D(2022, 6), Lang::Ru) == "июнь 2022");
    CHECK(FormatDate(D(2022, 5, 1), Lang::Ru) == "1 мая 2022");
    CHECK(FormatDate(D(1995), Lang::Ru) == "1995");
    CHECK(FormatDate(D(1995, 8, 30), Lang::Kk) == "30 тамыз 1995");
    CHECK(FormatDate(D(2022, 6), Lang::Kk) == "маусым 2022");
    CHECK(FormatDate(D(2025, 12, 1), Lang::Kk) == "1 желтоқсан 2025");
    CHECK(FormatDate(Date{}, Lang::Kk).empty());
}

TEST_CASE("time axis ticks: short, in the reader's language") {
    CHECK(FormatTick(2018, 0, 0, false, Lang::En) == "2018");
    CHECK(FormatTick(2018, 7, 0, false, Lang::En) == "Jul 2018");
    CHECK(FormatTick(2018, 7, 0, false, Lang::Ru) == "июль 2018");
    CHECK(FormatTick(2018, 7, 0, false, Lang::Kk) == "2018 ж. шілде");
    CHECK(FormatTick(2018, 7, 5, false, Lang::En) == "5 Jul");
    CHECK(FormatTick(2018, 7, 5, false, Lang::Ru) == "5 июля");
    CHECK(FormatTick(2018, 7, 5, false, Lang::Kk) == "5 шілде");
    CHECK(FormatTick(2018, 7, 5, true, Lang::En) == "5 Jul 2018");
    CHECK(FormatTick(2018, 7, 5, true, Lang::Ru) == "5 июля 2018");
    CHECK(FormatTick(2018, 7, 5, true, Lang::Kk) == "2018 ж. 5 шілде");
    CHECK(FormatTick(2018, 13, 0, false, Lang::En) == "2018");
}

TEST_CASE("month names cover the year in all three languages") {
    CHECK(std::string(MonthName(1, Lang::Kk)) == "қаңтар");
    CHECK(std::string(MonthName(4, Lang::Kk)) == "сәуір");
    CHECK(std::string(MonthName(9, Lang::Kk)) == "қыркүйек");
    CHECK(std::string(MonthName(12, Lang::Ru)) == "декабрь");
    CHECK(std::string(MonthName(13, Lang::En)).empty());
    for (int m = 1; m <= 12; ++m)
        for (Lang lang : {Lang::En, Lang::Ru, Lang::Kk}) CHECK(std::string(MonthName(m, lang)).size() > 2);
}

TEST_CASE("date spans use an en dash, spaced only between spaced dates") {
    CHECK(FormatDateSpan(D(2021), D(2024), Lang::En) == "2021\u20132024");
    CHECK(FormatDateSpan(D(1995, 8, 30), D(2022, 6), Lang::Ru) == "30 августа 1995 \u2013 июнь 2022");
    CHECK(FormatDateSpan(D(2024), Date{}, Lang::Kk) == "2024");
    CHECK(FormatDateSpan(D(2024), D(2024), Lang::En) == "2024");
}

TEST_CASE("interface strings exist in every language, and fall back to English") {
    CHECK(std::string(Tr(UiString::Institutions, Lang::En)) == "Institutions");
    CHECK(std::string(Tr(UiString::Institutions, Lang::Ru)) == "Институты");
    CHECK(std::string(Tr(UiString::Sources, Lang::Kk)) == "Дереккөздер");
    CHECK(std::string(Tr(UiString::SearchPlaceholder, Lang::Ru)) == "Поиск\u2026");
    CHECK(std::string(Tr(UiString::WhatChanged, Lang::Kk)) == "Не өзгерді");
    CHECK(std::string(Tr(UiString::Count_, Lang::Ru)).empty());
    for (int k = 0; k < kUiStringCount; ++k) {
        for (Lang lang : {Lang::En, Lang::Ru, Lang::Kk}) {
            CAPTURE(k);
            CHECK_FALSE(std::string(Tr(static_cast<UiString>(k), lang)).empty());
        }
    }
}

TEST_CASE("how a reform was adopted, and language names, in the reader's language") {
    CHECK(std::string(Tr(AdoptedByString("referendum"), Lang::En)) == "Adopted by referendum");
    CHECK(std::string(Tr(AdoptedByString("referendum"), Lang::Ru)) == "Принята на референдуме");
    CHECK(std::string(Tr(AdoptedByString("decree"), Lang::Kk)) == "Жарлықпен енгізілді");
    CHECK(AdoptedByString("other") == UiString::Adopted);
    CHECK(LanguageName("en", Lang::Ru) == "английский");
    CHECK(LanguageName("ru", Lang::En) == "Russian");
    CHECK(LanguageName("kk", Lang::Kk) == "қазақ тілі");
    CHECK(LanguageName("uz", Lang::En) == "uz");
}

TEST_CASE("every interface string is translated, with the same values to fill in") {
    const auto markers = [](const std::string& s) {
        std::string out;
        for (std::size_t k = 0; k + 2 < s.size(); ++k)
            if (s[k] == '{' && s[k + 2] == '}') out += s[k + 1];
        std::sort(out.begin(), out.end());
        return out;
    };
    for (int k = 0; k < kUiStringCount; ++k) {
        const auto id = static_cast<UiString>(k);
        const std::string en = Tr(id, Lang::En);
        CAPTURE(en);
        for (Lang lang : {Lang::Ru, Lang::Kk}) {
            const std::string text = Tr(id, lang);
            CHECK(text != en);                   // not an English fallback
            CHECK(markers(text) == markers(en));
        }
    }
}

TEST_CASE("values fill in by position, so a translation may reorder them") {
    CHECK(FillIn("Results: {1}", {"5"}) == "Results: 5");
    CHECK(FillIn(Tr(UiString::ShowingOf, Lang::Kk), {"250", "1 000"}).rfind("1 000 ішінен 250", 0) == 0);
    CHECK(FillIn("{2} {1} {3} {x} {", {"a", "b"}) == "b a {3} {x} {");
    CHECK(FillIn("", {"a"}).empty());
}

TEST_CASE("kinds and relations read in the reader's language") {
    CHECK(std::string(KindLabel(Kind::Metric, Lang::En)) == "figure");
    CHECK(std::string(KindLabel(Kind::Institution, Lang::Ru)) == "институт");
    CHECK(std::string(KindLabel(Kind::Source, Lang::Kk)) == "дереккөз");
    CHECK(std::string(RelationPhrase(RelationType::PartOf, true, Lang::En)) == "part of");
    CHECK(std::string(RelationPhrase(RelationType::PartOf, false, Lang::En)) == "includes");
    CHECK(std::string(RelationPhrase(RelationType::Leads, false, Lang::Ru)) == "руководитель:");
    CHECK(std::string(RelationPhrase(RelationType::Said, true, Lang::Kk)) == "айтқаны:");
    CHECK(std::string(RelationPhrase(RelationType::Related, false, Lang::Ru)) == "см. также:");
    CHECK(std::string(LangEndonym(Lang::Kk)) == "Қазақша");
}

TEST_CASE("institution categories read in the reader's language; unknown ones lose their hyphens") {
    CHECK(CategoryLabel("head-of-state", Lang::En) == "head of state");
    CHECK(CategoryLabel("court", Lang::Ru) == "суд");
    CHECK(CategoryLabel("judicial-council", Lang::Kk) == "сот кеңесі");
    CHECK(CategoryLabel("election-watchdog", Lang::Kk) == "election watchdog");
    CHECK(CategoryLabel("", Lang::Ru).empty());
}

TEST_CASE("InterfaceCharacters holds every character the program's own words use") {
    const std::vector<char32_t> known = InterfaceCharacters();
    REQUIRE(std::is_sorted(known.begin(), known.end()));
    const auto check = [&](const std::string& text) {
        for (std::size_t i = 0; i < text.size();) {
            const auto b = static_cast<unsigned char>(text[i]);
            const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
            char32_t cp = n == 1 ? b : b & (0xFF >> (n + 1));
            for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
            if (cp >= 0x80) {
                CAPTURE(text);
                CHECK(std::binary_search(known.begin(), known.end(), cp));
            }
            i += n;
        }
    };
    for (Lang lang : {Lang::En, Lang::Ru, Lang::Kk}) {
        for (int k = 0; k < kUiStringCount; ++k) check(Tr(static_cast<UiString>(k), lang));
        for (int q = 0; q <= static_cast<int>(Qualifier::Under); ++q)
            for (double v : {1.0, 7.0, 40.0, 80.0, 100.0, 800.0, 7000.0, 1e6, 2.5})
                check(QualifiedNumber(v, static_cast<Qualifier>(q), lang));
        for (int m = 1; m <= 12; ++m) check(FormatDateSpan(Date{1995, static_cast<std::uint8_t>(m), 30}, Date{2022, 6, 0}, lang));
        check(CategoryLabel("human-rights-institution", lang));
        check(LangEndonym(lang));
        check(LanguageName("kk", lang));
    }
}
