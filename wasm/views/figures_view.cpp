// Polity Explorer widget — the figures (see figures_view.hpp).
#include "views/figures_view.hpp"

#include "app_state.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace polity::ui {

//-----------------------------------------------------------------------------
// [SECTION] Chart
//-----------------------------------------------------------------------------

// At most 5 ticks, fewer where their labels would not fit side by side (phones).
static NiceTicks ScaleOf(const AppState& app, const Metric& m, float width) {
    double lo = 0.0, hi = 0.0;   // bars start at zero, so zero is always in the domain
    for (const Observation& o : m.observations) {
        lo = std::min(lo, o.value);
        hi = std::max(hi, o.value);
    }
    const float label = ImGui::CalcTextSize(Number(app, std::max(hi, -lo) * 1.25).c_str()).x + Em(0.6f);
    return NiceScale(lo, hi, std::clamp(static_cast<int>(width / label) + 1, 3, 5));
}

// The sources of every observation, each once, in order of first use.
static std::vector<Index> ObservationSources(const Metric& m) {
    std::vector<Index> out;
    for (const Observation& o : m.observations)
        for (Index s : o.sources)
            if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    return out;
}

struct ChartBox {
    float left = 0.0f;       // where the zero-to-value bars may start
    float right = 0.0f;      // where they must end (room for the value's words after it)
    NiceTicks scale;
};

// Faint lines at the scale's ticks, labelled below the bars; a label that would run into the
// one before it is left out (its line stays).
static void DrawGrid(const AppState& app, const ChartBox& box, float top, float bottom) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float free_from = -FLT_MAX;
    for (double t : box.scale.ticks) {
        const float x = static_cast<float>(box.scale.Map(t, box.left, box.right));
        draw->AddLine(ImVec2(x, top), ImVec2(x, bottom), Colors(app).line);
        const std::string label = Number(app, t);
        if (x + Em(0.15f) < free_from) continue;
        draw->AddText(ImVec2(x + Em(0.15f), bottom), Colors(app).muted, label.c_str());
        free_from = x + Em(0.15f) + ImGui::CalcTextSize(label.c_str()).x + Em(0.4f);
    }
}

// One observation: when, a bar from zero, and the value as the source said it.
static void DrawBar(const AppState& app, const Observation& o, const ChartBox& box, float label_w, bool latest) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = Colors(app);
    DrawClippedText(at, ObservationWhen(app, o), 1, label_w, p.muted);
    const float zero = static_cast<float>(box.scale.Map(0.0, box.left, box.right));
    const float end = static_cast<float>(box.scale.Map(o.value, box.left, box.right));
    const ImU32 color = latest ? p.accent : WithAlpha(p.accent, 0.45f);
    draw->AddRectFilled(ImVec2(std::min(zero, end), at.y + h * 0.1f), ImVec2(std::max(zero, end), at.y + h * 0.9f),
                        color, Em(0.15f));
    draw->AddText(ImVec2(std::max(zero, end) + Em(0.4f), at.y), p.text, QualifiedNumber(app, o).c_str());
    ImGui::Dummy(ImVec2(box.right - at.x, h));
}

// The "when" column: as wide as its longest label, within reason.
static float LabelWidth(const AppState& app, const Metric& m, float width) {
    float widest = 0.0f;
    for (const Observation& o : m.observations)
        widest = std::max(widest, ImGui::CalcTextSize(ObservationWhen(app, o).c_str()).x);
    return std::min(widest, width * 0.35f);
}

void DrawMetricChart(AppState& app, Index metric) {
    const Metric& m = app.data->MetricOf(metric);
    if (m.observations.empty()) return;
    const float x0 = ImGui::GetCursorScreenPos().x;
    const float width = std::min(ImGui::GetContentRegionAvail().x, Em(40.0f));   // bars stay comparable by eye
    const float label_w = LabelWidth(app, m, width);
    ChartBox box{x0 + label_w + Em(0.5f), x0 + width - Em(7.0f), {}};
    box.right = std::max(box.right, box.left + Em(3.0f));
    box.scale = ScaleOf(app, m, box.right - box.left);
    const float top = ImGui::GetCursorScreenPos().y;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);              // bars (1) over the grid (0), which needs their height first
    draw->ChannelsSetCurrent(1);
    for (std::size_t k = 0; k < m.observations.size(); ++k)
        DrawBar(app, m.observations[k], box, label_w, k + 1 == m.observations.size());
    draw->ChannelsSetCurrent(0);
    DrawGrid(app, box, top, ImGui::GetCursorScreenPos().y);
    draw->ChannelsMerge();
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));   // the tick labels' row
    MutedText(Tr(app, m.unit));
    CitationLine(app, ObservationSources(m));
}

//-----------------------------------------------------------------------------
// [SECTION] View
//-----------------------------------------------------------------------------

static void DrawMetricCard(AppState& app, Index metric) {
    const Metric& m = app.data->MetricOf(metric);
    ImGui::PushID(static_cast<int>(metric));
    EntityLink(app, metric);
    if (m.subject != kNone) {
        ImGui::PushStyleColor(ImGuiCol_Text, Colors(app).muted);
        ImGui::AlignTextToFramePadding();   // level with the link after it
        ImGui::TextUnformatted(Ui(app, UiString::Measures));
        ImGui::PopStyleColor();
        ImGui::SameLine();
        EntityLink(app, m.subject);
    }
    Paragraph(Tr(app, app.data->At(metric).description));
    DrawMetricChart(app, metric);
    ImGui::PopID();
    ImGui::Dummy(ImVec2(0.0f, Em(0.6f)));
    ImGui::Separator();
}

void FiguresView::Draw(AppState& app) {
    const auto& metrics = app.by_kind[static_cast<int>(Kind::Metric)];
    if (metrics.empty()) {
        MutedText(Ui(app, UiString::EmptyView));
        return;
    }
    DrawMeasuredBlocks(blocks, metrics.size(), [&](std::size_t k) { DrawMetricCard(app, metrics[k]); });
}

} // namespace polity::ui
