// Polity Explorer make core — the operations of the "Make your own" page, each the same call
// the polity command line makes, with the result written as JSON for the page.
#include "make_session.hpp"

#include "polity/load.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace polity::make {

namespace {

using Json = nlohmann::ordered_json;

// The page shows a diagnostic's row under it; past this many, the text alone is enough.
constexpr std::size_t kMaxExcerpts = 500;

// Texts come from the editor's files and may hold invalid UTF-8: replaced, never an abort.
std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

const char* CellKindName(sheets::CellKind kind) {
    using K = sheets::CellKind;
    switch (kind) {
    case K::Id: return "id";
    case K::Parent: return "parent";
    case K::Ref: return "ref";
    case K::Refs: return "refs";
    case K::Text: return "text";
    case K::Plain: return "plain";
    case K::Date: return "date";
    case K::Number: return "number";
    }
    return "plain";
}

Json SheetsReport() {
    Json sheets = Json::array();
    for (const sheets::SheetSpec& s : sheets::kSheets) {
        Json columns = Json::array();
        for (std::size_t i = 0; i < s.column_count; ++i)
            columns.push_back({{"name", s.columns[i].name}, {"kind", CellKindName(s.columns[i].kind)},
                {"required", s.columns[i].required}});
        sheets.push_back({{"name", s.name}, {"parent", s.parent ? Json(s.parent) : Json()}, {"vertical", s.vertical},
            {"columns", std::move(columns)}});
    }
    return {{"sheets", std::move(sheets)}};
}

Json IdentifyReport(const std::vector<sheets::CsvFile>& inputs) {
    Json files = Json::array();
    for (const sheets::CsvFile& f : inputs) {
        const sheets::SheetSpec* sheet = sheets::SheetForFile(f.name);
        const bool workbook = sheets::IsWorkbookName(f.name);
        files.push_back({{"file", f.name}, {"sheet", sheet ? Json(sheet->name) : Json()}, {"workbook", workbook},
            {"problem", workbook ? Json(sheets::WorkbookProblem(f.name)) : Json()}});
    }
    return {{"files", std::move(files)}};
}

Json Excerpt(const sheets::RowExcerpt& e) {
    return {{"header", e.header}, {"cells", e.cells}, {"row", e.row}, {"marked", e.marked}};
}

Json Counts(std::size_t errors, std::size_t warnings) {
    return {{"ok", errors == 0}, {"errors", errors}, {"warnings", warnings}};
}

void Import(Session& s) {
    std::vector<sheets::CsvFile> files = s.inputs;
    std::stable_sort(files.begin(), files.end(), // a folder's order, as `polity import DIR` reads it
        [](const sheets::CsvFile& a, const sheets::CsvFile& b) { return a.name < b.name; });
    const sheets::ImportResult r = sheets::ImportSheets(files);
    std::map<std::string, csv::Table> tables;
    Json report = Counts(r.ErrorCount(), r.WarningCount()), listed = Json::array(), diagnostics = Json::array();
    for (const sheets::CsvFile& f : files) {
        const sheets::SheetSpec* sheet = sheets::SheetForFile(f.name);
        const csv::Table& table = tables[f.name] = csv::Read(f.text);
        listed.push_back(
            {{"file", f.name}, {"sheet", sheet ? Json(sheet->name) : Json()}, {"rows", sheets::DataRowCount(table)}});
    }
    for (const sheets::SheetDiagnostic& d : r.diagnostics) {
        Json item = {{"severity", SeverityName(d.severity)}, {"file", d.file}, {"row", d.row}, {"column", d.column},
            {"text", sheets::FormatSheetDiagnostic(d)}};
        sheets::RowExcerpt excerpt;
        const auto table = tables.find(d.file);
        if (diagnostics.size() < kMaxExcerpts && table != tables.end() &&
            sheets::ExcerptRow(d, table->second, &excerpt))
            item["excerpt"] = Excerpt(excerpt);
        diagnostics.push_back(std::move(item));
    }
    report["checked"] = r.checked;
    report["files"] = std::move(listed);
    report["diagnostics"] = std::move(diagnostics);
    s.parts = {Dump(report), r.ok() ? r.json : std::string()};
}

Json CheckDiagnostics(const LoadResult& r) {
    Json diagnostics = Json::array();
    for (const Diagnostic& d : r.diagnostics)
        diagnostics.push_back({{"severity", SeverityName(d.severity)}, {"file", d.file}, {"line", d.line},
            {"column", d.column}, {"pointer", d.pointer}, {"text", FormatDiagnostic(d)}});
    return diagnostics;
}

void Check(Session& s) {
    const sheets::CsvFile input = s.inputs.empty() ? sheets::CsvFile{"dataset.json", ""} : s.inputs[0];
    const LoadResult r = LoadDataset(input.text, input.name);
    Json report = Counts(r.ErrorCount(), r.WarningCount());
    report["diagnostics"] = CheckDiagnostics(r);
    s.parts = {Dump(report)};
}

// Like `polity export`: only a dataset that loads; what the sheets cannot hold is said.
void Export(Session& s) {
    const sheets::CsvFile input = s.inputs.empty() ? sheets::CsvFile{"dataset.json", ""} : s.inputs[0];
    const LoadResult loaded = LoadDataset(input.text, input.name);
    Json diagnostics = CheckDiagnostics(loaded), names = Json::array();
    s.parts = {""};
    if (loaded.ok()) {
        const sheets::ExportResult exported = sheets::ExportSheets(input.text);
        for (const sheets::ExportNote& note : exported.lost)
            diagnostics.push_back(
                {{"severity", "warning"}, {"file", input.name}, {"text", sheets::FormatExportNote(input.name, note)}});
        const std::string differs = sheets::FirstDifference(input.text, sheets::ImportSheets(exported.files).json);
        if (!differs.empty())
            diagnostics.push_back({{"severity", "warning"}, {"file", input.name},
                {"text", sheets::FormatExportDifference(input.name, differs)}});
        for (const sheets::CsvFile& f : exported.files) {
            names.push_back(f.name);
            s.parts.push_back(f.text);
        }
    }
    const std::size_t warnings = static_cast<std::size_t>(std::count_if(
        diagnostics.begin(), diagnostics.end(), [](const Json& d) { return d["severity"] == "warning"; }));
    Json report = Counts(loaded.ErrorCount(), warnings);
    report["diagnostics"] = std::move(diagnostics);
    report["files"] = std::move(names);
    s.parts[0] = Dump(report);
}

} // namespace

void Run(Session& session, Op op) {
    switch (op) {
    case Op::Sheets: session.parts = {Dump(SheetsReport())}; break;
    case Op::Identify: session.parts = {Dump(IdentifyReport(session.inputs))}; break;
    case Op::Import: Import(session); break;
    case Op::Check: Check(session); break;
    case Op::Export: Export(session); break;
    }
}

} // namespace polity::make
