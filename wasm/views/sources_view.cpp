// Polity Explorer widget — the sources (see sources_view.hpp).
#include "views/sources_view.hpp"

#include "app_state.hpp"
#include "views/widgets.hpp"

namespace polity::ui {

static constexpr int kSourceLines = 3;  // title, publisher and date, link

static std::string PublishedLine(const AppState& app, Index s) {
    const Source& src = app.data->SourceOf(s);
    std::string line = Tr(app, src.publisher);
    if (!src.place.empty()) line += ", " + Tr(app, src.place);
    return line + "  \xC2\xB7  " + DateText(app, app.data->At(s).date);
}

// The link's own button sits on the row, so a reader can open the source without the panel.
static void LinkButton(AppState& app, const std::string& url, ImVec2 row_max) {
    if (!IsWebUrl(url)) return;
    const ImVec2 after = ImGui::GetCursorScreenPos();
    const char* label = Ui(app, UiString::Open);
    const float w = ImGui::CalcTextSize(label).x + 2.0f * ImGui::GetStyle().FramePadding.x;
    ImGui::SetCursorScreenPos(ImVec2(row_max.x - w - Em(0.5f), row_max.y - ImGui::GetFrameHeight() - Em(0.3f)));
    if (Button(app, label, true)) RequestOpenUrl(app, url);
    ImGui::SetCursorScreenPos(after);
}

static void SourceRow(AppState& app, Index s) {
    ImVec2 at;
    float width = 0.0f;
    if (ListRow(app, s, app.current.item == s, kSourceLines, &at, &width)) Select(app, s);
    const ImVec2 row_max = ImGui::GetItemRectMax();
    const std::string& url = app.data->SourceOf(s).url;
    const float line = ImGui::GetTextLineHeight();
    const float text_width = width - Em(4.0f);   // the row's Open button sits at its right (LinkButton)
    DrawClippedText(at, NameOf(app, s), 1, text_width);
    DrawClippedText(ImVec2(at.x, at.y + line), PublishedLine(app, s), 1, text_width, Colors(app).muted);
    DrawClippedText(ImVec2(at.x, at.y + 2.0f * line), url, 1, text_width, Colors(app).accent);
    ImGui::PushID(static_cast<int>(s));
    LinkButton(app, url, row_max);
    ImGui::PopID();
}

void SourcesView::Draw(AppState& app) {
    const auto& sources = app.by_kind[static_cast<int>(Kind::Source)];
    if (sources.empty()) {
        MutedText(Ui(app, UiString::EmptyView));
        return;
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(sources.size()), RowHeight(kSourceLines) + ImGui::GetStyle().ItemSpacing.y);
    while (clipper.Step())
        for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) SourceRow(app, sources[k]);
}

} // namespace polity::ui
