// Polity Explorer widget — the picture of a view (see picture_view.hpp).
//
// Index of this file
// [SECTION] Header and footer
// [SECTION] Body
// [SECTION] Layout: the font scale and the height
#include "views/picture_view.hpp"

#include "app_state.hpp"
#include "views/top_bar.hpp"
#include "views/view_table.hpp"
#include "views/widgets.hpp"

#include <algorithm>
#include <cmath>

namespace polity::ui {

static constexpr const char* kDot = "  \xC2\xB7  ";   // " · " with room around it

//-----------------------------------------------------------------------------
// [SECTION] Header and footer
//-----------------------------------------------------------------------------

// The headline and dek, as an article would run them, then the view and the item shown.
static void DrawPictureHeader(AppState& app) {
    Heading(app, Tr(app, app.data->meta.title));
    Paragraph(app, Tr(app, app.data->meta.dek));
    std::string where = ViewLabel(app, app.current.view);
    if (app.current.item != kNone) where += kDot + NameOf(app, app.current.item);
    MutedText(app, where);
    ImGui::Separator();
}

std::vector<std::string> PictureFooterLines(const AppState& app) {
    const Meta& meta = app.data->meta;
    std::string sources;
    for (Index s : meta.sources) {
        if (!sources.empty()) sources += "; ";
        sources += "[" + std::to_string(SourceNumber(app, s)) + "] " + NameOf(app, s);
        const std::string byline = SourceByline(app, s);
        if (!byline.empty()) sources += " (" + byline + ")";
    }
    std::vector<std::string> lines;
    if (!sources.empty()) lines.push_back(std::string(Ui(app, UiString::Sources)) + ": " + sources);
    std::string rights;
    if (!Tr(app, meta.credit).empty()) rights = std::string(Ui(app, UiString::Credit)) + ": " + Tr(app, meta.credit);
    if (!meta.licence.empty())
        rights += (rights.empty() ? "" : kDot) + std::string(Ui(app, UiString::Licence)) + ": " + Tr(app, meta.licence);
    if (!rights.empty()) lines.push_back(rights);
    std::string dates;
    if (meta.date.IsSet()) dates = std::string(Ui(app, UiString::DataChecked)) + ": " + DateText(app, meta.date) + kDot;
    if (app.picture.today.IsSet()) dates += UiFill(app, UiString::PictureSaved, {DateText(app, app.picture.today)}) + kDot;
    lines.push_back(dates + "Polity Explorer");
    return lines;
}

// The footer's height at the window's width: the separator and the wrapped lines.
static float FooterHeight(const AppState& app) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = std::min(ImGui::GetContentRegionAvail().x, Em(40.0f));   // as Paragraph wraps them
    float height = style.ItemSpacing.y * 2.0f + 1.0f;
    for (const std::string& line : PictureFooterLines(app)) height += WrappedHeight(line, width) + style.ItemSpacing.y;
    return height;
}

// The footer, at the bottom of the window.
static void DrawPictureFooter(AppState& app) {
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::SetCursorPosY(ImGui::GetWindowHeight() - style.WindowPadding.y - app.picture.footer + style.ItemSpacing.y);
    ImGui::Separator();
    for (const std::string& line : PictureFooterLines(app)) MutedText(app, line);
}

//-----------------------------------------------------------------------------
// [SECTION] Body
//-----------------------------------------------------------------------------

void MarkBlockEnd(const AppState& app) {
    if (!app.picture.recording || app.picture.in_grid_row) return;
    // The last item's bottom, rounded up: ImGui rounds the cursor down, text may end a
    // fraction of a pixel lower.
    app.picture.block_ends.push_back(std::ceil(ImGui::GetItemRectMax().y) - app.picture.body_top);
}

static bool IsCanvas(const AppState& app) {
    return app.current.item == kNone && ViewOf(app.current.view).layout == BodyLayout::Canvas;
}

// The view from its start (or the item open in it), `height` high, with no scrollbar.
static void DrawPictureBody(AppState& app, float height) {
    PictureState& pic = app.picture;
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::BeginChild("##picture", ImVec2(0.0f, height), false, flags);
    pic.block_ends.clear();
    pic.recording = true;
    pic.body_top = ImGui::GetCursorScreenPos().y;
    if (app.current.item != kNone) app.detail.DrawContent(app);
    else ViewOf(app.current.view).draw(app);
    pic.recording = false;
    pic.content = ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y - pic.body_top;
    ImGui::EndChild();
}

//-----------------------------------------------------------------------------
// [SECTION] Layout: the font scale and the height
// Each scale gets two layout frames: lists measure the rows they draw, so the second knows
// how many whole rows the room holds.
//-----------------------------------------------------------------------------

static constexpr float kSmallestScale = 0.7f;      // smaller text would not read in a feed
static constexpr float kScaleStep = 0.1f;
static constexpr int kPassesPerScale = 2;

// A canvas (timeline, network) has no height of its own: in an article-width picture it gets
// a landscape box.
static float CanvasHeight(const PictureState& pic, float room) {
    return pic.fixed ? room : std::min(room, std::round(pic.width * 0.6f));
}

// After a layout frame: keep this scale, or try a smaller one, or end the view at a whole block.
static void SettleLayout(AppState& app, float top, float room) {
    PictureState& pic = app.picture;
    if (++pic.passes < kPassesPerScale) return;
    const float needed = IsCanvas(app) ? CanvasHeight(pic, room) : pic.content;
    if (needed > room + 0.5f && pic.fixed && pic.scale > kSmallestScale + 0.01f) {
        pic.scale -= kScaleStep;
        pic.passes = 0;
        return;
    }
    pic.more = needed > room + 0.5f;
    if (pic.more) {
        // The last whole block that leaves room for the note under it; none: the room, clipped.
        const float note = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
        float end = 0.0f;
        for (float e : pic.block_ends)
            if (e <= room - note) end = std::max(end, e);
        pic.body = end > 0.0f ? end : room - note;
    } else {
        pic.body = pic.fixed ? room : needed;
    }
    if (!pic.fixed) {
        const ImGuiStyle& style = ImGui::GetStyle();
        const float note = pic.more ? ImGui::GetTextLineHeightWithSpacing() : 0.0f;
        pic.height = std::ceil(top + pic.body + style.ItemSpacing.y + note + pic.footer + style.WindowPadding.y);
    }
    pic.ready = true;
}

void DrawPictureFrame(AppState& app) {
    PictureState& pic = app.picture;
    DrawPictureHeader(app);
    const float top = ImGui::GetCursorPosY();
    pic.footer = FooterHeight(app);
    const float room = pic.max_height - ImGui::GetStyle().WindowPadding.y - pic.footer - top;
    DrawPictureBody(app, pic.ready ? pic.body : room);
    if (pic.ready && pic.more) MutedText(app, Ui(app, UiString::PictureMore));
    DrawPictureFooter(app);
    if (!pic.ready) SettleLayout(app, top, room);
}

} // namespace polity::ui
