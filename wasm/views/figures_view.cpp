// Polity Explorer widget — the figures (see figures_view.hpp).
#include "views/figures_view.hpp"

#include "app_state.hpp"
#include "views/picture_view.hpp"

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
    BarChartColumns columns;  // from the chart's left edge (LayOutBarChart)
    float left = 0.0f;       // where the zero-to-value bars may start, on screen
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

// One observation: when (wrapped in its column, or above the bar on a narrow chart), a bar
// from zero, and the value as the source said it.
static void DrawBar(const AppState& app, const Observation& o, const ChartBox& box, float x0, bool latest) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = Colors(app);
    const float label_h = DrawWrapped(ImVec2(x0, at.y), ObservationWhen(app, o),
                                      static_cast<float>(box.columns.label_width), p.muted);
    const float y = box.columns.stacked ? at.y + label_h : at.y;
    const float zero = static_cast<float>(box.scale.Map(0.0, box.left, box.right));
    const float end = static_cast<float>(box.scale.Map(o.value, box.left, box.right));
    const ImU32 color = latest ? p.accent : WithAlpha(p.accent, 0.45f);
    draw->AddRectFilled(ImVec2(std::min(zero, end), y + h * 0.1f), ImVec2(std::max(zero, end), y + h * 0.9f), color,
                        Em(0.15f));
    const std::string value = QualifiedNumber(app, o);
    const float value_x = std::max(zero, end) + Em(0.4f);
    draw->AddText(ImVec2(value_x, y), p.text, value.c_str());
    const float row = box.columns.stacked ? label_h + h : std::max(label_h, h);
    ImGui::Dummy(ImVec2(box.right - at.x, row));
}

// The widest "when" label and the widest value, for the chart's columns.
static ImVec2 WidestLabelAndValue(const AppState& app, const Metric& m) {
    ImVec2 widest(0.0f, 0.0f);
    for (const Observation& o : m.observations) {
        widest.x = std::max(widest.x, ImGui::CalcTextSize(ObservationWhen(app, o).c_str()).x);
        widest.y = std::max(widest.y, ImGui::CalcTextSize(QualifiedNumber(app, o).c_str()).x);
    }
    return widest;
}

void DrawMetricChart(AppState& app, Index metric) {
    const Metric& m = app.data->MetricOf(metric);
    if (m.observations.empty()) return;
    const float x0 = ImGui::GetCursorScreenPos().x;
    const float width = std::min(ImGui::GetContentRegionAvail().x, Em(40.0f));   // bars stay comparable by eye
    const ImVec2 widest = WidestLabelAndValue(app, m);
    ChartBox box;
    box.columns = LayOutBarChart(width, widest.x, widest.y, Em(1.0f));
    box.left = x0 + static_cast<float>(box.columns.bars_left);
    box.right = x0 + static_cast<float>(box.columns.bars_right);
    box.scale = ScaleOf(app, m, box.right - box.left);
    const float top = ImGui::GetCursorScreenPos().y;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);              // bars (1) over the grid (0), which needs their height first
    draw->ChannelsSetCurrent(1);
    for (std::size_t k = 0; k < m.observations.size(); ++k)
        DrawBar(app, m.observations[k], box, x0, k + 1 == m.observations.size());
    draw->ChannelsSetCurrent(0);
    DrawGrid(app, box, top, ImGui::GetCursorScreenPos().y);
    draw->ChannelsMerge();
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));   // the tick labels' row
    MutedText(app, Tr(app, m.unit));
    CitationMarks(app, ObservationSources(m));
    MarkBlockEnd(app);
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
    Paragraph(app, Tr(app, app.data->At(metric).description));
    DrawMetricChart(app, metric);
    ImGui::PopID();
    ImGui::Dummy(ImVec2(0.0f, Em(0.6f)));
}

void FiguresView::Draw(AppState& app) {
    const auto& metrics = app.by_kind[static_cast<int>(Kind::Metric)];
    if (metrics.empty()) {
        MutedText(app, Ui(app, UiString::EmptyView));
        return;
    }
    // Side by side where two fit (a wide screen, a picture): a chart needs no more than 40 font sizes.
    DrawMeasuredGrid(app, blocks, metrics.size(), Em(28.0f), [&](std::size_t k, float) { DrawMetricCard(app, metrics[k]); },
                     true);
}

} // namespace polity::ui
