// Polity Explorer widget — list rows and long lists (see widgets.hpp, [SECTION] Lists): a row's
// lines, citation marks and source link laid out before it is drawn; lists of any length drawn
// by the blocks on screen, measured as they come into view; rows of a grid.
#include "views/widgets.hpp"

#include "app_state.hpp"
#include "views/picture_view.hpp"

#include "imgui_internal.h"  // ImGuiWindow: a grid item's content region (DrawGridRow)

#include <algorithm>
#include <cmath>

namespace polity::ui {

// Where a row is, for the state report: only rows on screen, and whether the list's edge cuts it.
static void ReportRow(AppState& app, Index id, ImVec2 min, ImVec2 max) {
    const float view_top = ImGui::GetWindowPos().y, view_bottom = view_top + ImGui::GetWindowSize().y;
    if (max.y <= view_top || min.y >= view_bottom) return;
    app.drawn.rows.push_back({id, min.y, max.y, min.x, max.x, min.y >= view_top && max.y <= view_bottom});
}

namespace {

// Where a row's pieces go, worked out before it is drawn (its height must be known first).
struct RowLayout {
    float width = 0.0f;                  // the text's measure
    float height = 0.0f;                 // the content's, without padding
    bool marks_inline = false;           // the citation marks follow the last line
};

constexpr const char* kRowDot = "  \xC2\xB7  ";   // " · ", between the last line and the marks after it

// The marks (links, a frame high) may follow the last line when their targets stay inside the
// row's padding `pad_y` (with a mouse); on touch screens they take a line of their own.
RowLayout LayOutRow(const AppState& app, const Row& row, float width, float pad_y) {
    RowLayout out{width};
    for (const RowText& line : row.lines) out.height += WrappedHeight(line.text, width);
    if (!row.cites.empty()) {
        const std::string& last = row.lines.empty() ? std::string() : row.lines.back().text;
        const float after = last.empty() ? 0.0f : LastLineWidth(last, width) + ImGui::CalcTextSize(kRowDot).x;
        const bool fits_padding = (ImGui::GetFrameHeight() - ImGui::GetTextLineHeight()) * 0.5f <= pad_y;
        out.marks_inline = !last.empty() && fits_padding && after + CitationMarksWidth(app, row.cites) <= width;
        if (!out.marks_inline) out.height += ImGui::GetFrameHeight();
    }
    if (IsWebUrl(row.url)) out.height += std::max(WrappedHeight(row.url, width), ImGui::GetFrameHeight());
    return out;
}

} // namespace

bool ListRow(AppState& app, Index id, bool selected, const Row& row, float row_width) {
    const ImVec2 pad(Em(0.5f), Em(0.45f));
    if (row_width <= 0.0f) row_width = ImGui::GetContentRegionAvail().x;
    const float width = std::min(row_width - 2.0f * pad.x, Em(44.0f));  // a readable measure
    const RowLayout layout = LayOutRow(app, row, width, pad.y);
    ImGui::PushID(static_cast<int>(id));
    const ImVec2 top = ImGui::GetCursorScreenPos();
    // Overlap allowed so the row can carry its own links (citation marks, a source's address).
    // Never lower than a frame, which the theme makes the target size.
    const float height = std::max(layout.height + 2.0f * pad.y, ImGui::GetFrameHeight());
    const bool clicked = ImGui::Selectable("##row", selected && !app.picture.active, ImGuiSelectableFlags_AllowItemOverlap,
                                           ImVec2(row_width, height));
    NoteFocus(app, NameOf(app, id));
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImVec2 at(top.x + pad.x, top.y + pad.y);
    float last_line = 0.0f;
    for (const RowText& line : row.lines) {
        at.y += DrawWrapped(at, line.text, width, line.color);
        last_line = LastLineWidth(line.text, width);
    }
    if (!row.cites.empty()) {
        ImVec2 marks = at;               // where the marks' frames start; their words are a frame's padding lower
        if (layout.marks_inline) {
            const ImVec2 dot(at.x + last_line, at.y - ImGui::GetTextLineHeight());
            ImGui::GetWindowDrawList()->AddText(dot, Colors(app).muted, kRowDot);
            marks = ImVec2(dot.x + ImGui::CalcTextSize(kRowDot).x, dot.y - ImGui::GetStyle().FramePadding.y);
        }
        ImGui::SetCursorScreenPos(marks);
        CitationMarks(app, row.cites);
        if (!layout.marks_inline) at.y += ImGui::GetFrameHeight();
    }
    if (IsWebUrl(row.url)) {
        ImGui::SetCursorScreenPos(at);
        if (WrappedLink(app, row.url, std::string(Ui(app, UiString::OpenSource)) + ": " + row.url, width))
            RequestOpenUrl(app, row.url);
    }
    ImGui::SetCursorScreenPos(after);
    ImGui::PopID();
    ReportRow(app, id, top, ImVec2(top.x + row_width, top.y + height));
    return clicked;
}

static void Measure(MeasuredBlocks& blocks, std::size_t k, float height) {
    float& old = blocks.heights[k];
    if (old == 0.0f) ++blocks.measured;
    blocks.total += height - old;
    old = height;
}

// Reserves `height` pixels of skipped blocks in one item (a Dummy adds the spacing itself).
static void Skip(float* height) {
    if (*height <= 0.0f) return;
    ImGui::Dummy(ImVec2(1.0f, *height - ImGui::GetStyle().ItemSpacing.y));
    *height = 0.0f;
}

// The blocks on screen, [first, last), from the heights known so far.
static std::pair<std::size_t, std::size_t> VisibleBlocks(const MeasuredBlocks& blocks, float top, float guess) {
    const float clip_top = ImGui::GetWindowPos().y;
    const float clip_bottom = clip_top + ImGui::GetWindowSize().y;
    std::size_t first = blocks.heights.size(), last = 0;
    for (std::size_t k = 0; k < blocks.heights.size() && top <= clip_bottom; ++k) {
        const float height = blocks.heights[k] > 0.0f ? blocks.heights[k] : guess;
        if (top + height >= clip_top) {
            first = std::min(first, k);
            last = k + 1;
        }
        top += height;
    }
    return {first, last};
}

static constexpr std::size_t kDrawnWhole = 64;   // blocks

void DrawMeasuredBlocks(const AppState& app, MeasuredBlocks& blocks, std::size_t count,
                        const std::function<void(std::size_t)>& draw) {
    if (blocks.heights.size() != count) blocks = MeasuredBlocks{std::vector<float>(count, 0.0f)};
    const float guess = blocks.measured > 0 ? blocks.total / static_cast<float>(blocks.measured) : Em(8.0f);
    auto [first, last] = VisibleBlocks(blocks, ImGui::GetCursorScreenPos().y, guess);
    first = first > 0 && first < count ? first - 1 : first;   // one more on each side, for Tab
    last = std::min(last + 1, count);
    // A short list is drawn whole (ImGui culls what is off screen), so its height is known from
    // the first frame and a reader's swipe meets its true end, not a guessed one.
    if (count <= kDrawnWhole) first = 0, last = count;
    float skipped = 0.0f;
    for (std::size_t k = 0; k < count; ++k) {
        const float top = ImGui::GetCursorScreenPos().y + skipped;
        if (k < first || k >= last) {
            skipped += blocks.heights[k] > 0.0f ? blocks.heights[k] : guess;
            continue;
        }
        Skip(&skipped);
        ImGui::BeginGroup();
        draw(k);
        ImGui::EndGroup();
        Measure(blocks, k, ImGui::GetCursorScreenPos().y - top);
        MarkBlockEnd(app);
    }
    Skip(&skipped);
}

// One row of the grid: each item in a column of its own whose content region is bounded to it,
// so that its text and links wrap there as in a table's cell (ImGui's tables would cost 7 KiB of
// download for this; the region is the window's, set for the item and put back).
static void DrawGridRow(std::size_t row, std::size_t columns, std::size_t count, float gap,
                        const std::function<void(std::size_t, float)>& draw) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = (ImGui::GetContentRegionAvail().x - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const ImRect region = window->ContentRegionRect, work = window->WorkRect;
    float bottom = start.y;
    ImGui::PushID(static_cast<int>(row));
    for (std::size_t c = 0; c < columns && row * columns + c < count; ++c) {
        const float left = start.x + static_cast<float>(c) * (width + gap);
        ImGui::SetCursorScreenPos(ImVec2(left, start.y));
        window->ContentRegionRect.Max.x = window->WorkRect.Max.x = left + width;
        ImGui::PushID(static_cast<int>(c));
        ImGui::BeginGroup();
        draw(row * columns + c, width);
        ImGui::EndGroup();
        ImGui::PopID();
        bottom = std::max(bottom, ImGui::GetItemRectMax().y);
    }
    window->ContentRegionRect = region;
    window->WorkRect = work;
    ImGui::PopID();
    ImGui::SetCursorScreenPos(start);
    ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, bottom - start.y));
}

void DrawMeasuredGrid(const AppState& app, MeasuredBlocks& blocks, std::size_t count, float column,
                      const std::function<void(std::size_t, float)>& draw, bool ruled) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2.0f;
    const std::size_t columns = static_cast<std::size_t>(std::max(1.0f, std::floor((avail + gap) / (column + gap))));
    DrawMeasuredBlocks(app, blocks, (count + columns - 1) / columns, [&](std::size_t row) {
        if (columns == 1) {
            draw(row, avail);
        } else {
            app.picture.in_grid_row = true;   // the row ends the block, not a text in one of its items
            DrawGridRow(row, columns, count, gap, draw);
            app.picture.in_grid_row = false;
        }
        if (ruled) ImGui::Separator();
    });
}

} // namespace polity::ui
