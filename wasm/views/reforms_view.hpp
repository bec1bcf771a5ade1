// Polity Explorer widget — the reforms: each with its date, how it was adopted, the institutions
// it touched and every change it made, before and after.
#pragma once

#include "polity/query.hpp"
#include "views/widgets.hpp"

#include <string>
#include <vector>

namespace polity::ui {

struct AppState;

struct ReformsView {
    MeasuredBlocks blocks;              // one per reform: a dataset can hold thousands
    void Draw(AppState& app);
};

// One change: its topic, the institution it touched (a link), before and after side by side
// (stacked on narrow widgets), and its sources. `with_reform` adds the reform and its date.
// `context` is the entity whose panel shows the change: no link to itself.
void DrawChange(AppState& app, const ChangeRef& change, bool with_reform, Index context = kNone);
// "5 June 2022 · Adopted by referendum" for a reform, in the reader's language.
std::string ReformDateLine(const AppState& app, Index reform);

} // namespace polity::ui
