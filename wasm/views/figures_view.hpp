// Polity Explorer widget — the figures: each metric's observations as bars (before/after or a
// series), with units, the source's qualifier in words ("nearly 7,000") and a citation line.
#pragma once

#include "polity/model.hpp"
#include "views/widgets.hpp"

namespace polity::ui {

struct AppState;

struct FiguresView {
    MeasuredBlocks blocks;              // one per row of metrics
    void Draw(AppState& app);
};

// One metric's observations as labelled horizontal bars on a nice scale, full width, then the
// sources of its observations. Used by the detail panel too.
void DrawMetricChart(AppState& app, Index metric);

} // namespace polity::ui
