// Polity Explorer widget — the part of a widget's state that a link reopens (view, selected
// item, language, search, institution category) plus what a host page is told about (loading
// phase, the selected item's kind, why loading failed). The platform compares it after every
// frame and reports changes to the page, which keeps URL fragments and host events in step.
#pragma once

#include <string>
#include <string_view>

namespace polity::ui {

struct AppState;

// Compact JSON, the same bytes for the same state (so comparing strings finds changes):
// {"phase":"ready","view":"institutions","item":"ombudsman","kind":"institution","lang":"ru",
//  "search":"","category":""}; when loading failed also "message" and "diagnostics" (at most
// the first 20, formatted as file:line:col: severity: message [pointer]).
std::string DescribeLink(const AppState& app);

// The selected entity's id ("" for none); before a dataset is shown, the id asked for.
std::string SelectedId(const AppState& app);

// Shows only the institutions of `category` ("" = all). A no-op until a dataset is shown:
// a new dataset starts every view afresh, so the page applies filters once it is ready.
void SetInstitutionCategory(AppState& app, std::string_view category);

} // namespace polity::ui
