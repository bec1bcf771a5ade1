// Polity Explorer widget — the link state (see link_state.hpp).
#include "link_state.hpp"

#include "app_state.hpp"
#include "views/status_view.hpp"

#include "polity/json_writer.hpp"

#include <algorithm>

namespace polity::ui {

namespace {

constexpr std::size_t kMaxReportedDiagnostics = 20;  // enough to act on; bounded for a host's logs

std::string SelectedKind(const AppState& app) {
    if (!app.data || app.current.item == kNone) return {};
    return KindName(app.data->At(app.current.item).kind);
}

} // namespace

std::string SelectedId(const AppState& app) {
    if (!app.data) return app.pending_item;
    return app.current.item == kNone ? std::string() : app.data->At(app.current.item).id;
}

std::string DescribeLink(const AppState& app) {
    JsonWriter j;
    j.BeginObject();
    j.Key("phase").String(PhaseName(app.phase)).Key("view").String(ViewName(app.current.view));
    j.Key("item").String(SelectedId(app)).Key("kind").String(SelectedKind(app));
    j.Key("lang").String(app.options.language).Key("search").String(app.search_text);
    j.Key("category").String(app.data ? app.institutions.category : std::string());
    if (app.phase == Phase::Failed) {
        j.Key("message").String(FailureText(app)).Key("diagnostics").BeginArray();
        const std::size_t n = std::min(app.load.diagnostics.size(), kMaxReportedDiagnostics);
        for (std::size_t k = 0; k < n; ++k) j.String(FormatDiagnostic(app.load.diagnostics[k]));
        j.EndArray();
    }
    return j.EndObject().Take();
}

void SetInstitutionCategory(AppState& app, std::string_view category) {
    // A category no institution has would show an empty list: such links are ignored.
    if (!app.data || app.institutions.category == category || !IsInstitutionCategory(*app.data, category)) return;
    app.institutions.category = std::string(category);
    app.institutions.scanned = false;   // the view rebuilds its rows on its next draw
    app.settle_frames = 2;
}

} // namespace polity::ui
