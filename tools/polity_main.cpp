// polity — check and inspect Polity Explorer datasets from the command line.
#include "commands.hpp"

#include <cstdio>
#include <cstring>

namespace {

const char kUsage[] =
    "usage: polity <command> [options] [files]\n"
    "\n"
    "Commands:\n"
    "  check FILE...   report every problem in the datasets, compiler-style\n"
    "  stats FILE      counts per entity type, date range and sources\n"
    "  generate        a synthetic dataset of a given size (for benchmarks)\n"
    "  import DIR      CSV sheets from a spreadsheet -> a checked dataset\n"
    "  export FILE     a dataset -> CSV sheets to edit in a spreadsheet\n"
    "  html FILE       the dataset as a static, semantic HTML page\n"
    "\n"
    "Run 'polity <command> --help' for a command's options.\n"
    "Exit status: 0 clean, 1 invalid dataset, 2 usage or I/O error.\n";

} // namespace

int main(int argc, char** argv) {
    using namespace polity::cli;
    if (argc < 2) {
        std::fputs(kUsage, stderr);
        return kExitUsage;
    }
    const std::string command = argv[1];
    const std::vector<std::string> args(argv + 2, argv + argc);
    if (command == "-h" || command == "--help" || command == "help") {
        std::fputs(kUsage, stdout);
        return kExitClean;
    }
    if (command == "check") return RunCheck(args);
    if (command == "stats") return RunStats(args);
    if (command == "generate") return RunGenerate(args);
    if (command == "import") return RunImport(args);
    if (command == "export") return RunExport(args);
    if (command == "html") return RunHtml(args);
    std::fprintf(stderr, "polity: unknown command '%s'\n\n%s", command.c_str(), kUsage);
    return kExitUsage;
}
