// Multilingual text: fallback order and language codes.
#include "polity/model.hpp"

#include <doctest/doctest.h>

using namespace polity;

TEST_CASE("the fallback order is reader, dataset languages, then en, ru, kk, without repeats") {
    const LanguageOrder order = MakeLanguageOrder("kk", {"ru", "en"});
    CHECK(order.codes == std::vector<std::string>{"kk", "ru", "en"});
    CHECK(MakeLanguageOrder("", {"de"}).codes == std::vector<std::string>{"de", "en", "ru", "kk"});
}

TEST_CASE("Localize picks the first language of the order that has a text") {
    Text t;
    t.Set("ru", "Омбудсмен");
    t.Set("en", "Ombudsman");
    CHECK(Localize(t, MakeLanguageOrder("kk", {"en", "ru"})) == "Ombudsman");
    CHECK(Localize(t, MakeLanguageOrder("ru", {"en"})) == "Омбудсмен");
    const std::string* used = nullptr;
    Localize(t, MakeLanguageOrder("kk", {"kk"}), &used);
    REQUIRE(used != nullptr);
    CHECK(*used == "en");  // en comes before ru in the last-resort order
}

TEST_CASE("Localize falls back to any text, and to empty") {
    Text t;
    t.Set("uz", "Ombudsman (uz)");
    CHECK(Localize(t, MakeLanguageOrder("en", {})) == "Ombudsman (uz)");
    CHECK(Localize(Text{}, MakeLanguageOrder("en", {})).empty());
}

TEST_CASE("Text::Set replaces an existing language") {
    Text t;
    t.Set("en", "a");
    t.Set("en", "b");
    CHECK(t.values.size() == 1);
    CHECK(*t.Find("en") == "b");
    CHECK(t.Find("ru") == nullptr);
}

TEST_CASE("language codes: ISO 639-1, and kz is not Kazakh") {
    CHECK(IsKnownLanguage("kk"));
    CHECK(IsKnownLanguage("ru"));
    CHECK(IsKnownLanguage("en"));
    CHECK_FALSE(IsKnownLanguage("kz"));
    CHECK_FALSE(IsKnownLanguage("EN"));
    CHECK_FALSE(IsKnownLanguage(""));
}
