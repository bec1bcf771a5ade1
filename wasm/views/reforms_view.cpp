// Polity Explorer widget — the reforms (see reforms_view.hpp).
#include "views/reforms_view.hpp"

#include "app_state.hpp"
#include "views/picture_view.hpp"
#include "views/widgets.hpp"

#include <algorithm>

namespace polity::ui {

//-----------------------------------------------------------------------------
// [SECTION] One change
//-----------------------------------------------------------------------------

std::string ReformDateLine(const AppState& app, Index reform) {
    const char* how = Ui(app, AdoptedByString(app.data->ReformOf(reform).adopted_by));
    return DateText(app, app.data->At(reform).date) + "  \xC2\xB7  " + how;
}

static void BeforeAfterCell(const AppState& app, const char* label, const std::string& text, float width) {
    SectionLabel(label);
    Paragraph(app, text.empty() ? std::string(Ui(app, UiString::NotStated)) : text, width);
}

static void BeforeAfter(AppState& app, const Change& c) {
    const std::string& before = Tr(app, c.before);
    const std::string& after = Tr(app, c.after);
    const char* before_label = Ui(app, UiString::Before);
    const char* after_label = Ui(app, UiString::After);
    const float available = ImGui::GetContentRegionAvail().x;
    if (IsNarrow() || available < Em(24.0f)) {
        BeforeAfterCell(app, before_label, before, available);
        BeforeAfterCell(app, after_label, after, available);
        return;
    }
    // Two columns of groups side by side (ImGui's tables cost 7 KiB of download for this one use).
    const float gap = Em(1.0f), width = (available - gap) * 0.5f, left = ImGui::GetCursorPosX();
    ImGui::BeginGroup();
    BeforeAfterCell(app, before_label, before, width);
    ImGui::EndGroup();
    ImGui::SameLine(left + width + gap);
    ImGui::BeginGroup();
    BeforeAfterCell(app, after_label, after, width);
    ImGui::EndGroup();
}

void DrawChange(AppState& app, const ChangeRef& ref, bool with_reform, Index context) {
    const Change& c = app.data->ReformOf(ref.reform).changes[ref.change];
    ImGui::PushID(static_cast<int>(ref.reform));
    ImGui::PushID(static_cast<int>(ref.change));
    if (with_reform) {
        MutedText(app, ReformDateLine(app, ref.reform));
        EntityLink(app, ref.reform);
    }
    Paragraph(app, Tr(app, c.topic));
    if (c.institution != kNone && c.institution != context) {
        ImGui::PushStyleColor(ImGuiCol_Text, Colors(app).muted);
        ImGui::AlignTextToFramePadding();   // level with the link after it
        ImGui::Text("%s:", Ui(app, UiString::Institution));
        ImGui::PopStyleColor();
        ImGui::SameLine();
        EntityLink(app, c.institution);
    }
    BeforeAfter(app, c);
    CitationMarks(app, c.sources);
    ImGui::PopID();
    ImGui::PopID();
    MarkBlockEnd(app);
}

//-----------------------------------------------------------------------------
// [SECTION] One reform
//-----------------------------------------------------------------------------

// The institutions a reform's changes touched, each once, in order of first mention.
static std::vector<Index> Touched(const Reform& reform) {
    std::vector<Index> out;
    for (const Change& c : reform.changes)
        if (c.institution != kNone && std::find(out.begin(), out.end(), c.institution) == out.end())
            out.push_back(c.institution);
    return out;
}

static void DrawReform(AppState& app, Index r) {
    const Reform& reform = app.data->ReformOf(r);
    MutedText(app, ReformDateLine(app, r));
    ImGui::PushID(static_cast<int>(r));
    EntityLink(app, r);
    ImGui::PopID();
    Paragraph(app, Tr(app, app.data->At(r).description));
    const std::vector<Index> touched = Touched(reform);
    if (!touched.empty()) {
        SectionLabel(Ui(app, UiString::InstitutionsTouched));
        EntityLinks(app, touched);
    }
    for (std::size_t k = 0; k < reform.changes.size(); ++k) {
        ImGui::Separator();
        DrawChange(app, {r, k}, false);
    }
    if (reform.changes.empty()) CitationMarks(app, app.data->At(r).sources);
}

void ReformsView::Draw(AppState& app) {
    const auto& reforms = app.by_kind[static_cast<int>(Kind::Reform)];
    if (reforms.empty()) {
        MutedText(app, Ui(app, UiString::EmptyView));
        return;
    }
    DrawMeasuredBlocks(app, blocks, reforms.size(), [&](std::size_t k) {
        DrawReform(app, reforms[k]);
        ImGui::Dummy(ImVec2(0.0f, Em(0.8f)));
    });
}

} // namespace polity::ui
