// Polity Explorer widget — the screens shown instead of the explorer: progress while the dataset
// loads, and every diagnostic (what failed, file:line:col, JSON pointer, hint) when it cannot.
// Never a blank canvas.
#pragma once

#include <string>

namespace polity::ui {

struct AppState;

// "Downloading kazakhstan.json: 52 KB of 110 KB", in the reader's language; "" before a download.
std::string ProgressText(const AppState& app);
// "Could not download https://…/data.json: the server answered 404 Not Found.", likewise.
std::string FailureText(const AppState& app);

void DrawLoadingScreen(const AppState& app);
void DrawErrorScreen(const AppState& app);

} // namespace polity::ui
