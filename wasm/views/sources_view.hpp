// Polity Explorer widget — the sources: every source with publisher, date and link.
#pragma once

namespace polity::ui {

struct AppState;

struct SourcesView {
    void Draw(AppState& app);
};

} // namespace polity::ui
