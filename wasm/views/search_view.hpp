// Polity Explorer widget — search results as the reader types, narrowed by kind, theme and years.
// Results are computed when the query or the filter changes, never per frame.
#pragma once

#include "polity/query.hpp"
#include "views/widgets.hpp"

#include <string>
#include <vector>

namespace polity::ui {

struct AppState;

struct SearchView {
    Filter filter;                      // kinds, themes, years
    char year_from[5] = {};             // the year fields as typed; "" = open
    char year_to[5] = {};
    std::vector<Index> results;         // Search() then ApplyFilter(), best first
    std::string computed_for;           // the query `results` belong to
    bool dirty = true;                  // filter changed since `results` were computed
    MeasuredBlocks blocks;              // one per row of results: as tall as their words

    void Draw(AppState& app);
    void Refresh(AppState& app);        // recomputes `results` if the query or filter changed
};

} // namespace polity::ui
