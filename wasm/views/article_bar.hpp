// Polity Explorer widget — article mode's one row of tabs: the editor's views as far as they fit
// the width, the others behind "More" (which shows the open view's name when it is one of
// them), and the language menu at the end when the page asks for it. No back and forward (the
// browser's own history follows deep links), no title (the page prints the headline), no
// search box or download menu (the search view brings its field; the credit line under the
// explorer has the downloads).
#pragma once

#include "app.hpp"

#include <vector>

namespace polity::ui {

struct AppState;

void DrawArticleBar(AppState& app);

// The views the row offers, in order: the editor's (AppOptions::tabs), else the view table's
// article views.
std::vector<View> ArticleViews(const AppState& app);
// How many of `views` fit in one row `width` pixels wide, beside the "More" tab, with `current`
// open. Sizes come from the current font.
std::size_t TabsThatFit(const AppState& app, const std::vector<View>& views, View current, float width);

} // namespace polity::ui
