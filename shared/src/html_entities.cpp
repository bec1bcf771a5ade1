// Polity Explorer — the HTML twin's institutions, reforms and people: one <article> each, with
// what changed, who works there, what was said and the figures about it.
//
// Index of this file
// [SECTION] Shared lists
// [SECTION] Institutions
// [SECTION] Reforms
// [SECTION] People

#include "html_writer.hpp"

#include "polity/query.hpp"

#include <algorithm>

namespace polity::html {
namespace {

bool Contains(const std::vector<Index>& list, Index i) {
    return std::find(list.begin(), list.end(), i) != list.end();
}

//-----------------------------------------------------------------------------
// [SECTION] Shared lists
//-----------------------------------------------------------------------------

// <h4>word</h4><ul><li>...</li></ul>, or nothing for no items. Items are HTML already.
void ItemList(Page& page, UiString word, const std::vector<std::string>& items, const char* cls) {
    if (items.empty()) return;
    Heading(page, 4, word);
    page.Put(std::string("<ul class=\"") + cls + "\">\n");
    for (const std::string& item : items) page.Put("<li>" + item + "</li>\n");
    page.Put("</ul>\n");
}

// Links to the entities, each as a list item, under a heading.
void LinkList(Page& page, UiString word, const std::vector<Index>& entities, const char* cls) {
    std::vector<std::string> items;
    for (Index i : entities) items.push_back(LinkTo(page, i));
    ItemList(page, word, items, cls);
}

// "nearly 7,000 appeals a year": the latest figure of a metric, with its unit.
std::string LatestFigure(const Page& page, Index metric) {
    const Metric& m = page.data.MetricOf(metric);
    if (m.observations.empty()) return {};
    const std::string number = EscapeHtml(QualifiedNumber(m.observations.back(), page.ui));
    return number + " " + Inline(page, m.unit);
}

//-----------------------------------------------------------------------------
// [SECTION] Institutions
//-----------------------------------------------------------------------------

// Role and founding date, as a definition list.
void InstitutionFacts(Page& page, Index i) {
    const Institution& inst = page.data.InstitutionOf(i);
    const Date founded = page.data.At(i).date;
    if (inst.role.empty() && !founded.IsSet()) return;
    page.Put("<dl class=\"facts\">\n");
    if (!inst.role.empty()) page.Put(std::string("<dt>") + page.Word(UiString::Role) + "</dt><dd>" + Inline(page, inst.role) + "</dd>\n");
    if (founded.IsSet()) page.Put(std::string("<dt>") + page.Word(UiString::Founded) + "</dt><dd>" + TimeTag(page, founded) + "</dd>\n");
    page.Put("</dl>\n");
}

// One change seen from the institution: topic, the reform and its date, before and after.
std::string ChangeItem(const Page& page, const ChangeRef& ref) {
    const Change& c = page.data.ReformOf(ref.reform).changes[ref.change];
    std::string html = "<strong>" + Inline(page, c.topic) + "</strong> \u2014 " + LinkTo(page, ref.reform);
    const std::string when = TimeTag(page, page.data.At(ref.reform).date);
    if (!when.empty()) html += ", " + when;
    html += "\n<dl class=\"change\">";
    if (!c.before.empty()) html += std::string("<dt>") + page.Word(UiString::Before) + "</dt><dd>" + Inline(page, c.before) + "</dd>";
    html += std::string("<dt>") + page.Word(UiString::After) + "</dt><dd>" + Inline(page, c.after) + "</dd></dl>";
    return html;
}

void InstitutionPeople(Page& page, Index i) {
    std::vector<std::string> items;
    for (Index p : Linked(page, i, KindBit(Kind::Person))) {
        const std::string role = RoleOf(page, p, i);
        items.push_back(LinkTo(page, p) + (role.empty() ? "" : ", " + role));
    }
    ItemList(page, UiString::People, items, "people");
}

void InstitutionFigures(Page& page, Index i) {
    std::vector<std::string> items;
    for (Index m : Linked(page, i, KindBit(Kind::Metric))) items.push_back(LinkTo(page, m) + ": " + LatestFigure(page, m));
    ItemList(page, UiString::Figures, items, "figures");
}

// What reforms changed here; returns those reforms, so "Related" need not repeat them.
std::vector<Index> InstitutionChanges(Page& page, Index i) {
    std::vector<std::string> items;
    std::vector<Index> reforms;
    for (const ChangeRef& ref : page.changes_to[i]) {
        items.push_back(ChangeItem(page, ref));
        reforms.push_back(ref.reform);
    }
    ItemList(page, UiString::WhatChanged, items, "changes");
    return reforms;
}

void InstitutionHeading(Page& page, Index i) {
    const Entity& e = page.data.At(i);
    const Text& short_name = page.data.InstitutionOf(i).short_name;
    page.Put("<h3>" + Inline(page, e.name));
    const std::string& short_text = Localize(short_name, page.order);
    if (!short_text.empty() && short_text != Localize(e.name, page.order))
        page.Put(" <span class=\"short\">(" + Inline(page, short_name) + ")</span>");
    page.Put("</h3>\n");
}

void WriteInstitution(Page& page, Index i) {
    const Entity& e = page.data.At(i);
    page.Put("<article" + IdAttr(e) + " class=\"institution\">\n");
    InstitutionHeading(page, i);
    Block(page, "p", e.description);
    InstitutionFacts(page, i);
    const std::vector<Index> reforms = InstitutionChanges(page, i);
    InstitutionPeople(page, i);
    LinkList(page, UiString::Quotes, InstitutionQuotes(page.data, page.relations, i), "quotes");
    InstitutionFigures(page, i);
    std::vector<Index> related;
    for (Index r : Linked(page, i, KindBit(Kind::Institution) | KindBit(Kind::Reform) | KindBit(Kind::Event)))
        if (!Contains(reforms, r)) related.push_back(r);
    LinkList(page, UiString::Related, related, "related");
    SourcesLine(page, e.sources);
    page.Put("</article>\n");
}

//-----------------------------------------------------------------------------
// [SECTION] Reforms
//-----------------------------------------------------------------------------

// One row of the changes table: the topic (and the institution) heads the row.
void ChangeRow(Page& page, const Entity& reform, const Change& c) {
    page.Put("<tr><th scope=\"row\">" + Inline(page, c.topic));
    if (c.institution != kNone) page.Put("<br>" + LinkTo(page, c.institution));
    page.Put("</th>\n<td>" + (c.before.empty() ? std::string("\u2014") : Inline(page, c.before)) + "</td>\n");
    page.Put("<td>" + Inline(page, c.after));
    // The reform's own sources are cited below the table; cite a change's only when they differ.
    if (c.sources != reform.sources) SourcesLine(page, c.sources);
    page.Put("</td></tr>\n");
}

void ChangesTable(Page& page, Index i) {
    const Reform& reform = page.data.ReformOf(i);
    if (reform.changes.empty()) return;
    page.Put(std::string("<table class=\"changes\">\n<caption>") + page.Word(UiString::WhatChanged) + "</caption>\n");
    page.Put(std::string("<thead><tr><th scope=\"col\">") + page.Word(UiString::Topic) + "</th><th scope=\"col\">" +
             page.Word(UiString::Before) + "</th><th scope=\"col\">" + page.Word(UiString::After) + "</th></tr></thead>\n<tbody>\n");
    for (const Change& c : reform.changes) ChangeRow(page, page.data.At(i), c);
    page.Put("</tbody>\n</table>\n");
}

void WriteReform(Page& page, Index i) {
    const Entity& e = page.data.At(i);
    page.Put("<article" + IdAttr(e) + " class=\"reform\">\n<h3>" + Inline(page, e.name) + "</h3>\n");
    page.Put("<p class=\"when\">" + TimeTag(page, e.date) + (e.date.IsSet() ? " \u00B7 " : "") +
             page.Word(AdoptedByString(page.data.ReformOf(i).adopted_by)) + "</p>\n");
    Block(page, "p", e.description);
    ChangesTable(page, i);
    const std::uint32_t kinds = KindBit(Kind::Event) | KindBit(Kind::Person) | KindBit(Kind::Reform) | KindBit(Kind::Quote);
    LinkList(page, UiString::Related, Linked(page, i, kinds), "related");
    SourcesLine(page, e.sources);
    page.Put("</article>\n");
}

//-----------------------------------------------------------------------------
// [SECTION] People
//-----------------------------------------------------------------------------

void RoleList(Page& page, Index i) {
    const Person& person = page.data.PersonOf(i);
    if (person.roles.empty()) return;
    page.Put("<ul class=\"roles\">\n");
    for (const Role& r : person.roles) {
        page.Put("<li>" + Inline(page, r.title));
        if (r.institution != kNone) page.Put(", " + LinkTo(page, r.institution));
        page.Put("</li>\n");
    }
    page.Put("</ul>\n");
}

void WritePerson(Page& page, Index i) {
    const Entity& e = page.data.At(i);
    page.Put("<article" + IdAttr(e) + " class=\"person\">\n<h3>" + Inline(page, e.name) + "</h3>\n");
    RoleList(page, i);
    Block(page, "p", e.description);
    LinkList(page, UiString::Quotes, Linked(page, i, KindBit(Kind::Quote)), "quotes");
    std::vector<Index> role_places;
    for (const Role& r : page.data.PersonOf(i).roles) role_places.push_back(r.institution);
    std::vector<Index> related;
    const std::uint32_t kinds = KindBit(Kind::Institution) | KindBit(Kind::Reform) | KindBit(Kind::Event) | KindBit(Kind::Metric);
    for (Index r : Linked(page, i, kinds))
        if (!Contains(role_places, r)) related.push_back(r);
    LinkList(page, UiString::Related, related, "related");
    SourcesLine(page, e.sources);
    page.Put("</article>\n");
}

// A section of one article per entity of `kind`.
void WriteArticles(Page& page, Kind kind, const char* id, UiString title, void (*write)(Page&, Index)) {
    const std::vector<Index> entities = EntitiesOf(page.data, kind);
    if (entities.empty()) return;
    OpenSection(page, id, title);
    WriteItems(page, entities, write);
    MoreNote(page, entities.size());
    CloseSection(page);
}

} // namespace

void WriteInstitutions(Page& page) {
    WriteArticles(page, Kind::Institution, "polity_institutions", UiString::Institutions, WriteInstitution);
}

void WriteReforms(Page& page) {
    WriteArticles(page, Kind::Reform, "polity_reforms", UiString::Reforms, WriteReform);
}

void WritePeople(Page& page) {
    WriteArticles(page, Kind::Person, "polity_people", UiString::People, WritePerson);
}

} // namespace polity::html
