// polity export: a dataset -> CSV sheets an editor can open in a spreadsheet app.
#include "commands.hpp"

#include "polity/load.hpp"
#include "polity/sheets.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace polity::cli {

namespace {

namespace fs = std::filesystem;

const char kExportHelp[] =
    "usage: polity export DATASET.json -o DIR\n"
    "\n"
    "Writes the dataset as CSV sheets into DIR (created if needed): meta.csv, one\n"
    "sheet per kind of entity (sources.csv, institutions.csv, ...) and one per nested\n"
    "list (changes.csv, roles.csv, observations.csv). 'polity import DIR' turns them\n"
    "back into the same dataset; the export checks that before it ends.\n"
    "The files are UTF-8 with a byte order mark, so Excel reads them right.\n"
    "\n"
    "The dataset must load without errors (see 'polity check'). DIR must not hold\n"
    "sheets this export would not replace, since an import would read them too.\n"
    "\n"
    "Exit status: 0 written, 1 the dataset has errors, 2 usage or I/O error.\n";

int Usage(const char* problem) {
    std::fprintf(stderr, "polity export: %s\n\n%s", problem, kExportHelp);
    return kExitUsage;
}

// Sheets already in `dir` that the export would not overwrite: an import would mix them in.
std::vector<std::string> Leftovers(const fs::path& dir, const std::vector<sheets::CsvFile>& files) {
    std::vector<std::string> found;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        const bool written = std::any_of(files.begin(), files.end(), [&](const sheets::CsvFile& f) { return f.name == name; });
        if (!written && sheets::SheetForFile(name) && it->path().extension() == ".csv") found.push_back(it->path().string());
    }
    return found;
}

bool WriteFiles(const fs::path& dir, const std::vector<sheets::CsvFile>& files) {
    for (const sheets::CsvFile& f : files) {
        std::ofstream out(dir / f.name, std::ios::binary | std::ios::trunc);
        if (!out || !out.write(f.text.data(), static_cast<std::streamsize>(f.text.size()))) {
            std::fprintf(stderr, "polity export: cannot write %s\n", (dir / f.name).string().c_str());
            return false;
        }
    }
    return true;
}

// Reads the dataset and loads it; prints why when it does not load.
int LoadText(const std::string& path, std::string* text) {
    std::error_code ec;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    *text = std::move(s).str();
    if (!in || in.bad() || fs::is_directory(path, ec)) {
        std::fprintf(stderr, "polity export: cannot read %s\n", path.c_str());
        return kExitUsage;
    }
    const LoadResult r = LoadDataset(*text, path);
    if (r.ok()) return kExitClean;
    for (const auto& d : r.diagnostics) std::fprintf(stderr, "%s\n", FormatDiagnostic(d).c_str());
    std::fprintf(stderr, "polity export: %s does not load; nothing written\n", path.c_str());
    return kExitInvalid;
}

} // namespace

int RunExport(const std::vector<std::string>& args) {
    if (WantsHelp(args)) {
        std::fputs(kExportHelp, stdout);
        return kExitClean;
    }
    std::string input, dir;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "-o" && i + 1 < args.size()) dir = args[++i];
        else if (args[i].size() > 1 && args[i][0] == '-') return Usage("bad option");
        else if (input.empty()) input = args[i];
        else return Usage("one dataset at a time");
    }
    if (input.empty() || dir.empty()) return Usage("give a dataset and -o DIR");
    std::string text;
    if (const int status = LoadText(input, &text); status != kExitClean) return status;

    const sheets::ExportResult result = sheets::ExportSheets(text);
    for (const auto& lost : result.lost)
        std::fprintf(stderr, "%s\n", sheets::FormatExportNote(input, lost).c_str());
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return std::fprintf(stderr, "polity export: cannot create %s\n", dir.c_str()), kExitUsage;
    const std::vector<std::string> leftovers = Leftovers(dir, result.files);
    for (const auto& f : leftovers) std::fprintf(stderr, "polity export: %s is from something else; move it away first\n", f.c_str());
    if (!leftovers.empty() || !WriteFiles(dir, result.files)) return kExitUsage;

    // The promise of the format: importing the sheets gives the dataset back.
    const std::string differs = sheets::FirstDifference(text, sheets::ImportSheets(result.files).json);
    if (!differs.empty())
        std::fprintf(stderr, "%s\n", sheets::FormatExportDifference(input, differs).c_str());
    std::fprintf(stderr, "wrote %zu sheets to %s\n", result.files.size(), dir.c_str());
    return kExitClean;
}

} // namespace polity::cli
