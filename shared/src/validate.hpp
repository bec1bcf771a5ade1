// Internal to the loader: building a Dataset from a parsed JSON document, checking every
// rule of the format on the way. Problems are collected with JSON pointers; load.cpp turns
// the pointers into lines and columns.
#pragma once

#include "polity/load.hpp"
#include "polity/model.hpp"

#include "dom.hpp"

#include <string>
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
    std::vector<PendingDiagnostic> diagnostics;
};

// Consumes `root` (strings are moved out of it into the model).
BuildOutcome BuildDataset(Dom&& root);

// Warnings about words and figures that lost whoever gave them (validate_attribution.cpp):
// a person's figure repeated without their name, a translation in quotation marks that does
// not say it is one. For a dataset that built without errors.
void CheckAttribution(const Dataset& data, std::vector<PendingDiagnostic>& out);

} // namespace polity::detail
