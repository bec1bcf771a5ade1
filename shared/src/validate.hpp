// Internal to the loader: reading a dataset's text into the model, checking every rule of the
// format on the way. The text is read once, element by element (json_reader.hpp), after a quick
// survey (survey.hpp) that finds every id first so references can point forward. Problems are
// collected with JSON pointers; load.cpp turns the pointers into lines and columns.
#pragma once

#include "polity/load.hpp"
#include "polity/model.hpp"

#include "json_reader.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace polity::detail {

struct PendingDiagnostic {
    Severity severity = Severity::Error;
    std::string pointer;
    std::string message;
    std::string hint;
};

struct BuildOutcome {
    Dataset dataset;
    std::vector<PendingDiagnostic> diagnostics;  // what the model's rules found
    std::vector<ParseProblem> parse_problems;    // what the text's syntax and limits found
    bool complete = false;                       // the whole text was read (parse problems may exist)
};

BuildOutcome ReadDataset(std::string_view text, int max_depth, std::size_t max_string_bytes);

// Warnings about words and figures that lost whoever gave them (validate_attribution.cpp):
// a person's figure repeated without their name, a translation in quotation marks that does
// not say it is one. For a dataset that built without errors.
void CheckAttribution(const Dataset& data, std::vector<PendingDiagnostic>& out);

} // namespace polity::detail
