// Polity Explorer widget — the detail panel: frame, shared header, other links
// (see detail_view.hpp; the per-kind sections are in detail_sections.cpp).
#include "views/detail_view.hpp"

#include "app_state.hpp"
#include "views/keyboard.hpp"
#include "views/top_bar.hpp"
#include "views/widgets.hpp"

#include <algorithm>

namespace polity::ui {

//-----------------------------------------------------------------------------
// [SECTION] Panel
//-----------------------------------------------------------------------------

// A place in the trail, which may be shortened to fit: a quote goes by who said it ("Quote:
// Artur Lastayev"), as a quote's words are never shortened.
static std::string PlaceName(const AppState& app, const NavEntry& place) {
    if (place.item == kNone) return ViewLabel(app, place.view);
    if (app.data->At(place.item).kind != Kind::Quote) return NameOf(app, place.item);
    const Index person = app.data->QuoteOf(place.item).person;
    const std::string kind = KindLabel(Kind::Quote, UiLang(app));
    return person == kNone ? kind : kind + ": " + NameOf(app, person);
}

// "Overview > Institutions > Human Rights Commissioner": the last places visited, each a link
// that goes back there through the history (so Forward still returns).
static void Breadcrumb(AppState& app, float width) {
    constexpr std::size_t kCrumbs = 2;
    const std::size_t n = std::min(app.back.size(), kCrumbs);
    const float each = width / static_cast<float>(n + 1) - Em(1.0f);
    for (std::size_t k = n; k > 0; --k) {
        ImGui::PushID(static_cast<int>(k));
        const bool clicked = ShortLink(app, PlaceName(app, app.back[app.back.size() - k]), each);
        ImGui::PopID();
        if (clicked) {
            for (std::size_t step = 0; step < k; ++step) GoBack(app);
            return;
        }
        ImGui::SameLine();
        ImGui::TextDisabled("\xE2\x80\xBA");    // single right-pointing angle quotation mark
        ImGui::SameLine();
    }
    OneLine(PlaceName(app, app.current), each, Colors(app).muted);
}

// Narrow widgets show the panel instead of the view, so "close" reads as going back to it;
// wide ones have room for the breadcrumb. `take_focus`: the panel was just opened from the
// keyboard, so the focus moves to its close button, as into a dialog on a web page.
static void CloseRow(AppState& app, bool take_focus) {
    const bool narrow = IsNarrow();
    const std::string label = narrow ? std::string("< ") + ViewLabel(app, app.current.view) : std::string(Ui(app, UiString::Close));
    const float width = std::max(ImGui::CalcTextSize(label.c_str()).x + 2.0f * ImGui::GetStyle().FramePadding.x,
                                 TargetSize(app));
    if (!narrow) {
        Breadcrumb(app, ImGui::GetContentRegionAvail().x - width - Em(1.0f));
        ImGui::SameLine(ImGui::GetContentRegionMax().x - width);
    }
    if (take_focus) ImGui::SetKeyboardFocusHere();
    if (Button(app, label.c_str())) Select(app, kNone);
}

static void Header(AppState& app, Index item) {
    const Entity& e = app.data->At(item);
    std::string kind_line = KindText(app, e.kind);
    if (e.date.IsSet()) kind_line += "  \xC2\xB7  " + DateSpan(app, e.date, e.end);
    MutedText(app, kind_line);
    if (e.kind != Kind::Quote) Heading(app, NameOf(app, item));   // a quote's "name" is its words
    ThemeChips(app, e.themes);
    if (e.kind != Kind::Quote) Paragraph(app, Tr(app, e.description));
}

static void KindSections(AppState& app, const EntityFacts& facts) {
    switch (app.data->At(facts.item).kind) {
    case Kind::Institution: DrawInstitutionSections(app, facts); break;
    case Kind::Reform: DrawReformSections(app, facts); break;
    case Kind::Event: DrawEventSections(app, facts); break;
    case Kind::Person: DrawPersonSections(app, facts); break;
    case Kind::Quote: DrawQuoteSections(app, facts); break;
    case Kind::Metric: DrawMetricSections(app, facts); break;
    case Kind::Source: DrawSourceSections(app, facts); break;
    }
}

// Every source of the item in full (the views show only their marks), each a link to it.
static void SourcesSection(AppState& app, Index item) {
    const std::vector<Index>& sources = app.data->At(item).sources;
    if (sources.empty() || app.data->At(item).kind == Kind::Source) return;
    SectionLabel(Ui(app, sources.size() == 1 ? UiString::Source : UiString::Sources));
    ImGui::PushID("##sources");
    SourceList(app, sources);
    ImGui::PopID();
}

void DetailView::DrawContent(AppState& app) {
    const Index item = app.current.item;
    if (item == kNone || item >= app.data->entities.size()) return;
    if (facts.item != item) facts = GatherFacts(*app.data, app.relations, item);
    Header(app, item);
    KindSections(app, facts);
    DrawConnections(app, facts);
    SourcesSection(app, item);
}

void DetailView::Draw(AppState& app) {
    const Index item = app.current.item;
    if (item == kNone || item >= app.data->entities.size()) return;
    const bool fresh = facts.item != item;
    // An item opened (from a list, search, a link) reads from its top, also when it was open
    // before and read halfway down: whenever the last frame showed something else.
    const bool opened = item != shown || shown_frame + 1 != ImGui::GetFrameCount();
    shown = item;
    shown_frame = ImGui::GetFrameCount();
    ImGui::BeginChild("##detail", ImVec2(0.0f, 0.0f), true, ImGuiWindowFlags_NavFlattened);
    if (opened) ImGui::SetScrollY(0.0f);
    app.drawn.detail = {ImGui::GetScrollY(), ImGui::GetScrollMaxY()};
    CloseRow(app, fresh && KeyboardActive() && !app.keyboard.restored);
    DrawContent(app);
    MeasureFitRegion(app, app.fit.detail);
    ImGui::EndChild();
}

} // namespace polity::ui
