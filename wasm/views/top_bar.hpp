// Polity Explorer widget — the top bar: back/forward, the dataset's title, the language, one tab
// per view (a menu on narrow widgets) and the search box. Article mode's row (article_bar.hpp)
// is made of the same tabs, menu and field.
#pragma once

#include "app.hpp"

namespace polity::ui {

struct AppState;

void DrawTopBar(AppState& app);
const char* ViewLabel(const AppState& app, View view); // "Institutions", in the reader's language

// A view's tab: its label, underlined in the accent colour when `active`; true when clicked.
// `menu`: the tab opens a menu, and says so with a small triangle after its label.
bool ViewTab(AppState& app, const char* label, bool active, bool menu = false);
float ViewTabWidth(const AppState& app, const char* label, bool menu = false);   // pixels
// The language menu ("EN"): the dataset's languages and the interface's, each in its own name.
void LanguageMenu(AppState& app);
float LanguageMenuWidth();                             // pixels
// The search field, `width` pixels wide: typing shows the search view. None on touch screens,
// where the page's own field below the canvas calls up the keyboard.
void SearchField(AppState& app, float width);

} // namespace polity::ui
