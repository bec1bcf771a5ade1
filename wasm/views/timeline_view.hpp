// Polity Explorer widget — the timeline: every dated entity on a zoomable, pannable time axis
// (wheel zooms about the pointer, drag pans), coloured by theme, labels stacked in lanes so they
// never overlap. From the keyboard, once the timeline has the focus: Left and Right step from
// item to item in time (the view pans along), + and - zoom, Enter opens the item. Only the visible slice is touched each frame; when too many items are visible
// to mark one by one, it draws how many fall in each sliver of time instead.
#pragma once

#include "polity/layout.hpp"

#include <cstddef>

namespace polity::ui {

struct AppState;

struct TimelineView {
    TimeScale scale;                    // zoom and pan
    TimeBounds bounds;                  // the data's time range (BoundsOf the track)
    float width = 0.0f;                 // canvas width the scale is for; 0 = not drawn yet
    double from = 0.0;                  // visible years, for DescribeState
    double to = 0.0;
    std::size_t focus = static_cast<std::size_t>(-1); // the keyboard's item, a position in app.track

    void FitAll(const AppState& app);   // the whole range (before the first frame too)
    void Draw(AppState& app);
};

} // namespace polity::ui
