// polity import: CSV sheets from a spreadsheet -> one dataset file, checked on the way.
#include "commands.hpp"

#include "polity/sheets.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace polity::cli {

namespace {

namespace fs = std::filesystem;

const char kImportHelp[] =
    "usage: polity import [-o OUT.json] DIR_OR_FILES...\n"
    "\n"
    "Reads the CSV sheets of a dataset (meta.csv, sources.csv, institutions.csv, ...;\n"
    "a folder stands for every .csv file in it), builds the dataset and checks it.\n"
    "Every problem is reported by file, spreadsheet row and column:\n"
    "  roles.csv:4: error: column \"institution\": unknown id 'supreme-cuort' ...\n"
    "\n"
    "  -o OUT.json   write the dataset there (default: standard output)\n"
    "\n"
    "Nothing is written when there are errors. The sheets are explained in\n"
    "docs/make-your-own.md; data/templates/ has blank ones to copy.\n"
    "\n"
    "Exit status: 0 written, 1 the sheets have errors, 2 usage or unreadable file.\n";

std::string Extension(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

bool ReadText(const fs::path& path, std::string* text) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream s;
    s << in.rdbuf();
    *text = std::move(s).str();
    return !in.bad();
}

// A file over the size limit, found by its size alone: the text is never read. Like a problem
// in the sheets, it is printed as one and makes the import write nothing (exit 1).
bool TooLarge(const fs::path& path) {
    std::error_code ec;
    const std::uintmax_t size = fs::is_regular_file(path, ec) ? fs::file_size(path, ec) : 0;
    if (ec || size <= sheets::kMaxSheetBytes) return false;
    const sheets::SheetDiagnostic d{Severity::Error, path.string(), 0, "",
        TooLargeMessage(size, sheets::kMaxSheetBytes),
        "A dataset made from it could not load; move long texts out of it."};
    std::fprintf(stderr, "%s\n", sheets::FormatSheetDiagnostic(d).c_str());
    return true;
}

// Adds one file; false (with a message) when it cannot be used. A file over the size limit is
// counted in `too_large`, not read.
bool AddFile(const fs::path& path, std::vector<sheets::CsvFile>* files, std::size_t* too_large) {
    if (TooLarge(path)) {
        ++*too_large;
        return true;
    }
    if (sheets::IsWorkbookName(path.string())) {
        std::fprintf(stderr, "polity import: %s\n", sheets::WorkbookProblem(path.string()).c_str());
        return false;
    }
    sheets::CsvFile file{path.string(), {}};
    std::error_code ec;
    if (fs::is_directory(path, ec) || !ReadText(path, &file.text)) {
        std::fprintf(stderr, "polity import: cannot read %s\n", path.string().c_str());
        return false;
    }
    files->push_back(std::move(file));
    return true;
}

// A folder's .csv files, by name.
bool AddFolder(const fs::path& dir, std::vector<sheets::CsvFile>* files, std::size_t* too_large) {
    std::vector<fs::path> csv, workbooks;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        if (Extension(it->path()) == ".csv") csv.push_back(it->path());
        else if (sheets::IsWorkbookName(it->path().string())) workbooks.push_back(it->path());
    }
    if (csv.empty()) {
        std::fprintf(stderr, "polity import: no .csv files in %s%s\n", dir.string().c_str(),
                     workbooks.empty() ? "" : " (only a workbook: save each sheet as \"CSV UTF-8\")");
        return false;
    }
    std::sort(csv.begin(), csv.end());
    return std::all_of(csv.begin(), csv.end(), [&](const fs::path& p) { return AddFile(p, files, too_large); });
}

bool WriteText(const std::string& path, const std::string& text) {
    const std::string temporary = path + ".partial";  // a failed write leaves no half dataset
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out || !out.write(text.data(), static_cast<std::streamsize>(text.size()))) return false;
    }
    std::error_code ec;
    fs::rename(temporary, path, ec);
    return !ec;
}

int Usage(const char* problem, const std::string& arg) {
    std::fprintf(stderr, "polity import: %s%s\n\n%s", problem, arg.c_str(), kImportHelp);
    return kExitUsage;
}

void Report(const sheets::ImportResult& r) {
    for (const auto& d : r.diagnostics) std::fprintf(stderr, "%s\n", sheets::FormatSheetDiagnostic(d).c_str());
}

} // namespace

int RunImport(const std::vector<std::string>& args) {
    if (WantsHelp(args)) {
        std::fputs(kImportHelp, stdout);
        return kExitClean;
    }
    std::string out_path;
    std::vector<std::string> inputs;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "-o" && i + 1 < args.size()) out_path = args[++i];
        else if (args[i].size() > 1 && args[i][0] == '-') return Usage("bad option ", args[i]);
        else inputs.push_back(args[i]);
    }
    if (inputs.empty()) return Usage("no sheets given", "");
    std::vector<sheets::CsvFile> files;
    std::size_t too_large = 0;
    for (const std::string& input : inputs) {
        std::error_code ec;
        const bool ok =
            fs::is_directory(input, ec) ? AddFolder(input, &files, &too_large) : AddFile(input, &files, &too_large);
        if (!ok) return kExitUsage;
    }
    if (too_large > 0) {
        std::fprintf(
            stderr, "polity import: %zu file%s too large; nothing written\n", too_large, too_large == 1 ? "" : "s");
        return kExitInvalid;
    }
    const sheets::ImportResult r = sheets::ImportSheets(files);
    Report(r);
    const std::size_t errors = r.ErrorCount(), warnings = r.WarningCount();
    const char* const es = errors == 1 ? "" : "s";
    const char* const ws = warnings == 1 ? "" : "s";
    if (!r.ok()) {
        std::fprintf(stderr, "polity import: %zu error%s, %zu warning%s; nothing written%s\n", errors, es, warnings, ws,
                     r.checked ? "" : " (the dataset itself is checked once the sheets can be read)");
        return kExitInvalid;
    }
    if (out_path.empty()) {
        std::fwrite(r.json.data(), 1, r.json.size(), stdout);
        return kExitClean;
    }
    if (!WriteText(out_path, r.json)) {
        std::fprintf(stderr, "polity import: cannot write %s\n", out_path.c_str());
        return kExitUsage;
    }
    std::fprintf(stderr, "wrote %s (%zu error%s, %zu warning%s)\n", out_path.c_str(), errors, es, warnings, ws);
    return kExitClean;
}

} // namespace polity::cli
