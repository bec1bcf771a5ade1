// Polity Explorer widget — the sources: every source with publisher, date and link.
#pragma once

#include "views/widgets.hpp"

namespace polity::ui {

struct AppState;

struct SourcesView {
    MeasuredBlocks blocks;              // one per row of sources: as tall as their titles
    void Draw(AppState& app);
};

} // namespace polity::ui
