// Polity Explorer widget — the picture's header and footer (see picture_view.hpp).
#include "views/picture_view.hpp"

#include "app_state.hpp"
#include "views/top_bar.hpp"
#include "views/widgets.hpp"

namespace polity::ui {

static constexpr const char* kDot = "  \xC2\xB7  ";   // " · " with room around it

void DrawPictureHeader(AppState& app) {
    Heading(Tr(app, app.data->meta.title));
    std::string where = ViewLabel(app, app.current.view);
    if (app.current.item != kNone) where += kDot + NameOf(app, app.current.item);
    MutedText(where);
    ImGui::Separator();
}

std::vector<std::string> PictureFooterLines(const AppState& app) {
    const Meta& meta = app.data->meta;
    std::string sources;
    for (Index s : meta.sources) {
        if (!sources.empty()) sources += "; ";
        sources += NameOf(app, s);
        const std::string& publisher = Tr(app, app.data->SourceOf(s).publisher);
        const std::string date = DateText(app, app.data->At(s).date);
        if (!publisher.empty() || !date.empty())
            sources += " (" + publisher + (publisher.empty() || date.empty() ? "" : ", ") + date + ")";
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

void MeasurePictureFooter(AppState& app) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::GetContentRegionAvail().x;
    float height = style.ItemSpacing.y * 2.0f + 1.0f;  // the separator above the lines
    for (const std::string& line : PictureFooterLines(app))
        height += ImGui::CalcTextSize(line.c_str(), nullptr, false, width).y + style.ItemSpacing.y;
    app.picture.footer = height;
}

void DrawPictureFooter(AppState& app) {
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::SetCursorPosY(ImGui::GetWindowHeight() - style.WindowPadding.y - app.picture.footer + style.ItemSpacing.y);
    ImGui::Separator();
    ImGui::PushTextWrapPos(0.0f);       // the window's right edge
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_TextDisabled));
    for (const std::string& line : PictureFooterLines(app)) ImGui::TextUnformatted(line.c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
}

} // namespace polity::ui
