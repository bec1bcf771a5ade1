// Polity Explorer — the HTML twin's building blocks: escaping, language attributes,
// links, dates and source lines. Every dataset string passes through EscapeHtml here.
//
// Index of this file
// [SECTION] Escaping
// [SECTION] Page and entity lists
// [SECTION] Text and attributes
// [SECTION] Links, dates and source lines

#include "html_writer.hpp"

#include "polity/html.hpp"
#include "polity/link.hpp"
#include "polity/query.hpp"

#include <algorithm>

namespace polity {

//-----------------------------------------------------------------------------
// [SECTION] Escaping
//-----------------------------------------------------------------------------

std::string EscapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out.push_back(c);
        }
    }
    return out;
}

} // namespace polity

namespace polity::html {

//-----------------------------------------------------------------------------
// [SECTION] Page and entity lists
//-----------------------------------------------------------------------------

Page::Page(const Dataset& dataset, Lang language)
    : data(dataset), ui(language), lang(LangCode(language)), order(MakeLanguageOrder(lang, dataset.meta.languages)),
      relations(IndexRelations(dataset)), changes_to(ChangesToEach(dataset)) {}

std::vector<Index> EntitiesOf(const Dataset& data, Kind kind) {
    std::vector<Index> out;
    for (Index i = 0; i < data.entities.size(); ++i)
        if (data.entities[i].kind == kind) out.push_back(i);
    return out;
}

std::vector<Index> Linked(const Page& page, Index i, std::uint32_t kinds) {
    return polity::Linked(page.data, page.relations, i, kinds);
}

//-----------------------------------------------------------------------------
// [SECTION] Text and attributes
//-----------------------------------------------------------------------------

std::string LangAttr(const Page& page, const std::string* used_lang) {
    if (!used_lang || *used_lang == page.lang) return {};
    return " lang=\"" + EscapeHtml(*used_lang) + "\"";
}

std::string Inline(const Page& page, const Text& text) {
    const std::string* used = nullptr;
    const std::string& value = Localize(text, page.order, &used);
    const std::string attr = LangAttr(page, used);
    if (attr.empty()) return EscapeHtml(value);
    return "<span" + attr + ">" + EscapeHtml(value) + "</span>";
}

void Block(Page& page, const char* tag, const Text& text, std::string_view cls) {
    const std::string* used = nullptr;
    const std::string& value = Localize(text, page.order, &used);
    if (value.empty()) return;
    page.Put("<");
    page.Put(tag);
    if (!cls.empty()) page.Put(" class=\"" + EscapeHtml(cls) + "\"");
    page.Put(LangAttr(page, used) + ">" + EscapeHtml(value) + "</" + tag + ">\n");
}

std::string IdAttr(const Entity& e) {
    return " id=\"" + EscapeHtml(e.id) + "\"";
}

//-----------------------------------------------------------------------------
// [SECTION] Links, dates and source lines
//-----------------------------------------------------------------------------

std::string LinkTo(const Page& page, Index i) {
    if (i >= page.data.entities.size()) return {};
    const Entity& e = page.data.At(i);
    std::string label = Inline(page, e.name);
    if (e.kind == Kind::Quote) {   // a quote's "name" is its words, in quotes and whole: a quote is never shortened
        const std::string* used = nullptr;
        const std::string& words = Localize(e.name, page.order, &used);
        label = "<q" + LangAttr(page, used) + ">" + EscapeHtml(words) + "</q>";
    }
    return "<a href=\"#" + EscapeHtml(e.id) + "\">" + label + "</a>";
}

std::string ExternalLink(std::string_view url, const std::string& inner_html) {
    if (!IsWebLink(url)) return inner_html;
    return "<a href=\"" + EscapeHtml(url) + "\" rel=\"noopener noreferrer\">" + inner_html + "</a>";
}

std::string TimeTag(const Page& page, Date date) {
    if (!date.IsSet()) return {};
    return "<time datetime=\"" + date.ToString() + "\">" + EscapeHtml(FormatDate(date, page.ui)) + "</time>";
}

std::string TimeSpan(const Page& page, Date from, Date to) {
    if (!to.IsSet() || to == from) return TimeTag(page, from);
    // As FormatDateSpan: "2021–2024", but "30 August 1995 – June 2022".
    const bool spaced = from.month != 0 || to.month != 0;
    return TimeTag(page, from) + (spaced ? " \u2013 " : "\u2013") + TimeTag(page, to);
}

void SourcesLine(Page& page, const std::vector<Index>& sources) {
    std::string links;
    int count = 0;
    for (Index s : sources) {
        if (s >= page.data.entities.size() || page.data.At(s).kind != Kind::Source) continue;
        links += (count++ ? ", " : "") + LinkTo(page, s);
    }
    if (count == 0) return;
    page.Put("<p class=\"sources\">");
    page.Put(page.Word(count == 1 ? UiString::Source : UiString::Sources));
    page.Put(": " + links + "</p>\n");
}

void Heading(Page& page, int level, UiString word) {
    const std::string n = std::to_string(level);
    page.Put("<h" + n + ">" + page.Word(word) + "</h" + n + ">\n");
}

std::string RoleOf(const Page& page, Index person, Index institution) {
    if (person >= page.data.entities.size() || page.data.At(person).kind != Kind::Person) return {};
    const std::vector<Role>& roles = page.data.PersonOf(person).roles;
    for (const Role& r : roles)
        if (institution != kNone && r.institution == institution) return Inline(page, r.title);
    return roles.empty() ? std::string() : Inline(page, roles.front().title);
}

void OpenSection(Page& page, const char* id, UiString title) {
    page.Put(std::string("<section id=\"") + id + "\">\n<h2>" + page.Word(title) + "</h2>\n");
}

void CloseSection(Page& page) {
    page.Put("</section>\n");
}

static bool IsCut(const Page& page, std::size_t total) { return page.limit > 0 && total > page.limit; }

void WriteItems(Page& page, const std::vector<Index>& items, void (*write)(Page&, Index)) {
    const std::size_t shown = IsCut(page, items.size()) ? page.limit : items.size();
    for (std::size_t k = 0; k < shown; ++k) write(page, items[k]);
}

void MoreNote(Page& page, std::size_t total) {
    if (!IsCut(page, total)) return;
    const std::string note = FillIn(page.Word(UiString::FirstOfShown),
                                    {FormatNumber(static_cast<double>(page.limit), page.ui),
                                     FormatNumber(static_cast<double>(total), page.ui)});
    page.Put("<p class=\"more\">" + EscapeHtml(note) + " <button type=\"button\" data-twin-all>" +
             page.Word(UiString::ShowAll) + "</button></p>\n");
}

} // namespace polity::html
