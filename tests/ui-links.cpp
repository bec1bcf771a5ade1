// One rule for "is this an http(s) link", wherever a dataset's address can lead a reader: the
// validator's verdict, the HTML twin's <a href> and the widget's request to open a link agree
// on every case below. Linked into the UI smoke test, which has the app.
#include "app.hpp"
#include "app_state.hpp"
#include "polity/html.hpp"
#include "polity/load.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>

using namespace polity;

namespace {

struct LinkCase {
    const char* url;
    bool link;
};

// Kept in step with the JavaScript side by construction: the page asks the widget's C++
// (polity_is_web_link) rather than keeping a copy of the rule.
const LinkCase kLinkCases[] = {
    {"https://example.org/a?b=1#c", true},
    {"http://example.org", true},
    {"HTTPS://EXAMPLE.ORG/Path", true}, // the scheme is case-insensitive
    {"Http://example.org:8080/x", true},
    {"https://[2001:db8::1]/x", true},
    {"https://\xD0\xBF\xD1\x80\xD0\xB8\xD0\xBC\xD0\xB5\xD1\x80.\xD1\x80\xD1\x84/", true}, // пример.рф
    {"https://example.org/a@b?c=d@e", true}, // an @ after the host is no user-info
    {"javascript:alert(1)", false},
    {"JAVASCRIPT:alert(1)", false},
    {"data:text/html,<script>alert(1)</script>", false},
    {"ftp://example.org/", false},
    {"//example.org/", false},
    {"/relative/path", false},
    {"example.org", false},
    {"https://", false},
    {"https:///path", false},
    {"https://?q=1", false},
    {"https://#top", false},
    {"https://:443/", false},
    {"https://example.org:44x/", false},
    {"https://user@example.org/", false}, // user-info: the reader sees one host, goes to another
    {"https://user:secret@example.org/", false},
    {"https://example.org@evil.example/", false},
    {"https://example.org\\@evil.example/", false}, // browsers read a backslash as a slash
    {"https://exa mple.org/", false},
    {" https://example.org/", false},
    {"https://example.org/\r", false},
    {"https://example.org/a\tb", false},
    {"https://example.org/\n", false},
    {"https://example.org/\x7F", false},         // DEL
    {"https://example.org/\xC2\x85", false},     // NEL, a C1 control
    {"https://example.org/\xC2\xA0", false},     // a no-break space
    {"https://example.org/\xE2\x80\xAE", false}, // a right-to-left override
    {"https://example.org/\"onclick", false},
};

std::string ReadMinimal() {
    std::ifstream in(POLITY_SOURCE_DIR "/tests/fixtures/valid/minimal.json", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool ValidatorTakes(const std::string& url) {
    nlohmann::json j = nlohmann::json::parse(ReadMinimal());
    j["sources"][0]["url"] = url;
    return LoadDataset(j.dump(), "links.json").ok();
}

bool TwinLinks(const std::string& url) {
    LoadResult r = LoadDataset(ReadMinimal(), "links.json");
    REQUIRE(r.ok());
    Dataset data = std::move(*r.dataset);
    data.sources[0].url = url; // past the validator: the twin checks again on its own
    return RenderHtml(data).find("href=\"" + EscapeHtml(url) + "\"") != std::string::npos;
}

bool WidgetOpens(const std::string& url) {
    auto app = ui::CreateApp({});
    ui::RequestOpenUrl(*app, url);
    return ui::TakeOpenUrlRequest(*app) == url;
}

} // namespace

TEST_CASE("links: the validator, the HTML twin and the widget agree on what an http(s) link is") {
    for (const LinkCase& c : kLinkCases) {
        CAPTURE(c.url);
        CHECK(ValidatorTakes(c.url) == c.link);
        CHECK(TwinLinks(c.url) == c.link);
        CHECK(WidgetOpens(c.url) == c.link);
    }
}
