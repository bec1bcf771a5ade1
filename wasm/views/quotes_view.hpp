// Polity Explorer widget — the quotes: who said what, in which role, when, and the source.
#pragma once

#include "views/widgets.hpp"

namespace polity::ui {

struct AppState;

struct QuotesView {
    MeasuredBlocks blocks;              // one per row of quotes: as tall as their words
    void Draw(AppState& app);
};

} // namespace polity::ui
