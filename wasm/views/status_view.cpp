// Polity Explorer widget — loading and error screens (see status_view.hpp).
#include "views/status_view.hpp"

#include "app_state.hpp"
#include "views/widgets.hpp"

#include <cmath>

namespace polity::ui {

//-----------------------------------------------------------------------------
// [SECTION] Loading
//-----------------------------------------------------------------------------

// A bar that fills with `fraction`, or a block sliding back and forth while the size is unknown.
static void ProgressBar(const AppState& app, double fraction, float width) {
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 size(width, Em(0.4f));
    ImGui::Dummy(size);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 max(min.x + size.x, min.y + size.y);
    const Palette& p = Colors(app);
    draw->AddRectFilled(min, max, p.panel, size.y);
    float from = 0.0f;
    float to = static_cast<float>(std::fmin(std::fmax(fraction, 0.0), 1.0));
    if (fraction < 0.0 && app.theme.reduced_motion) {   // busy, without movement: a still, pale bar
        draw->AddRectFilled(min, max, WithAlpha(p.accent, 0.35f), size.y);
        return;
    }
    if (fraction < 0.0) {
        const float t = static_cast<float>(std::fmod(ImGui::GetTime() * 0.6, 2.0));
        from = (t < 1.0f ? t : 2.0f - t) * 0.75f;
        to = from + 0.25f;
    }
    draw->AddRectFilled(ImVec2(min.x + from * size.x, min.y), ImVec2(min.x + to * size.x, max.y),
                        p.accent, size.y);
}

// "52 KB", "9.5 KB": one decimal below 10 KB, as a download's first moments need it.
static std::string Kilobytes(const AppState& app, double bytes) {
    const double kb = bytes / 1024.0;
    const double shown = kb < 10.0 ? std::round(kb * 10.0) / 10.0 : std::round(kb);
    return UiFill(app, UiString::Kilobytes, {Number(app, shown)});
}

std::string ProgressText(const AppState& app) {
    const LoadStatus& l = app.load;
    if (l.file.empty()) return {};
    if (l.received <= 0.0) return UiFill(app, UiString::DownloadingFile, {l.file});
    if (l.total <= 0.0) return UiFill(app, UiString::DownloadingSoFar, {l.file, Kilobytes(app, l.received)});
    return UiFill(app, UiString::DownloadingOf, {l.file, Kilobytes(app, l.received), Kilobytes(app, l.total)});
}

std::string FailureText(const AppState& app) {
    const LoadFailure& f = app.load.failure;
    const auto download = [&](const std::string& reason) { return UiFill(app, UiString::CouldNotDownload, {f.file, reason}); };
    switch (f.problem) {
    case LoadProblem::HttpStatus: return download(UiFill(app, UiString::ServerAnswered, {f.detail}));
    case LoadProblem::Network: return download(Ui(app, UiString::NetworkError));
    case LoadProblem::Timeout: return download(UiFill(app, UiString::NoDataFor, {f.detail}));
    case LoadProblem::TooLarge: return Ui(app, UiString::TooLarge);
    case LoadProblem::NoMemory: return Ui(app, UiString::NoMemory);
    case LoadProblem::HasErrors: return UiFill(app, UiString::DatasetHasErrors, {f.file});
    case LoadProblem::Message: break;
    }
    return f.detail;
}

void DrawLoadingScreen(const AppState& app) {
    const float width = std::fmin(ImGui::GetContentRegionAvail().x, Em(24.0f));
    ImGui::Dummy(ImVec2(0.0f, Em(2.0f)));
    Heading(app, Ui(app, UiString::Loading));
    const std::string progress = ProgressText(app);
    MutedText(app, progress.empty() ? std::string(Ui(app, UiString::PleaseWait)) : progress);
    ProgressBar(app, app.load.fraction, width);
    if (app.load.fraction >= 0.0) ImGui::Text("%d%%", static_cast<int>(app.load.fraction * 100.0 + 0.5));
}

//-----------------------------------------------------------------------------
// [SECTION] Errors
//-----------------------------------------------------------------------------

static std::string Where(const Diagnostic& d) {
    std::string where = d.file.empty() ? std::string("(dataset)") : d.file;
    if (d.line > 0) where += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
    if (!d.pointer.empty()) where += "  at " + d.pointer;
    return where;
}

// Four lines a row: where, the message (two lines at most) and the hint, so long lists clip.
static float DiagnosticRowHeight() { return 4.0f * ImGui::GetTextLineHeight() + Em(0.9f); }

static void DiagnosticRow(const AppState& app, const Diagnostic& d, float width) {
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetTextLineHeight();
    const bool error = d.severity == Severity::Error;
    const std::string head = std::string(SeverityName(d.severity)) + "  " + Where(d);
    DrawClippedText(top, head, 1, width, error ? Colors(app).error : Colors(app).warning);
    const float used = DrawClippedText(ImVec2(top.x, top.y + line), d.message, 2, width);
    if (!d.hint.empty())
        DrawClippedText(ImVec2(top.x, top.y + line + used), std::string(Ui(app, UiString::Hint)) + ": " + d.hint, 1,
                        width, Colors(app).muted);
    ImGui::Dummy(ImVec2(width, DiagnosticRowHeight() - ImGui::GetStyle().ItemSpacing.y));
}

void DrawErrorScreen(const AppState& app) {
    ImGui::PushStyleColor(ImGuiCol_Text, Colors(app).error);
    Heading(app, Ui(app, UiString::LoadFailed));
    ImGui::PopStyleColor();
    Paragraph(app, FailureText(app));
    const auto& list = app.load.diagnostics;
    if (list.empty()) return;
    MutedText(app, UiFill(app, UiString::Problems, {Number(app, static_cast<double>(app.load.problems))}));
    ImGui::BeginChild("##diagnostics", ImVec2(0.0f, 0.0f), true);
    const float width = ImGui::GetContentRegionAvail().x;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(list.size()), DiagnosticRowHeight());
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) DiagnosticRow(app, list[i], width);
    ImGui::EndChild();
}

} // namespace polity::ui
