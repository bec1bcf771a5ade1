// Polity Explorer widget — the top bar: back/forward, the dataset's title, the language, one tab
// per view (a menu on narrow widgets) and the search box.
#pragma once

#include "app.hpp"

namespace polity::ui {

struct AppState;

void DrawTopBar(AppState& app);
const char* ViewLabel(const AppState& app, View view); // "Institutions", in the reader's language

} // namespace polity::ui
