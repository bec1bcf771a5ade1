// Polity Explorer widget — the timeline: what happened, on a time axis that folds away the empty
// years. Events, reforms and founding dates on the story row above the axis, dated figures on a
// row of their own below it; an event that enacted a reform that day is one mark with it. Every
// mark is labelled with its whole title where there is room (polity/labels.hpp), the rest on
// hover and focus. Zoom is anchored at the pointer (wheel, pinch, Ctrl+wheel) or at the focused
// item (+ and -); a drag pans. From the keyboard, once the timeline has the focus: Left and
// Right step from mark to mark (the view pans along), Enter opens it. Only the visible slice is
// touched each frame; when too many marks are visible to draw one by one, it draws how many fall
// in each sliver of time instead.
#pragma once

#include "polity/labels.hpp"
#include "polity/layout.hpp"

#include "imgui.h"

#include <cstddef>
#include <string>
#include <vector>

namespace polity::ui {

struct AppState;

// The marks of the visible slice with their labels placed, kept while nothing they depend on
// changes (placement costs more than drawing).
struct TimelineMarks {
    IndexRange range;                   // the slice of app.track
    std::vector<TimelineMarkPlace> places; // one per mark of the slice, from the canvas's top left
    std::string key;                    // what they were placed for: zoom, pan, size, language
    ImVec2 origin = ImVec2(0.0f, 0.0f); // the canvas's top left on screen, last frame
    ImVec2 size = ImVec2(0.0f, 0.0f);   // and its size
};

struct TimelineView {
    TimeAxis axis;                      // zoom and pan, over folded time
    TimeBounds bounds;                  // the marks' time range, in whole years
    float width = 0.0f;                 // canvas width the axis is for; 0 = not drawn yet
    double from = 0.0;                  // visible years, for DescribeState and the view's CSV
    double to = 0.0;
    std::size_t focus = static_cast<std::size_t>(-1); // the keyboard's mark, a position in app.track
    TimelineMarks marks;

    void FitAll(const AppState& app);   // the whole range (before the first frame too)
    void Draw(AppState& app);
};

} // namespace polity::ui
