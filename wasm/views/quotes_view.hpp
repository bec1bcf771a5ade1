// Polity Explorer widget — the quotes: who said what, in which role, when, and the source.
#pragma once

namespace polity::ui {

struct AppState;

struct QuotesView {
    void Draw(AppState& app);
};

} // namespace polity::ui
