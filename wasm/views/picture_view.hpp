// Polity Explorer widget — the picture of a view, for readers to share (PNG). A picture travels
// without the page around it, so it carries what its viewers need: the dataset's headline and
// dek and the view on top; at the bottom where the data comes from, who made it under which
// licence, when the data was checked and when the picture was saved. It is laid out for its
// own size (app.hpp, BeginPicture): the view from its start, whole blocks only. Drawn only in
// picture mode.
#pragma once

#include <string>
#include <vector>

namespace polity::ui {

struct AppState;

// The whole picture frame: header, the view (or the open item) and footer; while the picture
// is being laid out, also settles its font scale and height (PictureState).
void DrawPictureFrame(AppState& app);
// The footer's lines: "Sources: [1] Title (Publisher, date); ...", "Credit: ... · Licence: ...",
// "Data checked: ... · Saved ... · Polity Explorer" (lines without content are left out).
std::vector<std::string> PictureFooterLines(const AppState& app);
// While a picture's body is drawn: a whole block (a list row, a paragraph, a chart) ends at the
// cursor, so the picture may end here. Nothing outside a picture, or inside a table's cell.
void MarkBlockEnd(const AppState& app);

} // namespace polity::ui
