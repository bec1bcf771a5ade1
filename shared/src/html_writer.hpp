// Polity Explorer — internals of the HTML twin (polity/html.hpp): the page being written and
// the small helpers every section uses. Not a public header.
//
// Index of this file
// [SECTION] Page
// [SECTION] Text and attributes
// [SECTION] Links, dates and source lines
// [SECTION] Sections (one function per section, in html_*.cpp)
//
// Rule for every helper here: what comes from the dataset is escaped on the way in; what a
// helper returns is HTML, ready to append.
#pragma once

#include "polity/html.hpp"
#include "polity/i18n.hpp"
#include "polity/model.hpp"
#include "polity/query.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace polity::html {

//-----------------------------------------------------------------------------
// [SECTION] Page
//-----------------------------------------------------------------------------

// Everything a section needs to write itself: the model (not owned), the reader's languages,
// and the growing output.
struct Page {
    const Dataset& data;
    Lang ui = Lang::En;          // the interface words' language
    std::string lang;            // the page's language code, LangCode(ui)
    LanguageOrder order;         // for dataset texts: ui first, then the dataset's languages
    std::string out;             // the HTML so far
    std::size_t limit = 0;       // items per section (HtmlOptions::max_per_section), 0: all
    // Made once: asked item by item, the model scans every relation and every change each time
    // (quadratic on a large dataset).
    RelationIndex relations;                          // IndexRelations
    std::vector<std::vector<ChangeRef>> changes_to;   // ChangesToEach

    Page(const Dataset& dataset, Lang language);
    void Put(std::string_view html) { out += html; }
    const char* Word(UiString id) const { return Tr(id, ui); }
};

// The entities of one kind, in file order.
std::vector<Index> EntitiesOf(const Dataset& data, Kind kind);
// polity::Linked over the page's relations.
std::vector<Index> Linked(const Page& page, Index i, std::uint32_t kinds);

//-----------------------------------------------------------------------------
// [SECTION] Text and attributes
//-----------------------------------------------------------------------------

// ` lang="xx"` when the text used is not in the page's language, else "".
std::string LangAttr(const Page& page, const std::string* used_lang);
// The text in the reader's language, escaped; in a <span lang> when in another language.
std::string Inline(const Page& page, const Text& text);
// <tag class="cls" lang="..">text</tag> for a non-empty text; nothing for an empty one.
void Block(Page& page, const char* tag, const Text& text, std::string_view cls = {});
// ` id="..."` for an entity.
std::string IdAttr(const Entity& e);

//-----------------------------------------------------------------------------
// [SECTION] Links, dates and source lines
//-----------------------------------------------------------------------------

// <a href="#id">name</a>; a quote is named by the start of its words. Unknown index: "".
std::string LinkTo(const Page& page, Index i);
// <a href="url" rel="noopener noreferrer">inner</a> for an http(s) URL; `inner` alone otherwise.
std::string ExternalLink(std::string_view url, const std::string& inner_html);
// <time datetime="2022-06-05">5 June 2022</time>; a span writes two, joined by a dash.
std::string TimeTag(const Page& page, Date date);
std::string TimeSpan(const Page& page, Date from, Date to);
// <p class="sources">Sources: <a href="#id">title</a>, ...</p>; nothing for no sources.
void SourcesLine(Page& page, const std::vector<Index>& sources);
// <hN>word</hN>
void Heading(Page& page, int level, UiString word);
// A person's role, in the reader's language: the one at `institution` if any, else the first.
std::string RoleOf(const Page& page, Index person, Index institution = kNone);

//-----------------------------------------------------------------------------
// [SECTION] Sections
// Each writes one <section id="polity_..."> with an h2, or nothing when it has no entities.
//-----------------------------------------------------------------------------

void WriteInstitutions(Page& page);  // html_entities.cpp
void WriteReforms(Page& page);       // html_entities.cpp
void WritePeople(Page& page);        // html_entities.cpp
void WriteQuotes(Page& page);        // html_quotes.cpp
void WriteFigures(Page& page);       // html_quotes.cpp
void WriteTimeline(Page& page);      // html.cpp
void WriteSources(Page& page);       // html.cpp

// Opens a section with its id and heading; CloseSection ends it.
void OpenSection(Page& page, const char* id, UiString title);
void CloseSection(Page& page);
// A section's items, each with `write`: all of them, or the first page.limit. MoreNote, after
// them, says how many of `total` are shown and offers the rest; nothing when all are shown.
void WriteItems(Page& page, const std::vector<Index>& items, void (*write)(Page&, Index));
void MoreNote(Page& page, std::size_t total);

} // namespace polity::html
