// The JSON conformance corpus: hand-made cases of broken and odd JSON around a valid dataset.
// Built in code (a 10 MB string and 10,000 brackets do not belong in git), run natively and
// in WebAssembly by the same runner so the two builds can be compared case by case.
#pragma once

#include <string>
#include <vector>

namespace polity::conformance {

enum class Expect { Loads, PlacedError, WholeFileError };

struct Case {
    std::string name;
    std::string text;
    Expect expect;
};

std::vector<Case> MakeCases();

} // namespace polity::conformance
