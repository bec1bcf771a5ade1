// Polity Explorer widget — the picture of a view, for readers to share (PNG). A picture travels
// without the page around it, so it carries what its viewers need: the dataset's title and the
// view on top; at the bottom where the data comes from, who made it under which licence, when
// the data was checked and when the picture was saved. Drawn only in picture mode (app.hpp).
#pragma once

#include <string>
#include <vector>

namespace polity::ui {

struct AppState;

// The title and "View · selected item", in place of the top bar.
void DrawPictureHeader(AppState& app);
// Sets app.picture.footer to the footer's height at the window's width, so the body leaves
// room for it. Call before the body is drawn.
void MeasurePictureFooter(AppState& app);
// The footer, at the bottom of the window.
void DrawPictureFooter(AppState& app);
// The footer's lines: "Sources: Title (Publisher, date); ...", "Credit: ... · Licence: ...",
// "Data checked: ... · Saved ... · Polity Explorer" (lines without content are left out).
std::vector<std::string> PictureFooterLines(const AppState& app);

} // namespace polity::ui
