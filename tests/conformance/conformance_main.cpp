// Runs the conformance corpus and prints one line per case: its name and what the loader
// said first (or "loads"). Exit status 1 when a case does not meet its expectation.
// The same program is built natively and to WebAssembly (run by node); the test command
// compares the two outputs line by line.
#include "cases.hpp"
#include "polity/load.hpp"

#include <cstdio>

namespace {

using polity::conformance::Expect;

const char* ExpectName(Expect e) {
    switch (e) {
    case Expect::Loads: return "loads";
    case Expect::PlacedError: return "error with line:column";
    case Expect::WholeFileError: return "error about the whole file";
    }
    return "?";
}

bool Meets(const polity::LoadResult& r, Expect expect) {
    if (expect == Expect::Loads) return r.ok() && r.diagnostics.empty();
    if (r.ok() || r.diagnostics.empty()) return false;
    const bool placed = r.diagnostics.front().line > 0;
    return expect == Expect::PlacedError ? placed : !placed;
}

} // namespace

int main() {
    int failed = 0, passed = 0;
    for (const auto& c : polity::conformance::MakeCases()) {
        const polity::LoadResult r = polity::LoadDataset(c.text, "case.json");
        const bool ok = Meets(r, c.expect);
        std::string said = "loads";
        if (!r.diagnostics.empty()) {
            said = polity::FormatDiagnostic(r.diagnostics.front());
            said = said.substr(0, said.find('\n'));
        }
        std::printf("%s %s: %s\n", ok ? "ok  " : "FAIL", c.name.c_str(), said.c_str());
        if (!ok) std::printf("     expected: %s\n", ExpectName(c.expect));
        (ok ? passed : failed)++;
    }
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
