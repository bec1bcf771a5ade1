// polity check: every problem in every file, as file:line:col: severity: message [pointer].
#include "commands.hpp"

#include "polity/load.hpp"

#include <algorithm>
#include <cstdio>

namespace polity::cli {

namespace {

const char kCheckHelp[] =
    "usage: polity check [--quiet] [--werror] FILE...\n"
    "\n"
    "Loads and validates each dataset and prints every problem found:\n"
    "  file:line:col: error: message [json-pointer]\n"
    "    hint: how to fix it\n"
    "\n"
    "  --quiet    print only the summary line per file\n"
    "  --werror   treat warnings as errors\n"
    "\n"
    "Exit status: 0 all clean, 1 some dataset has errors, 2 usage or unreadable file.\n";

// An unreadable file is an I/O problem (exit 2), not an invalid dataset (exit 1).
bool IsIoFailure(const LoadResult& r) {
    return r.diagnostics.size() == 1 && r.diagnostics[0].line == 0 && r.diagnostics[0].message.rfind("cannot ", 0) == 0;
}

} // namespace

bool WantsHelp(const std::vector<std::string>& args) {
    return std::any_of(args.begin(), args.end(), [](const std::string& a) { return a == "-h" || a == "--help"; });
}

int RunCheck(const std::vector<std::string>& args) {
    if (WantsHelp(args)) {
        std::fputs(kCheckHelp, stdout);
        return kExitClean;
    }
    bool quiet = false, werror = false;
    std::vector<std::string> files;
    for (const auto& a : args) {
        if (a == "--quiet") quiet = true;
        else if (a == "--werror") werror = true;
        else if (a.size() > 1 && a[0] == '-') {
            std::fprintf(stderr, "polity check: unknown option '%s'\n\n%s", a.c_str(), kCheckHelp);
            return kExitUsage;
        } else files.push_back(a);
    }
    if (files.empty()) {
        std::fputs(kCheckHelp, stderr);
        return kExitUsage;
    }
    int status = kExitClean;
    for (const auto& file : files) {
        const LoadResult r = LoadDatasetFile(file);
        if (!quiet)
            for (const auto& d : r.diagnostics) std::printf("%s\n", FormatDiagnostic(d).c_str());
        const bool failed = !r.ok() || (werror && r.WarningCount() > 0);
        std::printf("%s: %s (%zu error%s, %zu warning%s)\n", file.c_str(), failed ? "invalid" : "ok", r.ErrorCount(),
                    r.ErrorCount() == 1 ? "" : "s", r.WarningCount(), r.WarningCount() == 1 ? "" : "s");
        if (IsIoFailure(r)) status = kExitUsage;
        else if (failed && status == kExitClean) status = kExitInvalid;
    }
    return status;
}

} // namespace polity::cli
