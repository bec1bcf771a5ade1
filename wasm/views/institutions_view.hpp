// Polity Explorer widget — the institutions: a list, narrowed by category; the selected one opens
// in the detail panel (description, role, what changed and when, reforms, people, quotes,
// figures, sources).
#pragma once

#include "polity/model.hpp"
#include "views/widgets.hpp"

#include <string>
#include <vector>

namespace polity::ui {

struct AppState;

struct InstitutionsView {
    std::string category;               // show only this category; "" = all
    std::vector<std::string> categories;// InstitutionCategories, found on first draw
    std::vector<Index> rows;            // InstitutionsIn(category): what the list and its CSV hold
    bool scanned = false;               // categories and rows are up to date
    MeasuredBlocks blocks;              // one per row of the list: as tall as names and roles

    void Draw(AppState& app);
};

} // namespace polity::ui
