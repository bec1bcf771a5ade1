// Loading and validation: places, limits, completeness of reports, derived relations.
#include "polity/load.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace polity;

namespace {

std::string ReadFixture(const std::string& name) {
    std::ifstream in(std::string(POLITY_SOURCE_DIR) + "/tests/fixtures/" + name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

const Diagnostic* FindMessage(const LoadResult& r, const std::string& part) {
    for (const auto& d : r.diagnostics)
        if (d.message.find(part) != std::string::npos) return &d;
    return nullptr;
}

} // namespace

TEST_CASE("a valid dataset loads into the model") {
    const LoadResult r = LoadDataset(ReadFixture("valid/minimal.json"), "minimal.json");
    REQUIRE(r.ok());
    const Dataset& data = *r.dataset;
    CHECK(data.entities.size() == 7);
    const Index court = data.Find("court");
    REQUIRE(court != kNone);
    CHECK(data.At(court).kind == Kind::Institution);
    CHECK(*data.At(court).name.Find("ru") == "Конституционный Суд");
    CHECK(data.At(court).date.ToString() == "2023-01");
    const Metric& appeals = data.MetricOf(data.Find("appeals"));
    REQUIRE(appeals.observations.size() == 2);
    CHECK(appeals.observations[1].qualifier == Qualifier::Nearly);
    CHECK(appeals.observations[1].value == 7000);
    CHECK(*appeals.observations[0].label.Find("en") == "a few years earlier");
    CHECK(data.ReformOf(data.Find("reform-2022")).changes.size() == 1);
    CHECK(data.QuoteOf(data.Find("judge-quote")).person == data.Find("judge"));
}

TEST_CASE("the licence and a source's publisher and place are texts: plain, or per language") {
    const LoadResult r = LoadDataset(R"({"format": "polity/1",
        "meta": {"title": "T", "languages": ["en", "ru"], "date": "2025", "sources": ["s", "t"],
                 "licence": {"en": "CC BY 4.0", "ru": "CC BY 4.0, с указанием автора"}},
        "sources": [{"id": "s", "title": "One", "publisher": {"en": "The Courier", "ru": "Курьер"},
                     "place": {"ru": "Астана"}, "date": "2025"},
                    {"id": "t", "title": "Two", "publisher": "Plain Press", "place": "Almaty", "date": "2025"}]})",
                                     "texts.json");
    REQUIRE(r.ok());
    const Dataset& data = *r.dataset;
    CHECK(*data.meta.licence.Find("ru") == "CC BY 4.0, с указанием автора");
    const Source& translated = data.SourceOf(data.Find("s"));
    CHECK(*translated.publisher.Find("ru") == "Курьер");
    CHECK(*translated.place.Find("ru") == "Астана");
    const Source& plain = data.SourceOf(data.Find("t"));
    CHECK(*plain.publisher.Find("en") == "Plain Press");    // a plain string is the default language's
    CHECK(*plain.place.Find("en") == "Almaty");

    const LoadResult bad = LoadDataset(R"({"format": "polity/1",
        "meta": {"title": "T", "languages": ["en"], "date": "2025", "sources": ["s"], "licence": 4},
        "sources": [{"id": "s", "title": "One", "publisher": {"en": ""}, "date": "2025"}]})", "bad.json");
    REQUIRE_FALSE(bad.ok());
    CHECK(FindMessage(bad, "'licence' must be a text") != nullptr);
    CHECK(FindMessage(bad, "'publisher' must not be empty") != nullptr);

    // Each translation stays one line, as a plain publisher, place or licence is.
    const LoadResult broken = LoadDataset(R"({"format": "polity/1",
        "meta": {"title": "T", "languages": ["en", "ru"], "date": "2025", "sources": ["s"],
                 "licence": {"en": "CC BY", "ru": "CC BY,\tс указанием автора"}},
        "sources": [{"id": "s", "title": "One", "publisher": {"en": "The Courier", "ru": "Курьер\nАстана"}, "date": "2025"}]})",
                                          "broken.json");
    REQUIRE_FALSE(broken.ok());
    CHECK(FindMessage(broken, "control character U+000A (line break) in 'publisher'") != nullptr);
    CHECK(FindMessage(broken, "control character U+0009 (tab) in 'licence'") != nullptr);
}

TEST_CASE("the id table finds each id as it grows, and names the entity that already has one") {
    std::vector<Entity> entities;
    IdTable ids;
    for (Index i = 0; i < 5000; ++i) {  // grown from empty, rehashed many times on the way
        Entity e;
        e.id = "entity-" + std::to_string(i);
        entities.push_back(e);
        REQUIRE(ids.Add(entities, i) == kNone);
    }
    CHECK(ids.size() == 5000);
    for (Index i = 0; i < 5000; i += 499) CHECK(ids.Find(entities, "entity-" + std::to_string(i)) == i);
    CHECK(ids.Find(entities, "entity-5000") == kNone);
    CHECK(ids.Find(entities, "") == kNone);
    Entity again;
    again.id = "entity-42";
    entities.push_back(again);
    CHECK(ids.Add(entities, 5000) == 42);  // filed under nothing: the first keeps the id
    CHECK(ids.Find(entities, "entity-42") == 42);
    CHECK(ids.size() == 5000);
    CHECK(IdTable().Find(entities, "entity-1") == kNone);
}

TEST_CASE("fields imply relations, without repeating written ones") {
    const LoadResult r = LoadDataset(ReadFixture("valid/minimal.json"), "minimal.json");
    REQUIRE(r.ok());
    const Dataset& d = *r.dataset;
    int written = 0, said = 0, member_of = 0, changed = 0, enacted = 0, measures = 0;
    for (const Relation& rel : d.relations) {
        written += !rel.derived;
        said += rel.type == RelationType::Said;
        member_of += rel.type == RelationType::MemberOf;
        changed += rel.type == RelationType::Changed;
        enacted += rel.type == RelationType::Enacted;
        measures += rel.type == RelationType::Measures;
    }
    CHECK(written == 1);
    CHECK(said == 1);
    CHECK(member_of == 1);
    CHECK(changed == 1);
    CHECK(enacted == 1);
    CHECK(measures == 1);
}

TEST_CASE("places count lines from 1 and columns in characters, not bytes") {
    // "Суд" is 3 characters but 6 bytes: the column after it must count 3.
    const std::string text = "{\"format\": \"polity/1\",\n \"meta\": {\"title\": \"Суд\", \"bogus\": 1}}";
    const LoadResult r = LoadDataset(text, "x.json");
    const Diagnostic* d = FindMessage(r, "unknown field 'bogus'");
    REQUIRE(d != nullptr);
    CHECK(d->line == 2);
    CHECK(d->column == 27);  // 30 if bytes were counted
    CHECK(d->pointer == "/meta/bogus");
    CHECK(d->severity == Severity::Warning);
}

TEST_CASE("every problem is reported, not just the first") {
    const LoadResult r = LoadDataset(ReadFixture("invalid/wrong-types.json"), "wrong-types.json");
    CHECK_FALSE(r.ok());
    CHECK(r.ErrorCount() >= 5);
}

TEST_CASE("a missing member is placed at the object that lacks it") {
    const LoadResult r = LoadDataset("{\n  \"format\": \"polity/1\"\n}", "x.json");
    const Diagnostic* d = FindMessage(r, "missing required field 'meta'");
    REQUIRE(d != nullptr);
    CHECK(d->line == 1);
    CHECK(d->column == 1);
    CHECK(d->pointer == "");
}

TEST_CASE("pointer tokens escape ~ and /") {
    const LoadResult r = LoadDataset("{\"format\": \"polity/1\", \"a/b~c\": 1}", "x.json");
    CHECK(FindMessage(r, "unknown field 'a/b~c'")->pointer == "/a~1b~0c");
}

TEST_CASE("limits: size, depth and string length are stated and enforced") {
    LoadLimits limits;
    limits.max_bytes = 10;
    CHECK(FindMessage(LoadDataset("{\"format\": \"polity/1\"}", "x", limits), "too large") != nullptr);

    limits = LoadLimits{};
    limits.max_depth = 3;
    const LoadResult deep = LoadDataset("{\"a\": {\"b\": [[1]]}}", "x", limits);
    const Diagnostic* d = FindMessage(deep, "nesting is too deep");
    REQUIRE(d != nullptr);
    CHECK(d->pointer == "/a/b/0");
    CHECK(d->column == 14);

    limits = LoadLimits{};
    limits.max_string_bytes = 4;
    CHECK(FindMessage(LoadDataset("{\"format\": \"polity/1\"}", "x", limits), "string is too long") != nullptr);
}

TEST_CASE("nlohmann's silent cases are caught: NUL, duplicate keys, trailing garbage") {
    CHECK(FindMessage(LoadDataset(std::string("{}\0{}", 5), "x"), "NUL byte") != nullptr);
    const LoadResult dup = LoadDataset("{\"format\": \"polity/1\", \"format\": \"polity/1\"}", "x");
    REQUIRE(FindMessage(dup, "duplicate key") != nullptr);
    CHECK(FindMessage(dup, "duplicate key")->column == 24);  // the second one
    CHECK(FindMessage(LoadDataset("{} {}", "x"), "malformed JSON") != nullptr);
}

TEST_CASE("a byte order mark does not shift places") {
    const LoadResult r = LoadDataset("\xEF\xBB\xBF{\"format\": \"polity/1\", \"zz\": 1}", "x");
    const Diagnostic* d = FindMessage(r, "unknown field 'zz'");
    REQUIRE(d != nullptr);
    CHECK(d->pointer == "/zz");
    CHECK(d->line == 1);
}

TEST_CASE("an unreadable file is one clear error") {
    const LoadResult r = LoadDatasetFile("/nonexistent/dataset.json");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "cannot open the file");
    CHECK(FormatDiagnostic(r.diagnostics[0]) == "/nonexistent/dataset.json: error: cannot open the file\n  hint: Check the path and that the file is readable.");
}

TEST_CASE("the shipped dataset loads with no errors and no warnings") {
    const LoadResult r = LoadDatasetFile(std::string(POLITY_SOURCE_DIR) + "/data/kazakhstan-constitution.json");
    for (const auto& d : r.diagnostics) MESSAGE(FormatDiagnostic(d));
    REQUIRE(r.ok());
    CHECK(r.diagnostics.empty());
    const Dataset& data = *r.dataset;
    CHECK(data.Count(Kind::Institution) >= 8);
    CHECK(data.Count(Kind::Quote) >= 8);
    CHECK(data.Count(Kind::Metric) >= 5);
    CHECK(data.Find("article-2025-08-25") != kNone);
}

//-----------------------------------------------------------------------------
// Control characters, invisible characters, hints that fit, and bounded reports
//-----------------------------------------------------------------------------

namespace {

// Where the JSON value at text[start] ends: a string (escapes skipped) or a flat object.
std::size_t ValueEnd(const std::string& text, std::size_t start) {
    if (text[start] == '{') return text.find('}', start) + 1;
    std::size_t end = start + 1;
    while (text[end] != '"') end += text[end] == '\\' ? 2 : 1;
    return end + 1;
}

// The minimal fixture with `value` (JSON text) as the court's description or, with
// `field` = "publisher", as the source's publisher.
std::string WithString(const std::string& value, const std::string& field = "description") {
    std::string text = ReadFixture("valid/minimal.json");
    const std::string key = "\"" + field + "\": ";
    const std::size_t at = text.find(key);
    REQUIRE(at != std::string::npos);
    const std::size_t start = at + key.size();
    return text.replace(start, ValueEnd(text, start) - start, value);
}

} // namespace

TEST_CASE("control characters in a string are errors with a pointer; tabs and line breaks only in texts") {
    for (const char* bad : {"\"Reviews\\u0000 laws\"", "\"bell\\u0007\"", "\"del\\u007f\"", "\"next line\\u0085\""}) {
        CAPTURE(bad);
        const LoadResult r = LoadDataset(WithString(bad), "x.json");
        CHECK_FALSE(r.ok());
        const Diagnostic* d = FindMessage(r, "control character");
        REQUIRE(d != nullptr);
        CHECK(d->pointer.rfind("/institutions/0/description", 0) == 0);
        CHECK(d->line > 1);
    }
    CHECK(LoadDataset(WithString("\"two\\nlines\\r\\nand a\\ttab\""), "x.json").ok());
    const LoadResult plain = LoadDataset(WithString("\"A\\nNewspaper\"", "publisher"), "x.json");
    CHECK_FALSE(plain.ok());
    REQUIRE(FindMessage(plain, "control character") != nullptr);
    CHECK(FindMessage(plain, "control character")->pointer == "/sources/0/publisher");
}

TEST_CASE("a NUL in a string never reaches the model") {
    const LoadResult r = LoadDataset(WithString("{\"en\": \"Reviews laws.\", \"ru\": \"a\\u0000b\"}"), "x.json");
    CHECK_FALSE(r.ok());
    REQUIRE(FindMessage(r, "U+0000") != nullptr);
    CHECK(FindMessage(r, "U+0000")->pointer == "/institutions/0/description/ru");
}

TEST_CASE("invisible and bidirectional characters are shown escaped in diagnostics") {
    // An id with a right-to-left override and a zero-width space: printed raw, it reads 'cruoc'.
    const LoadResult r = LoadDataset(WithString("\"court\\u202e\\u200b\"", "institution"), "x.json");
    const Diagnostic* d = FindMessage(r, "unknown id");
    REQUIRE(d != nullptr);
    CHECK(d->message.find("'court\\u{202E}\\u{200B}'") != std::string::npos);
    const std::string line = FormatDiagnostic(*d);
    CHECK(line.find("\xE2\x80\xAE") == std::string::npos);
    CHECK(line.find("\xE2\x80\x8B") == std::string::npos);
    const LoadResult key = LoadDataset("{\"format\": \"polity/1\", \"\\ufeffmeta\": {}}", "x.json");
    REQUIRE(FindMessage(key, "unknown field") != nullptr);
    CHECK(FindMessage(key, "unknown field")->message == "unknown field '\\u{FEFF}meta' (ignored)");
}

TEST_CASE("encoding errors and number overflow get hints that fit") {
    const std::string minimal = ReadFixture("valid/minimal.json");
    const LoadResult latin1 = LoadDataset(WithString("\"Caf\xE9\""), "x.json");
    REQUIRE(!latin1.diagnostics.empty());
    CHECK(latin1.diagnostics[0].hint.find("comma") == std::string::npos);
    CHECK(latin1.diagnostics[0].hint.find("UTF-8") != std::string::npos);
    CHECK(latin1.diagnostics[0].message.find("\xE9") == std::string::npos); // the byte is shown, escaped
    std::string big = minimal;
    big.replace(big.find("\"value\": 7000"), 13, "\"value\": 7e999");
    const LoadResult overflow = LoadDataset(big, "x.json");
    REQUIRE(!overflow.diagnostics.empty());
    CHECK(overflow.diagnostics[0].hint.find("comma") == std::string::npos);
    CHECK(overflow.diagnostics[0].hint.find("number") != std::string::npos);
    const LoadResult surrogate = LoadDataset(WithString("\"\\ud800x\""), "x.json");
    REQUIRE(!surrogate.diagnostics.empty());
    CHECK(surrogate.diagnostics[0].hint.find("comma") == std::string::npos);
    const LoadResult comma = LoadDataset("{\"format\": \"polity/1\" \"meta\": {}}", "x.json");
    REQUIRE(!comma.diagnostics.empty());
    CHECK(comma.diagnostics[0].hint.find("comma") != std::string::npos); // where it does fit, it stays
}

TEST_CASE("a report stops at 100 diagnostics per file and says how many more there are") {
    std::string text =
        "{\"format\": \"polity/1\", \"meta\": {\"title\": \"T\", \"languages\": [\"en\"], \"date\": \"2025\", "
        "\"sources\": [\"s\"]}, \"sources\": [{\"id\": \"s\", \"title\": \"T\", \"publisher\": \"P\", \"date\": "
        "\"2025\"}], \"relations\": [";
    for (int i = 0; i < 1000; ++i)
        text += std::string(i ? "," : "") + "{\"from\": \"x" + std::to_string(i) +
            "\", \"type\": \"leads\", \"to\": \"s\"}";
    text += "]}";
    const LoadResult r = LoadDataset(text, "many.json");
    CHECK(r.ErrorCount() == 1000);
    REQUIRE(r.diagnostics.size() == 101);
    CHECK(r.diagnostics[99].message.find("'x99'") != std::string::npos);
    CHECK(FormatDiagnostic(r.diagnostics[100]) == "many.json: error: \u2026and 900 more (not listed)");
}
