// The corpus of datasets under tests/fixtures: every valid one loads with no diagnostics;
// every invalid one yields exactly the diagnostics in its .expected file (one per line,
// as `polity check` prints them). To regenerate after a deliberate change of wording, run
// the tests with POLITY_UPDATE_EXPECTED=1 and review the diff.
#include "polity/load.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

const std::string kFixtures = std::string(POLITY_SOURCE_DIR) + "/tests/fixtures/";

std::vector<std::string> JsonFilesIn(const std::string& dir) {
    std::vector<std::string> names;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* entry = readdir(d)) {
            const std::string name = entry->d_name;
            if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0) names.push_back(name);
        }
        closedir(d);
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::string ReadAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string DiagnosticsText(const polity::LoadResult& r) {
    std::string out;
    for (const auto& d : r.diagnostics) out += polity::FormatDiagnostic(d) + "\n";
    return out;
}

} // namespace

TEST_CASE("every valid fixture loads without diagnostics") {
    const auto names = JsonFilesIn(kFixtures + "valid");
    REQUIRE(!names.empty());
    for (const auto& name : names) {
        CAPTURE(name);
        const auto r = polity::LoadDataset(ReadAll(kFixtures + "valid/" + name), "valid/" + name);
        CHECK(r.ok());
        CHECK(DiagnosticsText(r) == "");
    }
}

// Checks each fixture of `folder` against its .expected file; returns how many were checked.
template <typename Verdict>
std::size_t CheckAgainstExpected(const std::string& folder, Verdict verdict) {
    const auto names = JsonFilesIn(kFixtures + folder);
    const bool update = std::getenv("POLITY_UPDATE_EXPECTED") != nullptr;
    for (const auto& name : names) {
        CAPTURE(name);
        const auto r = polity::LoadDataset(ReadAll(kFixtures + folder + "/" + name), folder + "/" + name);
        const std::string expected_path = kFixtures + folder + "/" + name.substr(0, name.size() - 5) + ".expected";
        const std::string actual = DiagnosticsText(r);
        if (update) std::ofstream(expected_path, std::ios::binary) << actual;
        verdict(r);
        CHECK(actual == ReadAll(expected_path));
    }
    return names.size();
}

TEST_CASE("every invalid fixture yields exactly its expected diagnostics") {
    const std::size_t checked = CheckAgainstExpected("invalid", [](const polity::LoadResult& r) {
        CHECK_FALSE(r.ok());
        CHECK(r.ErrorCount() > 0);
    });
    CHECK(checked >= 20);
}

TEST_CASE("fixtures with only warnings load, and say exactly their expected warnings") {
    const std::size_t checked = CheckAgainstExpected("warnings", [](const polity::LoadResult& r) {
        CHECK(r.ok());
        CHECK(r.ErrorCount() == 0);
        CHECK(r.WarningCount() > 0);
    });
    CHECK(checked >= 2);
}
