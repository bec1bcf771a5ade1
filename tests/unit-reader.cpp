// Reading a dataset's text element by element: the order of the file's members does not
// matter, repeated keys are caught at every level, numbers are read exactly, and the loader
// notes which characters the dataset's texts use.
#include "polity/load.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <string>

using namespace polity;

namespace {

const Diagnostic* FindMessage(const LoadResult& r, const std::string& part) {
    for (const auto& d : r.diagnostics)
        if (d.message.find(part) != std::string::npos) return &d;
    return nullptr;
}

// A valid dataset written back to front: relations first, sources last.
const char* const kBackToFront = R"({
  "relations": [{"from": "judge", "type": "leads", "to": "court", "sources": ["article"]}],
  "quotes": [{"id": "said", "person": "judge", "text": {"en": "Words \u00ab\u049a\u00bb"}, "language": "en",
              "sources": ["article"]}],
  "people": [{"id": "judge", "name": "A Judge", "roles": [{"title": "Chair", "institution": "court"}],
              "sources": ["article"]}],
  "institutions": [{"id": "court", "name": {"en": "Court", "kk": "Сот"}, "description": "Қазақстан",
                    "themes": ["law"], "sources": ["article"]}],
  "meta": {"title": "Back to front", "languages": ["en", "kk"], "date": "2025-08-25", "sources": ["article"]},
  "format": "polity/1",
  "themes": [{"id": "law", "name": "Law"}],
  "sources": [{"id": "article", "title": "An article", "publisher": "A paper", "date": "2025-08-25"}]
})";

std::string WithMetricValue(const std::string& value) {
    return R"({"format": "polity/1",
  "meta": {"title": "T", "languages": ["en"], "date": "2025", "sources": ["s"]},
  "sources": [{"id": "s", "title": "A", "publisher": "B", "date": "2025"}],
  "metrics": [{"id": "m", "name": "M", "unit": "u", "sources": ["s"],
    "observations": [{"value": )" + value + R"(, "date": "2024", "sources": ["s"]}]}]})";
}

} // namespace

TEST_CASE("references resolve whatever the order of the file's members") {
    const LoadResult r = LoadDataset(kBackToFront, "back.json");
    REQUIRE(r.ok());
    CHECK(r.diagnostics.empty());
    const Dataset& d = *r.dataset;
    // Entities stay grouped by kind, in the model's kind order, not in the file's.
    REQUIRE(d.entities.size() == 4);
    CHECK(d.entities[0].id == "court");
    CHECK(d.entities[1].id == "judge");
    CHECK(d.entities[2].id == "said");
    CHECK(d.entities[3].id == "article");
    const Index court = d.Find("court"), judge = d.Find("judge");
    CHECK(d.QuoteOf(d.Find("said")).person == judge);
    CHECK(d.PersonOf(judge).roles.at(0).institution == court);
    CHECK(d.At(court).themes == std::vector<std::uint16_t>{0});
    CHECK(*d.At(court).name.Find("kk") == "Сот");
    CHECK(d.meta.languages == std::vector<std::string>{"en", "kk"});
    // A plain string is in the first declared language, even when meta comes after it.
    CHECK(d.At(court).description.Find("en") != nullptr);
    const auto written = std::find_if(d.relations.begin(), d.relations.end(), [](const Relation& x) { return !x.derived; });
    REQUIRE(written != d.relations.end());
    CHECK(written->from == judge);
    CHECK(written->to == court);
}

TEST_CASE("the loader notes every character beyond ASCII that the dataset's strings use") {
    const LoadResult r = LoadDataset(kBackToFront, "back.json");
    REQUIRE(r.ok());
    const std::vector<char32_t>& chars = r.dataset->characters;
    CHECK(std::is_sorted(chars.begin(), chars.end()));
    CHECK(std::none_of(chars.begin(), chars.end(), [](char32_t c) { return c < 0x80; }));
    for (const char32_t c : {U'«', U'»', U'Қ', U'С', U'о', U'т', U'ү'}) {
        CAPTURE(static_cast<std::uint32_t>(c));
        CHECK(std::binary_search(chars.begin(), chars.end(), c) == (c != U'ү'));
    }
}

TEST_CASE("a top-level member given twice: the later counts, and the repetition is an error") {
    std::string text = kBackToFront;
    const std::string first = R"("themes": [{"id": "law", "name": "Law"}])";
    text.replace(text.find(first), first.size(), R"("themes": [{"id": "old"}, {"id": "older"}], )" + first);
    const LoadResult r = LoadDataset(text, "twice.json");
    CHECK_FALSE(r.ok());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("duplicate key") != std::string::npos);
    CHECK(r.diagnostics[0].pointer == "/themes");
    CHECK(r.diagnostics[0].line == 11);
    CHECK(r.diagnostics[0].column == 47);  // the second "themes"
}

TEST_CASE("a repeated key is caught in large objects too") {
    std::string members;
    for (int i = 0; i < 40; ++i) members += "\"x" + std::to_string(i) + "\": " + std::to_string(i) + ", ";
    std::string text = WithMetricValue("1");
    text.replace(text.find("\"date\": \"2025\""), 0, members + "\"x3\": 3, ");
    const LoadResult r = LoadDataset(text, "large.json");
    const Diagnostic* d = FindMessage(r, "duplicate key");
    REQUIRE(d != nullptr);
    CHECK(d->pointer == "/meta/x3");
    CHECK(FindMessage(r, "unknown field 'x39'") != nullptr);
}

TEST_CASE("numbers are read as the nearest double, as strtod reads them") {
    for (const char* number : {"7000", "0.1", "0.3", "-2.5e-3", "1e22", "1e23", "123456789012345678", "0.000001",
                               "9007199254740993", "4.35", "1.7976931348623157e308", "5e-324", "-0"}) {
        CAPTURE(number);
        const LoadResult r = LoadDataset(WithMetricValue(number), "n.json");
        REQUIRE(r.ok());
        const double value = r.dataset->MetricOf(r.dataset->Find("m")).observations.at(0).value;
        CHECK(value == std::strtod(number, nullptr));
    }
    const LoadResult huge = LoadDataset(WithMetricValue("1e400"), "n.json");
    const Diagnostic* d = FindMessage(huge, "number out of range: '1e400'");
    REQUIRE(d != nullptr);
    CHECK(d->line == 5);
    CHECK(d->column == 32);
}

TEST_CASE("an escaped key means what it says, and a bad escape is placed where it is") {
    std::string text = WithMetricValue("1");
    text.replace(text.find("\"title\": \"T\""), 0, "\"\\u0064ek\": \"D\", ");
    CHECK(LoadDataset(text, "k.json").ok());
    text = WithMetricValue("1");
    text.replace(text.find("\"title\": \"T\""), 0, "\"d\\qek\": \"D\", ");
    const LoadResult bad = LoadDataset(text, "k.json");
    const Diagnostic* d = FindMessage(bad, "forbidden character after backslash");
    REQUIRE(d != nullptr);
    CHECK(d->line == 2);
    CHECK(d->column == 15);  // the q after the backslash
}
