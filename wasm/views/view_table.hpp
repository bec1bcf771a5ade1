// Polity Explorer widget — the view table: one row per view says everything the rest of the
// widget needs to know about it. The app dispatches through it, the top bar labels its tabs and
// menu from it, the overview makes its "Explore" buttons from it, downloads take its table
// function, deep links and the JS API take its names (the build writes them for the embed's
// option check), and article mode offers the views it marks.
//
// A new view is its own files (views/<name>_view.{hpp,cpp}: a struct with UI state and Draw), a
// member in AppState, a value in the View enum (app.hpp) and one row in view_table.cpp.
#pragma once

#include "app.hpp"
#include "polity/i18n.hpp"
#include "polity/table.hpp"

#include <array>
#include <cstddef>

namespace polity::ui {

struct AppState;

// How a view's body sits in the frame.
enum class BodyLayout {
    Scroll,   // a column that scrolls (lists, articles): the body window scrolls it
    Canvas,   // a plot that pans and zooms itself (timeline, network): no scrolling
};

struct ViewInfo {
    View view;                                       // its value: row k describes View(k)
    const char* name;                                // "institutions": deep links, JS API, data-view
    UiString label;                                  // the tab's label, in the reader's language
    BodyLayout layout;
    void (*draw)(AppState& app);                     // its body: the view struct's Draw
    ReaderTable (*table)(const AppState& app);       // the rows the view shows, for its CSV
    // How many things the overview's "Explore" button counts; nullptr: a button without a
    // count; no button at all when `explore` is false.
    std::size_t (*count)(const AppState& app);
    bool explore;                                    // the overview offers a button to it
    bool article;                                    // article mode shows it in its first row
};

// Every row, in tab order (the View enum's order).
const std::array<ViewInfo, kViewCount>& Views();
// The row of `view` (an out-of-range value gets the overview's row).
const ViewInfo& ViewOf(View view);

} // namespace polity::ui
