// Polity Explorer widget — the application: one AppState per widget instance, and the
// per-frame entry point. The platform layer (main.cpp, platform/) calls only what is here;
// the views (views/) see only AppState and the model. No Emscripten include in this file.
#pragma once

#include "polity/load.hpp"
#include "polity/model.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace polity::ui {

// The views a reader can open. Names are also used in the JS API and deep links.
enum class View : int { Overview, Institutions, Reforms, Timeline, Network, Figures, Quotes, Sources, Search };
inline constexpr int kViewCount = 9;
const char* ViewName(View v);                    // "overview", "institutions", ...
bool ParseView(std::string_view name, View* out);

struct AppState;                                 // defined in app_state.hpp (views only)

struct AppOptions {
    std::string language = "en";                 // requested interface/dataset language
    View initial_view = View::Overview;
    std::string initial_item;                    // entity id to open first, may be empty
};

// Lifecycle — called by the platform layer.
std::unique_ptr<AppState, void (*)(AppState*)> CreateApp(const AppOptions& options);
void SetLoadProgress(AppState& app, double fraction, std::string_view what); // 0..1, or <0 = unknown
void SetDataset(AppState& app, Dataset&& data, std::vector<Diagnostic> warnings);
void SetLoadFailure(AppState& app, std::string_view what, std::vector<Diagnostic> diagnostics);

// Draws one frame; call between ImGui::NewFrame() and ImGui::Render().
void DrawFrame(AppState& app);
// True while something animates (so the platform keeps rendering without input).
bool WantsAnotherFrame(const AppState& app);
// True once the frame just drawn showed real dataset content (not progress or error).
bool HasContent(const AppState& app);

// Host/JS API and test hook.
void Navigate(AppState& app, View view, std::string_view item_id); // item may be ""
void SetLanguage(AppState& app, std::string_view lang);
void GoBack(AppState& app);                      // the previous view/selection, if any
void GoForward(AppState& app);                   // undoes GoBack, if nothing was opened since
// Sets the search box (e.g. from a DOM <input> on phones) and shows the results.
void SetSearchText(AppState& app, std::string_view text);
// The http(s) URL the reader asked to open since the last call, or "" — the platform opens it
// (in a new tab, with noopener). Only http:// and https:// URLs are ever returned.
std::string TakeOpenUrlRequest(AppState& app);
// {"view":"institutions","selected":"ombudsman","language":"en","counts":{...},"search":"..."}.
std::string DescribeState(const AppState& app);

} // namespace polity::ui
