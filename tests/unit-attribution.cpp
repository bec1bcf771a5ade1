// Attribution warnings: a figure a person gives keeps their name wherever it is repeated, and
// words quoted in a language the sources are not written in say they are a translation.
#include "polity/load.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using nlohmann::json;

namespace {

// A judge who gives a pass rate (about 50, then 20) through a quote about it, and a court
// whose description is the text under test. (Keys are written in alphabetical order, so the
// warnings of one text come kk, then ru.)
json JudgeAndCourt(const json& description) {
    json dataset = json::parse(R"({
      "format": "polity/1",
      "meta": {"title": "T", "languages": ["en", "ru", "kk"], "date": "2025", "sources": ["src"]},
      "sources": [{"id": "src", "title": "An article", "publisher": "P", "date": "2025"}],
      "institutions": [{"id": "court", "name": "Court", "sources": ["src"]}],
      "people": [{"id": "judge", "name": {"en": "Dmitry Malakhov", "ru": "Дмитрий Малахов", "kk": "Дмитрий Малахов"},
                  "sources": ["src"]}],
      "quotes": [{"id": "said", "person": "judge", "text": "Selection is stricter: only 20% pass.", "language": "en",
                  "sources": ["src"]}],
      "metrics": [{"id": "pass-rate", "name": "Pass rate", "unit": "%", "subject": "court", "sources": ["src"],
                   "observations": [{"value": 50, "qualifier": "about", "label": "before", "sources": ["src"]},
                                    {"value": 20, "label": "now", "sources": ["src"]}]}],
      "relations": [{"from": "said", "type": "about", "to": "pass-rate"}]
    })");
    dataset["institutions"][0]["description"] = description;
    return dataset;
}

std::vector<polity::Diagnostic> Warnings(const json& dataset) {
    const polity::LoadResult r = polity::LoadDataset(dataset.dump(), "test.json");
    REQUIRE_MESSAGE(r.ok(), (r.diagnostics.empty() ? "" : polity::FormatDiagnostic(r.diagnostics[0])));
    return r.diagnostics;
}

std::vector<std::string> Pointers(const std::vector<polity::Diagnostic>& diagnostics) {
    std::vector<std::string> out;
    for (const polity::Diagnostic& d : diagnostics) out.push_back(d.pointer);
    return out;
}

} // namespace

//-----------------------------------------------------------------------------
// Figures given by a person
//-----------------------------------------------------------------------------

TEST_CASE("attribution: a person's figure repeated without their name is a warning, per language") {
    const auto warnings = Warnings(JudgeAndCourt({{"en", "The pass rate fell from around 50% to 20%."},
        {"ru", "Доля сдавших снизилась примерно с 50% до 20%."}, {"kk", "Өтетіндер үлесі төмендеді."}}));
    CHECK(Pointers(warnings) ==
        std::vector<std::string>{"/institutions/0/description/en", "/institutions/0/description/ru"});
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].severity == polity::Severity::Warning);
    CHECK(warnings[0].message ==
        "the figure 50 comes from Dmitry Malakhov (metric 'pass-rate'), but this text does not say so");
    CHECK(warnings[0].hint == "Name who gives it where it is repeated, e.g. \"according to Dmitry Malakhov, ...\".");
}

TEST_CASE("attribution: naming the person, in any inflected form, attributes the figure") {
    CHECK(Warnings(JudgeAndCourt({{"en", "According to Malakhov’s figures, the rate fell from around 50% to 20%."},
                       {"ru", "По словам Дмитрия Малахова, доля снизилась примерно с 50% до 20%."},
                       {"kk", "Малаховтың айтуынша, үлес 50%-дан 20%-ға дейін төмендеді."}}))
              .empty());
    CHECK(Warnings(JudgeAndCourt({{"kk", "Үлес 50%-дан 20%-ға дейін төмендеді."}})).size() == 1); // the same, unnamed
}

TEST_CASE("attribution: a woman's family name is found in its Russian inflections") {
    json dataset = JudgeAndCourt("По словам Шаукеновой, доля снизилась с 50% до 20%.");
    dataset["meta"]["languages"] = {"ru"};
    dataset["people"][0]["name"] = "Зарема Шаукенова";
    dataset["quotes"][0]["language"] = "ru";
    CHECK(Warnings(dataset).empty());
    dataset["institutions"][0]["description"] = "По словам коллеги, доля снизилась с 50% до 20%.";
    CHECK(Pointers(Warnings(dataset)) == std::vector<std::string>{"/institutions/0/description"});
}

TEST_CASE("attribution: figures are read as written, with the source's grouping") {
    json dataset = JudgeAndCourt("");
    dataset["metrics"][0]["observations"] = {{{"value", 1800}, {"label", "then"}, {"sources", {"src"}}},
        {{"value", 12000}, {"label", "now"}, {"sources", {"src"}}},
        {{"value", 0.5}, {"label", "share"}, {"sources", {"src"}}}};
    const auto warned = [&](const std::string& text) {
        dataset["institutions"][0]["description"] = text;
        return !Warnings(dataset).empty();
    };
    CHECK(warned("from 1,800 appeals"));
    CHECK(warned("from 1800 appeals"));
    CHECK(warned("с 1\u00a0800 обращений")); // a no-break space between groups
    CHECK(warned("12 000-нан астам ерікті"));
    CHECK(warned("a share of 0.5"));
    CHECK(warned("доля 0,5"));
    CHECK_FALSE(warned("18000 appeals"));
    CHECK_FALSE(warned("1,8000 appeals"));     // not a group of three: 1.8, then nothing
    CHECK_FALSE(warned("in 1995 800 visits")); // a year then a figure: not 1,995,800 nor 1800
    CHECK_FALSE(warned("Article 1 and 800 visits"));
}

TEST_CASE("attribution: the figure's own metric, its person and their quotes need not name them") {
    json dataset = JudgeAndCourt("A court.");
    dataset["metrics"][0]["description"] = "From around 50% to 20%.";
    dataset["metrics"][0]["observations"][1]["note"] = "“only 20%”";
    dataset["people"][0]["description"] = "Explained that the rate fell from around 50% to 20%.";
    dataset["quotes"][0]["context"] = "On the fall from around 50% to 20%.";
    CHECK(Warnings(dataset).empty());
    dataset["institutions"][0]["description"] = "On the fall from around 50% to 20%."; // anywhere else it is
    CHECK(Pointers(Warnings(dataset)) == std::vector<std::string>{"/institutions/0/description"});
}

TEST_CASE("attribution: another metric with the same figure speaks of its own") {
    json dataset = JudgeAndCourt("A court.");
    dataset["metrics"].push_back({{"id", "other"}, {"name", "Other"}, {"unit", "%"}, {"sources", {"src"}},
        {"description", "About 20% of cases."},
        {"observations", {{{"value", 20}, {"date", "2024"}, {"sources", {"src"}}}}}});
    CHECK(Warnings(dataset).empty());
    dataset["metrics"][1]["description"] = "About 50% of cases.";
    CHECK(Pointers(Warnings(dataset)) == std::vector<std::string>{"/metrics/1/description"});
}

TEST_CASE("attribution: a relation between a metric and a person makes its figures theirs") {
    json dataset = JudgeAndCourt("From around 50% to 20%.");
    dataset["relations"] = {{{"from", "pass-rate"}, {"type", "related"}, {"to", "judge"}}};
    dataset.erase("quotes");
    CHECK(Pointers(Warnings(dataset)) == std::vector<std::string>{"/institutions/0/description"});
    dataset["relations"] = json::array();
    CHECK(Warnings(dataset).empty()); // nobody's figure: the source's own voice
}

TEST_CASE("attribution: a relation's note and a change are checked, a quote's words are not") {
    json dataset = JudgeAndCourt("A court.");
    dataset["quotes"].push_back({{"id", "other-quote"}, {"person", "judge"}, {"text", "Half, 50%, used to pass."},
        {"language", "en"}, {"sources", {"src"}}});
    dataset["reforms"] = {{{"id", "reform"}, {"name", "Reform"}, {"date", "2022"}, {"adopted_by", "law"},
        {"description", "A reform."}, {"sources", {"src"}},
        {"changes", {{{"topic", "Exams"}, {"after", "Only 20% pass"}, {"sources", {"src"}}}}}}};
    dataset["relations"].push_back(
        {{"from", "reform"}, {"type", "changed"}, {"to", "court"}, {"note", "Pass rate now 20%."}});
    CHECK(Pointers(Warnings(dataset)) == std::vector<std::string>{"/reforms/0/changes/0/after", "/relations/1/note"});
}

//-----------------------------------------------------------------------------
// Translations that say so
//-----------------------------------------------------------------------------

namespace {

// A dataset whose one source is written in English; `text` is an institution's description.
json EnglishSource(const json& text) {
    json dataset = JudgeAndCourt(text);
    dataset["sources"][0]["language"] = "en";
    dataset.erase("quotes");
    dataset.erase("relations");
    return dataset;
}

} // namespace

TEST_CASE("translations: quotation marks in a language the sources are not written in need a translation mark") {
    const auto warnings = Warnings(
        EnglishSource({{"en", "The “One Nation” group."}, {"ru", "Группа «Одна нация»."}, {"kk", "«Бір ұлт» тобы."}}));
    CHECK(Pointers(warnings) ==
        std::vector<std::string>{"/institutions/0/description/kk", "/institutions/0/description/ru"});
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[1].message ==
        "the quotation marks in 'ru' hold a translation of a source written in 'en', but the text does not say so");
    CHECK(warnings[1].hint ==
        "Say it is a translation, e.g. «…» (перевод с …), or drop the quotation marks where the words are not the "
        "source's.");
    CHECK(warnings[0].hint ==
        "Say it is a translation, e.g. «…» (… тілінен аударма), or drop the quotation marks where the words are not "
        "the source's.");
}

TEST_CASE("translations: a text that says it translates, or quotes nothing, is fine") {
    CHECK(Warnings(
        EnglishSource({{"en", "The “One Nation” group."}, {"ru", "Группа «Одна нация» (в переводе с английского)."},
            {"kk", "«Бір ұлт» (ағылшын тілінен аударылған) тобы."}}))
              .empty());
    CHECK(Warnings(EnglishSource({{"en", "The group."}, {"ru", "Группа One Nation."}, {"kk", "Топ."}})).empty());
    CHECK(Warnings(EnglishSource({{"en", "The group."}, {"ru", "Слова «переведены» с английского."}})).empty());
    CHECK(Warnings(EnglishSource({{"en", "The group."}, {"ru", "Слова «не те» с английского."}})).size() == 1);
}

TEST_CASE("translations: a text in the source's language, or citing a source of no stated language, is not checked") {
    json dataset = EnglishSource({{"en", "The “One Nation” group."}, {"ru", "Группа «Одна нация»."}});
    dataset["sources"][0]["language"] = "ru"; // now the English quotes a translation
    const auto from_russian = Warnings(dataset);
    CHECK(Pointers(from_russian) == std::vector<std::string>{"/institutions/0/description/en"});
    REQUIRE(from_russian.size() == 1);
    CHECK(from_russian[0].hint ==
        "Say it is a translation, e.g. “…” (translated from …), or drop the quotation marks where the words are not "
        "the source's.");
    dataset["sources"][0].erase("language");
    CHECK(Warnings(dataset).empty());
    dataset["sources"][0]["language"] = "en";
    dataset["sources"].push_back(
        {{"id", "src-ru"}, {"title", "Статья"}, {"publisher", "P"}, {"date", "2025"}, {"language", "ru"}});
    dataset["institutions"][0]["sources"] = {"src", "src-ru"};
    CHECK(Warnings(dataset).empty());
    dataset["sources"][1].erase("language");
    CHECK(Warnings(dataset).empty());
}

TEST_CASE("translations: a quote's words are marked by its language; its context is checked") {
    json dataset = EnglishSource("A court.");
    dataset["quotes"] = {{{"id", "q"}, {"person", "judge"}, {"language", "en"}, {"sources", {"src"}},
        {"text", {{"en", "“Trust” matters."}, {"ru", "«Доверие» важно."}}},
        {"context", {{"en", "On “trust”."}, {"ru", "О «доверии»."}}}}};
    CHECK(Pointers(Warnings(dataset)) == std::vector<std::string>{"/quotes/0/context/ru"});
}

TEST_CASE("translations: an excerpt in another language than its source's is a translation, quotation marks or not") {
    json dataset = EnglishSource("A court.");
    dataset["sources"][0]["excerpt"] = {{"en", "ASTANA — People voted."}, {"ru", "АСТАНА — Люди проголосовали."},
        {"kk", "АСТАНА — Халық дауыс берді. [Ағылшын тілінен аударма]"}};
    const auto warnings = Warnings(dataset);
    CHECK(Pointers(warnings) == std::vector<std::string>{"/sources/0/excerpt/ru"});
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].message ==
        "the excerpt in 'ru' is a translation of a source written in 'en', but the text does not say so");
    CHECK(warnings[0].hint == "Say it is a translation, e.g. [перевод с …] at its end.");
}

TEST_CASE("translations: languages whose words for 'translation' the checker does not know are left alone") {
    json dataset = EnglishSource({{"en", "The “One Nation” group."}, {"uz", "«Bir millat» guruhi."}});
    dataset["meta"]["languages"] = {"en", "uz", "ru", "kk"};
    CHECK(Warnings(dataset).empty());
    dataset["institutions"][0]["description"]["ru"] = "Группа «Одна нация».";
    CHECK(Pointers(Warnings(dataset)) == std::vector<std::string>{"/institutions/0/description/ru"});
}

TEST_CASE("attribution: a dataset with errors gets its errors, not these warnings") {
    json dataset = EnglishSource({{"en", "From around 50%."}, {"ru", "Группа «Одна нация»."}});
    dataset["relations"] = {{{"from", "pass-rate"}, {"type", "related"}, {"to", "judge"}}};
    CHECK(Warnings(dataset).size() == 2);
    dataset["institutions"][0]["founded"] = "2022-02-30";
    const polity::LoadResult r = polity::LoadDataset(dataset.dump(), "test.json");
    CHECK(r.ErrorCount() == 1);
    CHECK(r.WarningCount() == 0);
}
