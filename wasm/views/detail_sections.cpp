// Polity Explorer widget — the detail panel's sections for each kind of entity
// (see detail_view.hpp).
#include "views/detail_view.hpp"

#include "app_state.hpp"
#include "views/figures_view.hpp"
#include "views/reforms_view.hpp"
#include "views/widgets.hpp"

#include <algorithm>

namespace polity::ui {

//-----------------------------------------------------------------------------
// [SECTION] Pieces
//-----------------------------------------------------------------------------

static void LinksSection(AppState& app, const char* label, const std::vector<Index>& items) {
    if (items.empty()) return;
    SectionLabel(label);
    ImGui::PushID(label);               // the same entity may be linked from another section
    if (items.size() <= kMaxPanelLinks) {
        EntityLinks(app, items);
    } else {
        EntityLinks(app, std::vector<Index>(items.begin(), items.begin() + kMaxPanelLinks));
        MutedText(app, UiFill(app, UiString::AndMore, {Number(app, static_cast<double>(items.size() - kMaxPanelLinks))}));
    }
    ImGui::PopID();
}

// The person's role at `institution`, else their first role, else "".
static std::string RoleOf(const AppState& app, Index person, Index institution) {
    const auto& roles = app.data->PersonOf(person).roles;
    for (const Role& r : roles)
        if (r.institution == institution) return Tr(app, r.title);
    return roles.empty() ? std::string() : Tr(app, roles.front().title);
}

static void PersonLine(AppState& app, Index person, Index institution) {
    ImGui::PushID(static_cast<int>(person));
    EntityLink(app, person);
    const std::string role = RoleOf(app, person, institution);
    if (!role.empty()) {
        ImGui::SameLine(0.0f, 0.0f);
        ImGui::TextUnformatted(",");
        FlowNext(ImGui::CalcTextSize(role.c_str()).x);
        MutedText(app, role);
    }
    ImGui::PopID();
}

// The words in quotation marks, then who said them (a link); a click on the words opens the quote.
static void QuoteBlock(AppState& app, Index q, bool with_person) {
    ImGui::PushID(static_cast<int>(q));
    if (TextLink(app, Quoted(app, NameOf(app, q)))) Select(app, q);
    const Index person = app.data->QuoteOf(q).person;
    if (with_person && person != kNone) {
        ImGui::AlignTextToFramePadding();   // level with the link after it
        ImGui::TextUnformatted("\xE2\x80\x94");
        ImGui::SameLine();
        EntityLink(app, person);
    }
    ImGui::PopID();
}

static void QuotesSection(AppState& app, const std::vector<Index>& quotes, bool with_person) {
    if (quotes.empty()) return;
    SectionLabel(Ui(app, UiString::Quotes));
    const std::size_t n = std::min(quotes.size(), kMaxPanelLinks);
    for (std::size_t k = 0; k < n; ++k) QuoteBlock(app, quotes[k], with_person);
}

static void FiguresSection(AppState& app, const std::vector<Index>& metrics) {
    if (metrics.empty()) return;
    SectionLabel(Ui(app, UiString::Figures));
    for (std::size_t k = 0; k < std::min(metrics.size(), kMaxPanelLinks); ++k) {
        const Index m = metrics[k];
        ImGui::PushID(static_cast<int>(m));
        EntityLink(app, m);
        DrawMetricChart(app, m);
        ImGui::PopID();
    }
}

static void ChangesSection(AppState& app, const char* label, const EntityFacts& facts, bool with_reform) {
    if (facts.changes.empty()) return;
    SectionLabel(label);
    for (const ChangeRef& c : facts.changes) {
        ImGui::Separator();
        DrawChange(app, c, with_reform, facts.item);
    }
    ImGui::Separator();
}

//-----------------------------------------------------------------------------
// [SECTION] Kinds
//-----------------------------------------------------------------------------

void DrawInstitutionSections(AppState& app, const EntityFacts& facts) {
    const Institution& inst = app.data->InstitutionOf(facts.item);
    if (!inst.role.empty()) {
        SectionLabel(Ui(app, UiString::Role));
        Paragraph(app, Tr(app, inst.role));
    }
    ChangesSection(app, Ui(app, UiString::WhatChanged), facts, true);
    LinksSection(app, Ui(app, UiString::Reforms), facts.reforms);
    if (!facts.people.empty()) SectionLabel(Ui(app, UiString::PeopleWhoSpeak));
    for (Index p : facts.people) PersonLine(app, p, facts.item);
    QuotesSection(app, facts.quotes, true);
    FiguresSection(app, facts.metrics);
}

// The event that enacted the reform that day, whole: the timeline shows the two as one mark, so
// opening it opens both.
static void SameDayEvent(AppState& app, Index event) {
    SectionLabel(Ui(app, UiString::SameDay));
    WrappedEntityLink(app, event);
    Paragraph(app, Tr(app, app.data->At(event).description));
}

void DrawReformSections(AppState& app, const EntityFacts& facts) {
    MutedText(app, ReformDateLine(app, facts.item));
    const Index enacted_by = facts.enacted_by;
    if (enacted_by != kNone) SameDayEvent(app, enacted_by);
    LinksSection(app, Ui(app, UiString::InstitutionsTouched), facts.institutions);
    ChangesSection(app, Ui(app, UiString::WhatChanged), facts, false);
    std::vector<Index> events = facts.events;
    events.erase(std::remove(events.begin(), events.end(), enacted_by), events.end());
    LinksSection(app, Ui(app, UiString::Events), events);
    LinksSection(app, Ui(app, UiString::People), facts.people);
    FiguresSection(app, facts.metrics);
}

void DrawPersonSections(AppState& app, const EntityFacts& facts) {
    const auto& roles = app.data->PersonOf(facts.item).roles;
    if (!roles.empty()) SectionLabel(Ui(app, UiString::Roles));
    for (std::size_t k = 0; k < roles.size(); ++k) {
        ImGui::PushID(static_cast<int>(k));
        const bool at = roles[k].institution != kNone;
        Paragraph(app, Tr(app, roles[k].title) + (at ? "," : ""));
        if (at) {
            FlowNext(ImGui::CalcTextSize(NameOf(app, roles[k].institution).c_str()).x);
            EntityLink(app, roles[k].institution);
        }
        ImGui::PopID();
    }
    QuotesSection(app, facts.quotes, false);
    LinksSection(app, Ui(app, UiString::Reforms), facts.reforms);
}

void DrawQuoteSections(AppState& app, const EntityFacts& facts) {
    const Entity& e = app.data->At(facts.item);
    const Quote& q = app.data->QuoteOf(facts.item);
    // In its language's marks: lines break at spaces only, so a mark stays with its word.
    Heading(app, Quoted(app, NameOf(app, facts.item)));
    if (q.person != kNone) PersonLine(app, q.person, kNone);
    const std::string* used = nullptr;
    Localize(e.name, app.order, &used);
    if (used && *used != q.language)
        MutedText(app, std::string(Ui(app, UiString::Translation)) + ". " + Ui(app, UiString::OriginalLanguage) + ": " +
                  LanguageName(q.language, UiLang(app)));
    if (!e.description.empty()) {
        SectionLabel(Ui(app, UiString::Context));
        Paragraph(app, Tr(app, e.description));
    }
    LinksSection(app, Ui(app, UiString::AboutWhom), facts.institutions);
    LinksSection(app, Ui(app, UiString::Reforms), facts.reforms);
}

void DrawEventSections(AppState& app, const EntityFacts& facts) {
    const Index reform = app.data->EventOf(facts.item).reform;
    if (reform != kNone) {
        SectionLabel(Ui(app, UiString::PartOf));
        EntityLink(app, reform);
    }
    LinksSection(app, Ui(app, UiString::Institutions), facts.institutions);
    LinksSection(app, Ui(app, UiString::People), facts.people);
}

void DrawMetricSections(AppState& app, const EntityFacts& facts) {
    const Metric& m = app.data->MetricOf(facts.item);
    MutedText(app, std::string(Ui(app, UiString::Unit)) + ": " + Tr(app, m.unit));
    if (m.subject != kNone) {
        SectionLabel(Ui(app, UiString::Measures));
        EntityLink(app, m.subject);
    }
    SectionLabel(Ui(app, UiString::Figures));
    DrawMetricChart(app, facts.item);
    for (const Observation& o : m.observations)
        if (!o.note.empty()) MutedText(app, QualifiedNumber(app, o) + ": " + Tr(app, o.note));
}

void DrawSourceSections(AppState& app, const EntityFacts& facts) {
    const Source& s = app.data->SourceOf(facts.item);
    MutedText(app, SourceByline(app, facts.item));
    OpenUrlButton(app, s.url);
    if (!s.excerpt.empty()) {
        SectionLabel(Ui(app, UiString::Excerpt));
        Paragraph(app, Quoted(app, Tr(app, s.excerpt)));
    }
    LinksSection(app, Ui(app, UiString::CitedFor), facts.cited_by);
}

//-----------------------------------------------------------------------------
// [SECTION] Connected to
//-----------------------------------------------------------------------------

void DrawConnections(AppState& app, const EntityFacts& facts) {
    if (facts.connected.empty()) return;
    SectionLabel(Ui(app, UiString::ConnectedTo));
    for (const ConnectionGroup& group : facts.connected) {
        ImGui::PushID(static_cast<int>(group.type) * 2 + (group.outgoing ? 1 : 0));
        MutedText(RelationPhrase(group.type, group.outgoing, UiLang(app)));
        ImGui::Indent(Em(0.8f));
        const std::size_t n = std::min(group.others.size(), kMaxPanelLinks);
        for (std::size_t k = 0; k < n; ++k) WrappedEntityLink(app, group.others[k]);
        if (group.others.size() > n)
            MutedText(UiFill(app, UiString::AndMore, {Number(app, static_cast<double>(group.others.size() - n))}));
        ImGui::Unindent(Em(0.8f));
        ImGui::PopID();
    }
}

} // namespace polity::ui
