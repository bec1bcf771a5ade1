// Polity Explorer — the semantic HTML twin (polity/html.hpp): the document around the
// sections, the header about the dataset, the contents, the timeline and the sources.
// Institutions, reforms and people are in html_entities.cpp; quotes and figures in
// html_quotes.cpp; the helpers they share in html_writer.cpp.
//
// Index of this file
// [SECTION] Timeline
// [SECTION] Sources
// [SECTION] Header and contents
// [SECTION] Document

#include "polity/html.hpp"

#include "html_writer.hpp"
#include "polity/query.hpp"

#include <algorithm>

namespace polity::html {

//-----------------------------------------------------------------------------
// [SECTION] Timeline
// What the widget's timeline plots (StoryTimeline: no sources, no quotes; a reform and the event
// that enacted it that day as one item, the event's), in date order with a year before its months.
// Events live only here, so their items carry their ids; other items link to their article.
//-----------------------------------------------------------------------------

namespace {

// What the timeline plots (a merged reform shows as its event, which links the reform),
// unordered: OrderFirst sorts only the items a page shows.
std::vector<Index> TimelineEntries(const Dataset& data) {
    std::vector<Index> out;
    for (const TimelineEntry& e : StoryTimelineUnordered(data)) out.push_back(e.also != kNone ? e.also : e.item);
    return out;
}

// The first `count` of `entries` in timeline order, the rest after them in any order: a bounded
// twin of 100,000 events sorts only what it shows.
void OrderFirst(const Dataset& data, std::vector<Index>& entries, std::size_t count) {
    const auto before = [&](Index a, Index b) { return TimelineBefore(data, a, b); };
    if (count >= entries.size()) std::sort(entries.begin(), entries.end(), before);
    else std::partial_sort(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(count), entries.end(), before);
}

void EventItem(Page& page, Index i) {
    const Entity& e = page.data.At(i);
    page.Put("<li" + IdAttr(e) + " class=\"event\">\n<p class=\"when\">" + TimeSpan(page, e.date, e.end) +
             " <strong>" + Inline(page, e.name) + "</strong></p>\n");
    Block(page, "p", e.description);
    std::string related;
    for (Index r : Linked(page, i, KindBit(Kind::Reform) | KindBit(Kind::Institution)))
        related += (related.empty() ? "" : ", ") + LinkTo(page, r);
    if (!related.empty()) page.Put(std::string("<p class=\"related\">") + page.Word(UiString::Related) + ": " + related + "</p>\n");
    SourcesLine(page, e.sources);
    page.Put("</li>\n");
}

// An event in full; any other dated entity as its date and a link to its article.
void TimelineItem(Page& page, Index i) {
    const Entity& e = page.data.At(i);
    if (e.kind == Kind::Event) EventItem(page, i);
    else page.Put("<li><p class=\"when\">" + TimeSpan(page, e.date, e.end) + " " + LinkTo(page, i) + "</p></li>\n");
}

} // namespace

void WriteTimeline(Page& page) {
    std::vector<Index> entries = TimelineEntries(page.data);
    if (entries.empty()) return;
    OrderFirst(page.data, entries, page.limit > 0 ? page.limit : entries.size());
    OpenSection(page, "polity_timeline", UiString::Timeline);
    page.Put("<ol class=\"timeline\">\n");
    WriteItems(page, entries, TimelineItem);
    page.Put("</ol>\n");
    MoreNote(page, entries.size());
    CloseSection(page);
}

//-----------------------------------------------------------------------------
// [SECTION] Sources
//-----------------------------------------------------------------------------

namespace {

void SourceItem(Page& page, Index i) {
    const Entity& e = page.data.At(i);
    const Source& s = page.data.SourceOf(i);
    page.Put("<li" + IdAttr(e) + ">\n<p><cite>" + ExternalLink(s.url, Inline(page, e.name)) + "</cite>");
    if (!s.publisher.empty()) page.Put(", " + Inline(page, s.publisher));
    if (!s.place.empty()) page.Put(", " + Inline(page, s.place));
    if (e.date.IsSet()) page.Put(", " + TimeTag(page, e.date));
    page.Put("</p>\n");
    const std::string* used = nullptr;
    const std::string& excerpt = Localize(s.excerpt, page.order, &used);
    if (!excerpt.empty()) page.Put("<blockquote" + LangAttr(page, used) + "><p>" + EscapeHtml(excerpt) + "</p></blockquote>\n");
    page.Put("</li>\n");
}

} // namespace

void WriteSources(Page& page) {
    const std::vector<Index> sources = EntitiesOf(page.data, Kind::Source);
    if (sources.empty()) return;
    OpenSection(page, "polity_sources", UiString::Sources);
    page.Put("<ol class=\"sources\">\n");
    WriteItems(page, sources, SourceItem);
    page.Put("</ol>\n");
    MoreNote(page, sources.size());
    CloseSection(page);
}

//-----------------------------------------------------------------------------
// [SECTION] Header and contents
//-----------------------------------------------------------------------------

namespace {

struct SectionEntry {
    const char* id;
    UiString title;
    bool present;
    void (*write)(Page&);
};

// The sections in reading order: the institutions first, as the widget opens on them.
std::vector<SectionEntry> Sections(const Dataset& data) {
    return {
        {"polity_institutions", UiString::Institutions, data.Count(Kind::Institution) > 0, WriteInstitutions},
        {"polity_reforms", UiString::Reforms, data.Count(Kind::Reform) > 0, WriteReforms},
        {"polity_timeline", UiString::Timeline, !TimelineEntries(data).empty(), WriteTimeline},
        {"polity_people", UiString::People, data.Count(Kind::Person) > 0, WritePeople},
        {"polity_quotes", UiString::Quotes, data.Count(Kind::Quote) > 0, WriteQuotes},
        {"polity_figures", UiString::Figures, data.Count(Kind::Metric) > 0, WriteFigures},
        {"polity_sources", UiString::Sources, data.Count(Kind::Source) > 0, WriteSources},
    };
}

void WriteHeader(Page& page) {
    const Meta& meta = page.data.meta;
    page.Put("<header>\n");
    Block(page, "h1", meta.title);
    Block(page, "p", meta.dek, "dek");
    if (meta.date.IsSet())
        page.Put(std::string("<p class=\"meta\">") + page.Word(UiString::DataChecked) + ": " + TimeTag(page, meta.date) + "</p>\n");
    Block(page, "p", meta.credit, "meta");
    if (!meta.licence.empty())
        page.Put(std::string("<p class=\"meta\">") + page.Word(UiString::Licence) + ": " + Inline(page, meta.licence) + "</p>\n");
    SourcesLine(page, meta.sources);
    page.Put("</header>\n");
}

void WriteContents(Page& page, const std::vector<SectionEntry>& sections) {
    page.Put(std::string("<nav aria-label=\"") + page.Word(UiString::Contents) + "\">\n<ul>\n");
    for (const SectionEntry& s : sections)
        if (s.present) page.Put(std::string("<li><a href=\"#") + s.id + "\">" + page.Word(s.title) + "</a></li>\n");
    page.Put("</ul>\n</nav>\n");
}

void WriteBody(Page& page) {
    const std::vector<SectionEntry> sections = Sections(page.data);
    WriteHeader(page);
    WriteContents(page, sections);
    for (const SectionEntry& s : sections)
        if (s.present) s.write(page);
}

//-----------------------------------------------------------------------------
// [SECTION] Document
//-----------------------------------------------------------------------------

void WriteHead(Page& page, const HtmlOptions& options) {
    const Meta& meta = page.data.meta;
    page.Put("<!DOCTYPE html>\n<html lang=\"" + page.lang + "\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.Put("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.Put("<title>" + EscapeHtml(Localize(meta.title, page.order)) + "</title>\n");
    const std::string& dek = Localize(meta.dek, page.order);
    if (!dek.empty()) page.Put("<meta name=\"description\" content=\"" + EscapeHtml(dek) + "\">\n");
    page.Put("<meta name=\"generator\" content=\"Polity Explorer\">\n");
    if (!options.stylesheet.empty()) page.Put("<link rel=\"stylesheet\" href=\"" + EscapeHtml(options.stylesheet) + "\">\n");
    for (const HtmlAlternate& a : options.alternates)
        page.Put("<link rel=\"alternate\" hreflang=\"" + EscapeHtml(a.lang) + "\" href=\"" + EscapeHtml(a.href) + "\">\n");
    page.Put("</head>\n<body>\n");
}

// The other languages, each in its own name and language, and the way to the interactive
// explorer: what a reader who landed here without JavaScript needs first.
void WriteWayfinding(Page& page, const HtmlOptions& options) {
    if (!options.alternates.empty()) {
        page.Put(std::string("<nav class=\"languages\" aria-label=\"") + page.Word(UiString::Language) + "\">\n<ul>\n");
        for (const HtmlAlternate& a : options.alternates) {
            const std::string lang = EscapeHtml(a.lang);
            Lang known = Lang::En;
            const std::string name = ParseLang(a.lang, &known) ? LangEndonym(known) : lang;
            page.Put("<li><a href=\"" + EscapeHtml(a.href) + "\" hreflang=\"" + lang + "\" lang=\"" + lang + "\">" + name +
                     "</a></li>\n");
        }
        page.Put("</ul>\n</nav>\n");
    }
    if (!options.app_href.empty())
        page.Put("<p class=\"interactive\"><a href=\"" + EscapeHtml(options.app_href) + "\">" +
                 page.Word(UiString::InteractiveVersion) + "</a></p>\n");
}

} // namespace

} // namespace polity::html

namespace polity {

std::string RenderHtml(const Dataset& data, const HtmlOptions& options) {
    html::Page page(data, LangFromCode(options.lang));
    page.limit = options.max_per_section;
    if (options.standalone) {
        html::WriteHead(page, options);
        page.Put("<main class=\"polity-twin\">\n");
        html::WriteWayfinding(page, options);
        html::WriteBody(page);
        page.Put("</main>\n</body>\n</html>\n");
    } else {
        // A host page has its own <main>; the fragment is one self-contained article.
        page.Put("<article class=\"polity-twin\" lang=\"" + page.lang + "\">\n");
        html::WriteBody(page);
        page.Put("</article>\n");
    }
    return std::move(page.out);
}

} // namespace polity
