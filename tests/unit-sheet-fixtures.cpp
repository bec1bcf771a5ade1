// The corpus of sheet sets under tests/fixtures/sheets: each folder is what an editor would
// drop on the "Make your own" page or give to `polity import` (files in name order, as a
// folder is read). Valid ones import without a word; the others yield exactly the diagnostics
// in the .expected file beside the folder, one per line as `polity import` prints them. The
// browser tests drop the same folders on the page and compare with the command line.
// POLITY_UPDATE_EXPECTED=1 rewrites the .expected files after a deliberate change of wording.
// Also here: a diagnostic's row excerpt, and the words around the diagnostics.
#include "polity/csv.hpp"
#include "polity/sheets.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace polity;
using namespace polity::sheets;

namespace {

namespace fs = std::filesystem;

const fs::path kSheetFixtures = fs::path(POLITY_SOURCE_DIR) / "tests/fixtures/sheets";

std::string ReadAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<fs::path> FoldersIn(const fs::path& dir) {
    std::vector<fs::path> folders;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_directory()) folders.push_back(entry.path());
    std::sort(folders.begin(), folders.end());
    return folders;
}

// The folder's files by bare name, sorted as `polity import FOLDER` sorts them.
std::vector<CsvFile> FilesIn(const fs::path& dir) {
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(dir)) paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    std::vector<CsvFile> files;
    for (const fs::path& p : paths) files.push_back(CsvFile{p.filename().string(), ReadAll(p)});
    return files;
}

std::string DiagnosticsText(const ImportResult& r) {
    std::string out;
    for (const SheetDiagnostic& d : r.diagnostics) out += FormatSheetDiagnostic(d) + "\n";
    return out;
}

// Checks every folder of `kind` against its .expected file; returns how many there were.
template <typename Verdict>
std::size_t CheckFolders(const std::string& kind, Verdict verdict) {
    const bool update = std::getenv("POLITY_UPDATE_EXPECTED") != nullptr;
    const auto folders = FoldersIn(kSheetFixtures / kind);
    for (const fs::path& folder : folders) {
        CAPTURE(folder.filename().string());
        const ImportResult r = ImportSheets(FilesIn(folder));
        const fs::path expected = folder.string() + ".expected";
        if (update) std::ofstream(expected, std::ios::binary) << DiagnosticsText(r);
        verdict(r);
        CHECK(DiagnosticsText(r) == ReadAll(expected));
    }
    return folders.size();
}

SheetDiagnostic At(const std::string& file, std::uint32_t row, const std::string& column) {
    SheetDiagnostic d;
    d.file = file;
    d.row = row;
    d.column = column;
    return d;
}

} // namespace

TEST_CASE("sheet fixtures: the valid sets import without diagnostics") {
    const auto folders = FoldersIn(kSheetFixtures / "valid");
    CHECK(folders.size() >= 2);
    for (const fs::path& folder : folders) {
        CAPTURE(folder.filename().string());
        const ImportResult r = ImportSheets(FilesIn(folder));
        CHECK(DiagnosticsText(r) == "");
        CHECK(r.checked);
    }
}

TEST_CASE("sheet fixtures: every invalid set yields exactly its expected diagnostics") {
    const std::size_t checked = CheckFolders("invalid", [](const ImportResult& r) {
        CHECK_FALSE(r.ok());
        CHECK(r.ErrorCount() > 0);
    });
    CHECK(checked >= 13);
}

TEST_CASE("sheet fixtures: the sets with warnings import, with exactly their warnings") {
    const std::size_t checked = CheckFolders("warnings", [](const ImportResult& r) {
        CHECK(r.ok());
        CHECK(r.WarningCount() > 0);
    });
    CHECK(checked >= 1);
}

TEST_CASE("excerpt: a cell's diagnostic shows its row under the header, that cell marked") {
    const csv::Table table = csv::Read("person,title,institution\njudge,Chair,court\njudge,Member,cuort\n");
    RowExcerpt e;
    REQUIRE(ExcerptRow(At("roles.csv", 3, "institution"), table, &e));
    CHECK(e.header == std::vector<std::string>{"person", "title", "institution"});
    CHECK(e.cells == std::vector<std::string>{"judge", "Member", "cuort"});
    CHECK(e.row == 3);
    CHECK(e.marked == 2);
    // Headers are matched as the import matches them; a whole-row problem marks no cell.
    REQUIRE(ExcerptRow(At("roles.csv", 2, ""), csv::Read(" Person ,Title\njudge,Chair\n"), &e));
    CHECK(e.marked == -1);
    REQUIRE(ExcerptRow(At("roles.csv", 2, "person"), csv::Read(" Person ,Title\njudge,Chair\n"), &e));
    CHECK(e.marked == 0);
}

TEST_CASE("excerpt: header problems, short rows, rows that do not exist") {
    const csv::Table table = csv::Read("id,name,descripton,sources\njudge,A. Judge\n");
    RowExcerpt e;
    REQUIRE(ExcerptRow(At("people.csv", 1, "descripton"), table, &e));
    CHECK(e.cells == e.header);
    CHECK(e.marked == 2);
    REQUIRE(ExcerptRow(At("people.csv", 2, "sources"), table, &e)); // the row stops short
    CHECK(e.cells == std::vector<std::string>{"judge", "A. Judge", "", ""});
    CHECK(e.marked == 3);
    CHECK_FALSE(ExcerptRow(At("people.csv", 0, ""), table, &e));
    CHECK_FALSE(ExcerptRow(At("people.csv", 9, "id"), table, &e));
}

TEST_CASE("excerpt: in meta.csv the value is marked, or the field when its name is the problem") {
    const csv::Table table = csv::Read("field,value\ntitle,T\ndate,25.08.2025\ncolour,red\ntitle.ru\n");
    RowExcerpt e;
    REQUIRE(ExcerptRow(At("meta.csv", 3, "date"), table, &e));
    CHECK(e.cells == std::vector<std::string>{"date", "25.08.2025"});
    CHECK(e.marked == 1);
    REQUIRE(ExcerptRow(At("meta.csv", 4, "colour"), table, &e));
    CHECK(e.marked == 0);
    REQUIRE(ExcerptRow(At("meta.csv", 5, "title.ru"), table, &e));
    CHECK(e.cells == std::vector<std::string>{"title.ru", ""});
    CHECK(e.marked == 1);
}

TEST_CASE("excerpt: the rows an import reads are counted without notes and blank rows") {
    CHECK(DataRowCount(csv::Read("id,name\n# a note,x\n,\na,A\nb,B\n")) == 2);
    CHECK(DataRowCount(csv::Read("id,name\n")) == 0);
    CHECK(DataRowCount(csv::Read("")) == 0);
}

TEST_CASE("words: workbooks by name, and export's notes as the command line prints them") {
    CHECK(IsWorkbookName("People.XLSX"));
    CHECK(IsWorkbookName("data.ods"));
    CHECK_FALSE(IsWorkbookName("people.csv"));
    CHECK_FALSE(IsWorkbookName(".xlsx"));
    CHECK(WorkbookProblem("people.xlsx") ==
        "people.xlsx is a spreadsheet workbook; save each sheet as \"CSV UTF-8\" and import those");
    CHECK(FormatExportNote("my.json", ExportNote{"/extra", "a field the sheets have no column for"}) ==
        "my.json: warning: not exported: a field the sheets have no column for [/extra]");
    CHECK(FormatExportDifference("my.json", "/meta/title") ==
        "my.json: warning: the sheets do not hold the whole dataset; the first difference is at /meta/title");
}
