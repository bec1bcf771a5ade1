// Polity Explorer widget — the overview: title, dek, date and sources of the dataset,
// headline figures and a way into every other view.
#pragma once

namespace polity::ui {

struct AppState;

struct OverviewView {
    void Draw(AppState& app);           // reads app.data; nothing to remember between frames yet
};

} // namespace polity::ui
