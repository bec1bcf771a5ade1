// The JSON the widget hands to the page: commas and nesting right, strings escaped, and text
// that is not UTF-8 replaced rather than passed on (the page's JSON.parse must never fail).
#include "polity/json_writer.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>

using polity::JsonWriter;

TEST_CASE("json writer: objects and arrays nest with commas where they belong") {
    JsonWriter w;
    w.BeginObject().Key("a").Number(1).Key("b").BeginArray().String("x").Bool(true).Null().BeginObject().EndObject()
        .EndArray().Key("c").BeginObject().Key("d").Number(2.5).EndObject().EndObject();
    CHECK(w.Take() == R"({"a":1,"b":["x",true,null,{}],"c":{"d":2.5}})");
}

TEST_CASE("json writer: numbers read back as the same double") {
    for (const double x : {0.0, -3.0, 1995.5, 2025.4166666666667, 0.1, 1e300, 123456789.0}) {
        JsonWriter w;
        const std::string text = w.Number(x).Take();
        CHECK(nlohmann::json::parse(text).get<double>() == x);
    }
    CHECK(JsonWriter().Number(7000).Take() == "7000");
    CHECK(JsonWriter().Number(0.0 / 0.0).Take() == "null");
}

TEST_CASE("json writer: strings are escaped, and ill-formed UTF-8 becomes U+FFFD") {
    JsonWriter w;
    const std::string text = w.String("a\"b\\c\nd\x01 Қазақ \xC0\x80 \xED\xA0\x80 \xE2\x82").Take();
    const nlohmann::json parsed = nlohmann::json::parse(text, nullptr, false);
    REQUIRE_FALSE(parsed.is_discarded());
    CHECK(parsed.get<std::string>() == "a\"b\\c\nd\x01 Қазақ \xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD");
}
