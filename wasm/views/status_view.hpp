// Polity Explorer widget — the screens shown instead of the explorer: progress while the dataset
// loads, and every diagnostic (what failed, file:line:col, JSON pointer, hint) when it cannot.
// Never a blank canvas.
#pragma once

namespace polity::ui {

struct AppState;

void DrawLoadingScreen(const AppState& app);
void DrawErrorScreen(const AppState& app);

} // namespace polity::ui
