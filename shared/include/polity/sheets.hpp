// Polity Explorer — a dataset as a set of CSV sheets, for editors who work in a spreadsheet.
// One sheet (one .csv file) per kind of row: entities, and the items nested in them (a
// reform's changes, a metric's observations, a person's roles), which point to their parent
// by id in their first column. docs/make-your-own.md explains the layout to editors.
//
// Index of this file
// [SECTION] The sheets and their columns
// [SECTION] Diagnostics
// [SECTION] Import: CSV sheets -> dataset JSON
// [SECTION] Export: dataset JSON -> CSV sheets
// [SECTION] Words around the diagnostics (the polity CLI and the browser page)
// [SECTION] A diagnostic's row, as the spreadsheet shows it
#pragma once

#include "polity/csv.hpp"
#include "polity/load.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace polity::sheets {

//-----------------------------------------------------------------------------
// [SECTION] The sheets and their columns
// - The first row of a sheet names its columns, in any order; unused columns may be left out.
// - A Text column "name" holds the text in the dataset's default language; "name.ru",
//   "name.kk", ... hold other languages. Filling "name.en" (the default language by its code)
//   instead of "name" is allowed too, and is how a text written as {"en": "..."} is kept.
// - Lists (sources, themes, languages) are ids separated by ';'.
// - Rows whose first cell starts with '#' are notes, and empty rows are skipped.
// - Blanks around values are dropped, except in texts, which are kept exactly. A row may
//   stop short of the last columns (they are empty), but may not run past them.
// - meta.csv is vertical: columns "field" and "value", one row per field.
//-----------------------------------------------------------------------------

enum class CellKind : std::uint8_t {
    Id,      // the row's own id
    Parent,  // nested sheets: the id of the row this one belongs to (not a field of its own)
    Ref,     // the id of another entity
    Refs,    // ids (or language codes) separated by ';'
    Text,    // multilingual text: "name", "name.ru", ...
    Plain,   // one string, the same in every language (url, category, ...)
    Date,    // "2022-06-05", "2022-06" or "2022"
    Number,  // a plain number: 7000, 0.5
};

struct ColumnSpec {
    const char* name;      // the header, and the JSON key
    CellKind kind;
    bool required;         // the format requires the field
};

struct SheetSpec {
    const char* name;            // file name without ".csv"
    const char* json_key;        // the array it fills: top-level, or in the parent's object
    const char* parent;          // nested sheets: the parent sheet; else nullptr
    const ColumnSpec* columns;   // in template order
    std::size_t column_count;
    bool vertical;               // meta.csv: one row per field
};

namespace spec {
using K = CellKind;
// meta.csv: "$schema" and "format" go to the top level of the JSON, the rest into "meta".
inline constexpr ColumnSpec kMeta[] = {{"$schema", K::Plain, false}, {"format", K::Plain, false}, {"title", K::Text, true},
    {"dek", K::Text, false}, {"languages", K::Refs, true}, {"date", K::Date, true}, {"credit", K::Text, false},
    {"licence", K::Text, false}, {"sources", K::Refs, true}};
inline constexpr ColumnSpec kThemes[] = {{"id", K::Id, true}, {"name", K::Text, true}, {"color", K::Plain, false}};
inline constexpr ColumnSpec kSources[] = {{"id", K::Id, true}, {"title", K::Text, true}, {"publisher", K::Text, true},
    {"place", K::Text, false}, {"date", K::Date, true}, {"language", K::Plain, false}, {"url", K::Plain, false},
    {"excerpt", K::Text, false},
    {"themes", K::Refs, false}};
inline constexpr ColumnSpec kInstitutions[] = {{"id", K::Id, true}, {"name", K::Text, true}, {"short", K::Text, false},
    {"category", K::Plain, false}, {"description", K::Text, true}, {"role", K::Text, false},
    {"founded", K::Date, false}, {"themes", K::Refs, false}, {"sources", K::Refs, true}};
inline constexpr ColumnSpec kReforms[] = {{"id", K::Id, true}, {"name", K::Text, true}, {"date", K::Date, true},
    {"adopted_by", K::Plain, true}, {"description", K::Text, true}, {"themes", K::Refs, false},
    {"sources", K::Refs, true}};
inline constexpr ColumnSpec kChanges[] = {{"reform", K::Parent, true}, {"topic", K::Text, true},
    {"institution", K::Ref, false}, {"before", K::Text, false}, {"after", K::Text, true}, {"sources", K::Refs, true}};
inline constexpr ColumnSpec kEvents[] = {{"id", K::Id, true}, {"title", K::Text, true}, {"date", K::Date, true},
    {"end", K::Date, false}, {"description", K::Text, false}, {"reform", K::Ref, false}, {"themes", K::Refs, false},
    {"sources", K::Refs, true}};
inline constexpr ColumnSpec kPeople[] = {{"id", K::Id, true}, {"name", K::Text, true}, {"description", K::Text, false},
    {"themes", K::Refs, false}, {"sources", K::Refs, true}};
inline constexpr ColumnSpec kRoles[] = {{"person", K::Parent, true}, {"title", K::Text, true},
    {"institution", K::Ref, false}};
inline constexpr ColumnSpec kQuotes[] = {{"id", K::Id, true}, {"person", K::Ref, true}, {"text", K::Text, true},
    {"language", K::Plain, true}, {"date", K::Date, false}, {"context", K::Text, false}, {"themes", K::Refs, false},
    {"sources", K::Refs, true}};
inline constexpr ColumnSpec kMetrics[] = {{"id", K::Id, true}, {"name", K::Text, true}, {"unit", K::Text, true},
    {"subject", K::Ref, false}, {"description", K::Text, false}, {"themes", K::Refs, false}, {"sources", K::Refs, true}};
inline constexpr ColumnSpec kObservations[] = {{"metric", K::Parent, true}, {"value", K::Number, true},
    {"qualifier", K::Plain, false}, {"date", K::Date, false}, {"end", K::Date, false}, {"label", K::Text, false},
    {"note", K::Text, false}, {"sources", K::Refs, true}};
inline constexpr ColumnSpec kRelations[] = {{"from", K::Ref, true}, {"type", K::Plain, true}, {"to", K::Ref, true},
    {"sources", K::Refs, false}, {"note", K::Text, false}};

template <std::size_t N>
constexpr SheetSpec Sheet(const char* name, const char* key, const char* parent, const ColumnSpec (&c)[N], bool vertical = false) {
    return SheetSpec{name, key, parent, c, N, vertical};
}
} // namespace spec

// Every sheet, parents before the sheets nested in them; files are written in this order.
inline constexpr SheetSpec kSheets[] = {
    spec::Sheet("meta", "meta", nullptr, spec::kMeta, true),
    spec::Sheet("themes", "themes", nullptr, spec::kThemes),
    spec::Sheet("sources", "sources", nullptr, spec::kSources),
    spec::Sheet("institutions", "institutions", nullptr, spec::kInstitutions),
    spec::Sheet("reforms", "reforms", nullptr, spec::kReforms),
    spec::Sheet("changes", "changes", "reforms", spec::kChanges),
    spec::Sheet("events", "events", nullptr, spec::kEvents),
    spec::Sheet("people", "people", nullptr, spec::kPeople),
    spec::Sheet("roles", "roles", "people", spec::kRoles),
    spec::Sheet("quotes", "quotes", nullptr, spec::kQuotes),
    spec::Sheet("metrics", "metrics", nullptr, spec::kMetrics),
    spec::Sheet("observations", "observations", "metrics", spec::kObservations),
    spec::Sheet("relations", "relations", nullptr, spec::kRelations),
};

const SheetSpec* FindSheet(std::string_view name);       // by name ("roles"), or nullptr
// The sheet a file holds, from its name: "people.csv", and also the names spreadsheet apps
// give downloads ("My dataset - people.csv", "dataset_people.csv"). nullptr when unknown.
const SheetSpec* SheetForFile(std::string_view file_name);

//-----------------------------------------------------------------------------
// [SECTION] Diagnostics
// Problems are placed where the editor can see them: file, spreadsheet row, column header.
//-----------------------------------------------------------------------------

struct SheetDiagnostic {
    Severity severity = Severity::Error;
    std::string file;          // the file name as given ("people.csv")
    std::uint32_t row = 0;     // spreadsheet row (the header is row 1); 0 for the whole file
    std::string column;        // the header ("roles", "name.ru"); in meta.csv the field; may be ""
    std::string message;       // plain words: what is wrong
    std::string hint;          // how to fix it; may be empty
};

// people.csv:4: error: column "name": message — hint. Invisible and bidirectional characters
// (a byte order mark in a header, U+202E) are shown escaped: \u{FEFF}.
std::string FormatSheetDiagnostic(const SheetDiagnostic& d);

//-----------------------------------------------------------------------------
// [SECTION] Import: CSV sheets -> dataset JSON
//-----------------------------------------------------------------------------

struct CsvFile {
    std::string name;          // file name; the sheet is found from it (see SheetForFile)
    std::string text;          // the file's bytes
};

struct ImportResult {
    std::string json;          // the dataset, pretty-printed (also when there are errors)
    // CSV problems and the validator's, by sheet and row: at most kMaxListedPerFile for a file,
    // then one without a row that says how many more that file has (MoreMessage).
    std::vector<SheetDiagnostic> diagnostics;
    std::size_t errors = 0; // every problem found, listed or not
    std::size_t warnings = 0;
    bool checked = false;      // the validator ran: the sheets could be read well enough

    bool ok() const { return errors == 0; }
    std::size_t ErrorCount() const { return errors; }
    std::size_t WarningCount() const { return warnings; }
};

inline constexpr std::size_t kMaxListedPerFile = 100;

// A sheet larger than this is refused (a dataset made from it could not load).
inline constexpr std::size_t kMaxSheetBytes = LoadLimits{}.max_bytes;

// Reads the sheets, builds the dataset JSON and validates it with LoadDataset; every
// problem is reported against the sheet, row and column it comes from.
ImportResult ImportSheets(const std::vector<CsvFile>& files);

//-----------------------------------------------------------------------------
// [SECTION] Export: dataset JSON -> CSV sheets
// Lossless for a dataset that loads without warnings: ImportSheets(ExportSheets(x).files)
// gives the same JSON value as x (object key order aside).
//-----------------------------------------------------------------------------

struct ExportNote {
    std::string pointer;       // where in the dataset (JSON pointer)
    std::string message;       // what could not be written, and why
};

struct ExportResult {
    std::vector<CsvFile> files;      // in kSheets order: UTF-8 with a byte order mark, CRLF
    std::vector<ExportNote> lost;    // what the sheets cannot hold (unknown fields, empty lists, ...)
};

// Writes one sheet per array the dataset has (nested sheets with their parent) and meta.csv.
ExportResult ExportSheets(std::string_view dataset_json);

// "" when both texts hold the same JSON value, ignoring the order of object keys; else the
// JSON pointer of the first difference ("/" when the whole values differ, "(not JSON)" when
// one does not parse).
std::string FirstDifference(std::string_view a, std::string_view b);

//-----------------------------------------------------------------------------
// [SECTION] Words around the diagnostics (the polity CLI and the browser page)
// What `polity import` and `polity export` print besides the diagnostics themselves, written
// once so that the "Make your own" page says exactly what the command line says.
//-----------------------------------------------------------------------------

// A workbook (.xlsx, .xls, .ods, .numbers) rather than CSV, by its file name.
bool IsWorkbookName(std::string_view file_name);
// "people.xlsx is a spreadsheet workbook; save each sheet as "CSV UTF-8" and import those"
std::string WorkbookProblem(std::string_view file_name);
// "my.json: warning: not exported: message [pointer]"
std::string FormatExportNote(std::string_view dataset_file, const ExportNote& note);
// "my.json: warning: the sheets do not hold the whole dataset; the first difference is at /x"
std::string FormatExportDifference(std::string_view dataset_file, std::string_view pointer);

//-----------------------------------------------------------------------------
// [SECTION] A diagnostic's row, as the spreadsheet shows it
// So an editor sees the cell to fix among its neighbours: the header (row 1) and the row a
// diagnostic names, cut from the sheet's own text.
//-----------------------------------------------------------------------------

struct RowExcerpt {
    std::vector<std::string> header;   // row 1's cells; in meta.csv "field" and "value"
    std::vector<std::string> cells;    // the diagnostic's row (row 1 itself for a header problem)
    std::uint32_t row = 0;             // spreadsheet row of `cells`
    int marked = -1;                   // index of the cell the diagnostic names; -1 for the whole row
};

// The row `d` names in `table` (the CSV of d.file), or false when it names no row (row 0,
// or a row past the end of what could be read).
bool ExcerptRow(const SheetDiagnostic& d, const csv::Table& table, RowExcerpt* out);
// The rows an import reads from `table`: not row 1, not blank rows, not notes ('#').
std::size_t DataRowCount(const csv::Table& table);

} // namespace polity::sheets
