// The HTML twin: document structure, ids for deep links, tables, quotes and translations,
// language attributes, and escaping of hostile dataset strings.
#include "polity/html.hpp"
#include "polity/load.hpp"
#include "polity/query.hpp"
#include "test_dataset.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using namespace polity;
using namespace polity::testing;

namespace {

void ExpectHas(const std::string& html, const std::string& part) {
    INFO("expected: " << part);
    CHECK(html.find(part) != std::string::npos);
}

void ExpectLacks(const std::string& html, const std::string& part) {
    INFO("unexpected: " << part);
    CHECK(html.find(part) == std::string::npos);
}

std::string Render(const Dataset& data, const char* lang, bool standalone = true) {
    HtmlOptions options;
    options.lang = lang;
    options.standalone = standalone;
    return RenderHtml(data, options);
}

// Every id="..." value, in order.
std::vector<std::string> Ids(const std::string& html) {
    std::vector<std::string> ids;
    for (std::size_t at = html.find(" id=\""); at != std::string::npos; at = html.find(" id=\"", at + 1)) {
        const std::size_t start = at + 5;
        ids.push_back(html.substr(start, html.find('"', start) - start));
    }
    return ids;
}

// The name of every tag that opens or closes ("a", "/a", "!DOCTYPE").
std::set<std::string> TagNames(const std::string& html) {
    std::set<std::string> names;
    for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
        std::size_t end = at + 1;
        while (end < html.size() && (std::isalnum(static_cast<unsigned char>(html[end])) || html[end] == '/' || html[end] == '!')) ++end;
        names.insert(html.substr(at + 1, end - at - 1));
    }
    return names;
}

std::size_t Count(const std::string& html, const std::string& part) {
    std::size_t n = 0;
    for (std::size_t at = html.find(part); at != std::string::npos; at = html.find(part, at + 1)) ++n;
    return n;
}

// The tags the twin writes; anything else in the output would have come from the data.
const std::set<std::string> kOurTags = {
    "!DOCTYPE", "html", "/html", "head", "/head", "meta", "title", "/title", "link", "body", "/body",
    "main", "/main", "article", "/article", "header", "/header", "nav", "/nav", "section", "/section",
    "h1", "/h1", "h2", "/h2", "h3", "/h3", "h4", "/h4", "p", "/p", "ul", "/ul", "ol", "/ol", "li", "/li",
    "dl", "/dl", "dt", "/dt", "dd", "/dd", "a", "/a", "span", "/span", "strong", "/strong", "q", "/q",
    "time", "/time", "table", "/table", "caption", "/caption", "thead", "/thead", "tbody", "/tbody",
    "tr", "/tr", "th", "/th", "td", "/td", "br", "figure", "/figure", "figcaption", "/figcaption",
    "blockquote", "/blockquote", "cite", "/cite"};

// The links of the list of class `cls` in the article of entity `id`, in order; empty for no list.
std::vector<std::string> ListedIn(const std::string& html, const std::string& id, const std::string& cls) {
    const std::size_t article = html.find("<article id=\"" + id + "\"");
    const std::size_t end = html.find("</article>", article);
    const std::size_t list = html.find("<ul class=\"" + cls + "\">", article);
    std::vector<std::string> ids;
    if (article == std::string::npos || list == std::string::npos || list > end) return ids;
    const std::size_t list_end = html.find("</ul>", list);
    for (std::size_t at = html.find("<li><a href=\"#", list); at < list_end; at = html.find("<li><a href=\"#", at + 1)) {
        const std::size_t start = at + 14;
        ids.push_back(html.substr(start, html.find('"', start) - start));
    }
    return ids;
}

} // namespace

TEST_CASE("escaping covers the five characters that matter in HTML") {
    CHECK(EscapeHtml("<a href=\"x\">Tom & Jerry's</a>") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    CHECK(EscapeHtml("Омбудсмен — 7\u00A0000") == "Омбудсмен — 7\u00A0000");
}

TEST_CASE("the twin is a document with a title, a dek, contents and one section per kind") {
    const std::string html = Render(MakeSmallDataset(), "en");
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
    ExpectHas(html, "<title>Constitutional reform, small test set</title>");
    ExpectHas(html, "<main class=\"polity-twin\">\n<header>\n<h1>Constitutional reform, small test set</h1>");
    ExpectHas(html, "<p class=\"meta\">Data checked: <time datetime=\"2024-02-01\">1 February 2024</time></p>");
    ExpectHas(html, "<nav aria-label=\"Contents\">");
    for (const char* section : {"institutions", "reforms", "timeline", "people", "quotes", "figures", "sources"}) {
        ExpectHas(html, std::string("<section id=\"polity_") + section + "\">\n<h2>");
        ExpectHas(html, std::string("<li><a href=\"#polity_") + section + "\">");
    }
    CHECK(Count(html, "<h1>") == 1);
    CHECK(html.size() > 1000);
}

TEST_CASE("every entity has exactly one element with its id, so #id deep-links to it") {
    const Dataset data = MakeSmallDataset();
    const std::vector<std::string> ids = Ids(Render(data, "en"));
    const std::set<std::string> unique(ids.begin(), ids.end());
    CHECK(unique.size() == ids.size());
    for (const Entity& e : data.entities) {
        INFO(e.id);
        CHECK(std::count(ids.begin(), ids.end(), e.id) == 1);
    }
}

TEST_CASE("an institution lists what changed, its people, quotes, figures and sources") {
    const std::string html = Render(MakeSmallDataset(), "en");
    ExpectHas(html, "<article id=\"ombudsman\" class=\"institution\">\n<h3>Human Rights Commissioner <span class=\"short\">(Ombudsman)</span></h3>");
    ExpectHas(html, "<h4>What changed</h4>");
    ExpectHas(html, "<li><strong>Status</strong> \u2014 <a href=\"#reform-2022\">Constitutional reform of 2022</a>, "
                    "<time datetime=\"2022-06-05\">5 June 2022</time>\n<dl class=\"change\"><dt>After</dt><dd>Set by the Constitution</dd></dl></li>");
    ExpectHas(html, "<li><a href=\"#lastayev\">Artur Lastayev</a>, Ombudsman</li>");
    ExpectHas(html, "<li><a href=\"#ombudsman-appeals\">Appeals to the ombudsman</a>: nearly 7,000 appeals a year</li>");
    ExpectHas(html, "<p class=\"sources\">Source: <a href=\"#src-law\">Constitutional Law on the Commissioner</a></p>");
}

TEST_CASE("a reform has its date, how it was adopted, and a table of changes with scoped headers") {
    const std::string html = Render(MakeSmallDataset(), "en");
    ExpectHas(html, "<p class=\"when\"><time datetime=\"2022-06-05\">5 June 2022</time> \u00B7 Adopted by referendum</p>");
    ExpectHas(html, "<table class=\"changes\">\n<caption>What changed</caption>\n<thead><tr><th scope=\"col\">Topic</th>"
                    "<th scope=\"col\">Before</th><th scope=\"col\">After</th></tr></thead>");
    ExpectHas(html, "<tr><th scope=\"row\">Status<br><a href=\"#ombudsman\">Human Rights Commissioner</a></th>\n<td>\u2014</td>");
    // This change cites another source than its reform, so the cell cites it.
    ExpectHas(html, "<td>Set by the Constitution<p class=\"sources\">Source: <a href=\"#src-news\">Interview</a></p>\n</td></tr>");
}

TEST_CASE("the timeline is an ordered list of machine-readable dates, partial dates included") {
    const std::string html = Render(MakeSmallDataset(), "en");
    ExpectHas(html, "<ol class=\"timeline\">");
    ExpectHas(html, "<li id=\"referendum-2022\" class=\"event\">\n<p class=\"when\"><time datetime=\"2022-06-05\">5 June 2022</time> <strong>Referendum</strong></p>");
    ExpectHas(html, "<li id=\"june-2022\" class=\"event\">\n<p class=\"when\"><time datetime=\"2022-06\">June 2022</time> <strong>");
    ExpectHas(html, "<li id=\"year-2022\" class=\"event\">\n<p class=\"when\"><time datetime=\"2022\">2022</time> <strong>");
    ExpectHas(html, "<li><p class=\"when\"><time datetime=\"1995-08-30\">30 August 1995</time> <a href=\"#reform-1995\">");
    ExpectLacks(html, "<a href=\"#src-law\">Constitutional Law on the Commissioner</a></p></li>");   // sources stay out
    CHECK(html.find("datetime=\"1995\"") < html.find("datetime=\"2022\""));
    CHECK(html.find("datetime=\"2022\"") < html.find("datetime=\"2022-06\""));
}

TEST_CASE("a quote is a figure: blockquote, then who said it and the cited source") {
    const std::string html = Render(MakeSmallDataset(), "en");
    ExpectHas(html, "<figure id=\"quote-lastayev\" class=\"quote\">\n<blockquote><p>The ombudsman now has constitutional status</p></blockquote>\n"
                    "<figcaption>\u2014 <a href=\"#lastayev\">Artur Lastayev</a>, Ombudsman, <cite><a href=\"#src-news\">Interview</a></cite>, "
                    "<time datetime=\"2022-06-10\">10 June 2022</time></figcaption>\n</figure>");
}

TEST_CASE("figures are tables with the unit in the caption and the source's qualifier words") {
    const std::string html = Render(MakeSmallDataset(), "en");
    ExpectHas(html, "<table class=\"figures\">\n<caption>Unit: appeals a year</caption>");
    ExpectHas(html, "<tr><th scope=\"row\"><time datetime=\"2023\">2023</time></th><td class=\"num\">nearly 7,000</td>");
    ExpectHas(html, "<p class=\"subject\">Related: <a href=\"#ombudsman\">Human Rights Commissioner</a></p>");
}

TEST_CASE("the page language is set, and text in another language carries its own") {
    const std::string html = Render(MakeSmallDataset(), "ru");
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"ru\">", 0) == 0);
    ExpectHas(html, "<h2>Институты</h2>");
    ExpectHas(html, "<h3>Уполномоченный по правам человека <span class=\"short\">(Омбудсмен)</span></h3>");  // in Russian: no lang
    ExpectHas(html, "<h3><span lang=\"en\">Supreme Court</span></h3>");                                    // English only
    ExpectHas(html, "<time datetime=\"2022-06-05\">5 июня 2022</time>");
    ExpectHas(html, "<td class=\"num\">почти 7\u00A0000</td>");
    ExpectHas(html, "Принята на референдуме");
    const std::string kk = Render(MakeSmallDataset(), "kk");
    ExpectHas(kk, "<td class=\"num\">7\u00A0000-ға жуық</td>");
    ExpectHas(kk, "<time datetime=\"2022-06-05\">5 маусым 2022</time>");
    CHECK(Render(MakeSmallDataset(), "de").rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);  // not spoken: English
}

TEST_CASE("a translated quote is marked as one, with the original kept in its language") {
    Dataset data = MakeSmallDataset();
    data.quotes[data.At(Id(data, "quote-lastayev")).detail].language = "en";
    data.entities[Id(data, "quote-lastayev")].name.Set("ru", "Омбудсмен теперь имеет конституционный статус");
    const std::string ru = Render(data, "ru");
    ExpectHas(ru, "<blockquote class=\"translation\"><p>Омбудсмен теперь имеет конституционный статус</p></blockquote>\n"
                  "<p class=\"translation-note\">Перевод. Язык оригинала: английский</p>\n"
                  "<blockquote class=\"original\" lang=\"en\"><p>The ombudsman now has constitutional status</p></blockquote>");
    // Without a Kazakh translation the original is shown, marked as English, and no translation note.
    const std::string kk = Render(data, "kk");
    ExpectHas(kk, "<blockquote lang=\"en\"><p>The ombudsman now has constitutional status</p></blockquote>");
    ExpectLacks(kk, "translation-note");
    ExpectLacks(Render(data, "en"), "translation-note");
}

TEST_CASE("a fragment is one article in its own language, without a document around it") {
    const std::string html = Render(MakeSmallDataset(), "kk", false);
    CHECK(html.rfind("<article class=\"polity-twin\" lang=\"kk\">\n<header>", 0) == 0);
    ExpectLacks(html, "<html");
    ExpectLacks(html, "<main");
    ExpectLacks(html, "<head>");
    CHECK(html.size() > 6);
    CHECK(html.compare(html.size() - 11, 11, "</article>\n") == 0);
}

TEST_CASE("hostile strings in a dataset come out as text, never as markup or script") {
    DatasetBuilder b;
    b.data.meta.title = En("<script>alert(1)</script>");
    b.data.meta.dek = En("\" onmouseover=\"alert(2)");
    b.data.meta.licence = En("<img src=x onerror=alert(3)>");
    b.data.meta.languages = {"en"};
    const Index evil = b.Add(Kind::Institution, "x\" onmouseover=\"alert(4)", En("<b onclick='alert(5)'>Court</b>"), D(2020));
    b.At("x\" onmouseover=\"alert(4)").description = En("A & B < C > D \" E ' F");
    const Index bad_source = b.Add(Kind::Source, "bad-source", En("</a><script>alert(6)</script>"), D(2021));
    const Index good_source = b.Add(Kind::Source, "good-source", En("Fine"), D(2021));
    b.data.sources[b.data.At(bad_source).detail].url = "javascript:alert(7)";
    b.data.sources[b.data.At(bad_source).detail].publisher = En("\"><svg onload=alert(8)>");
    b.data.sources[b.data.At(good_source).detail].url = "https://example.org/?a=1&b='x'";
    b.data.entities[evil].sources = {bad_source, good_source};
    HtmlOptions options;
    options.stylesheet = "\"><script>alert(9)</script>";
    const std::string html = RenderHtml(b.data, options);

    for (const std::string& tag : TagNames(html)) {
        INFO("tag: " << tag);
        CHECK(kOurTags.count(tag) == 1);
    }
    ExpectLacks(html, "<script");
    ExpectLacks(html, "onmouseover=\"");
    ExpectLacks(html, "onclick='");
    ExpectLacks(html, "javascript:");
    ExpectHas(html, "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>");
    ExpectHas(html, "<article id=\"x&quot; onmouseover=&quot;alert(4)\" class=\"institution\">");
    ExpectHas(html, "<p>A &amp; B &lt; C &gt; D &quot; E &#39; F</p>");
    ExpectHas(html, "<cite>&lt;/a&gt;&lt;script&gt;alert(6)&lt;/script&gt;</cite>, &quot;&gt;&lt;svg onload=alert(8)&gt;");
    ExpectHas(html, "<a href=\"https://example.org/?a=1&amp;b=&#39;x&#39;\" rel=\"noopener noreferrer\">Fine</a>");
    ExpectHas(html, "<link rel=\"stylesheet\" href=\"&quot;&gt;&lt;script&gt;alert(9)&lt;/script&gt;\">");
}

TEST_CASE("the shipped dataset renders in every language with unique ids and balanced sections") {
    const LoadResult r = LoadDatasetFile(std::string(POLITY_SOURCE_DIR) + "/data/kazakhstan-constitution.json");
    REQUIRE(r.ok());
    for (const char* lang : {"en", "ru", "kk"}) {
        CAPTURE(lang);
        const std::string html = Render(*r.dataset, lang);
        const std::vector<std::string> ids = Ids(html);
        CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
        for (const Entity& e : r.dataset->entities) CHECK(std::count(ids.begin(), ids.end(), e.id) == 1);
        for (const char* tag : {"section", "article", "table", "figure", "blockquote", "ol", "ul", "dl", "p"})
            CHECK(Count(html, std::string("<") + tag + ">") + Count(html, std::string("<") + tag + " ") ==
                  Count(html, std::string("</") + tag + ">"));
        for (const std::string& tag : TagNames(html)) CHECK(kOurTags.count(tag) == 1);
        ExpectHas(html, "<article id=\"ombudsman\" class=\"institution\">");
    }
}

TEST_CASE("html: an institution's quotes are the panel's: about it, then what its people said") {
    const LoadResult r = LoadDatasetFile(std::string(POLITY_SOURCE_DIR) + "/data/kazakhstan-constitution.json");
    REQUIRE(r.ok());
    const Dataset& data = *r.dataset;
    const std::string html = Render(data, "en");
    // No quote is about the office; its head's words are what was said for it.
    CHECK(ListedIn(html, "ombudsman", "quotes") == std::vector<std::string>{"quote-lastayev-democratic-maturity"});
    CHECK(ListedIn(html, "scientific-expert-council", "quotes") ==
          std::vector<std::string>{"quote-shaukenova-engaged-citizens", "quote-shaukenova-trust", "quote-shaukenova-single-term"});
    const RelationIndex relations = IndexRelations(data);
    for (Index i : InstitutionsIn(data, "")) {
        CAPTURE(data.At(i).id);
        std::vector<std::string> expected;
        for (Index q : GatherFacts(data, relations, i).quotes) expected.push_back(data.At(q).id);
        CHECK(ListedIn(html, data.At(i).id, "quotes") == expected);
    }
}

TEST_CASE("html: every quote the twin names, in a link or its own section, is whole") {
    const LoadResult r = LoadDatasetFile(std::string(POLITY_SOURCE_DIR) + "/data/kazakhstan-constitution.json");
    REQUIRE(r.ok());
    for (const char* lang : {"en", "ru", "kk"}) {
        CAPTURE(lang);
        const std::string html = Render(*r.dataset, lang);
        for (std::size_t at = html.find("<q"); at != std::string::npos; at = html.find("<q", at + 1)) {
            const std::size_t end = html.find("</q>", at);
            REQUIRE(end != std::string::npos);
            ExpectLacks(html.substr(at, end - at), "\u2026");   // never shortened with "…"
        }
    }
}

TEST_CASE("html: a bounded twin holds the first items of each section and says how many it left out") {
    const LoadResult r = LoadDatasetFile(std::string(POLITY_SOURCE_DIR) + "/data/kazakhstan-constitution.json");
    REQUIRE(r.ok());
    const std::size_t events = StoryTimeline(*r.dataset).size();  // what the timeline plots, merged marks as one
    REQUIRE(events > 2);
    HtmlOptions options;
    options.lang = "ru";
    options.standalone = false;
    options.max_per_section = 2;
    const std::string html = RenderHtml(*r.dataset, options);
    const std::size_t timeline_at = html.find("<ol class=\"timeline\">");
    REQUIRE(timeline_at != std::string::npos);
    const std::string list = html.substr(timeline_at, html.find("</ol>", timeline_at) - timeline_at);
    CHECK(Count(list, "<li") == 2);
    ExpectHas(html, "</ol>\n<p class=\"more\">Здесь показаны первые 2 из " + std::to_string(events) +
                    ". <button type=\"button\" data-twin-all>Показать все</button></p>\n</section>");
    for (const char* id : {"polity_institutions", "polity_reforms", "polity_people"}) {
        CAPTURE(id);
        const std::size_t at = html.find(std::string("<section id=\"") + id + "\">");
        REQUIRE(at != std::string::npos);
        CHECK(Count(html.substr(at, html.find("</section>", at) - at), "<article id=") <= 2);
    }
    options.max_per_section = 0;
    const std::string whole = RenderHtml(*r.dataset, options);
    ExpectLacks(whole, "data-twin-all");
    for (const Entity& e : r.dataset->entities) CHECK(Count(whole, " id=\"" + e.id + "\"") == 1);
}

TEST_CASE("html: a standalone page links its other languages, each named in its own language") {
    const Dataset data = MakeSmallDataset();
    HtmlOptions options;
    options.lang = "ru";
    options.alternates = {{"en", "twin.html"}, {"kk", "twin-kk.html"}};
    options.app_href = "./#lang=ru";
    const std::string html = RenderHtml(data, options);
    ExpectHas(html, "<link rel=\"alternate\" hreflang=\"kk\" href=\"twin-kk.html\">");
    ExpectHas(html, "<nav class=\"languages\" aria-label=\"Язык\">");
    ExpectHas(html, "<a href=\"twin-kk.html\" hreflang=\"kk\" lang=\"kk\">Қазақша</a>");
    ExpectHas(html, "<a href=\"./#lang=ru\">Интерактивная версия (нужен JavaScript)</a>");
    options.standalone = false;                       // a fragment has no menu: its page has one
    ExpectLacks(RenderHtml(data, options), "class=\"languages\"");
}
