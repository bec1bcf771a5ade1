// Internal to the sheets import: the sheets as read, where every JSON value came from, and
// the small functions the importer (sheets_import.cpp) and its reporting (sheets_report.cpp) share.
#pragma once

#include "polity/csv.hpp"
#include "polity/sheets.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace polity::sheets::internal {

struct Column {
    const ColumnSpec* spec = nullptr;  // nullptr: unknown, or a blank header
    std::string header;                // as written in row 1 (meta.csv: the field, as written)
    std::string lang;                  // Text columns "name.ru": "ru"; "" for the plain column
    std::uint32_t row = 1;             // where it is named: 1 for a header; meta.csv: the field's row
};

struct Sheet {
    const SheetSpec* spec = nullptr;
    std::string file;                  // as given
    csv::Table table;
    std::vector<Column> columns;       // one per header cell
    std::vector<Column> fields;        // meta.csv: one per row, the field it names
    std::unordered_map<std::string, std::size_t> ids;  // row id -> index in the JSON array
};

// The cell a JSON value came from; row 0 and no column for a whole file.
struct Place {
    const Sheet* sheet = nullptr;      // nullptr: a sheet that is missing (meta.csv)
    std::uint32_t row = 0;
    std::string column;
};
using PlaceMap = std::unordered_map<std::string, Place>;  // JSON pointer -> place

// Moves the validator's diagnostics from JSON pointers to sheet cells and rewords the ones
// that speak of JSON ("missing required field") in spreadsheet words; appends to `out`.
void PlaceDiagnostics(const LoadResult& loaded, const PlaceMap& places, std::vector<SheetDiagnostic>& out);

// Orders diagnostics by sheet (kSheets order; unknown files first), then row.
void SortDiagnostics(std::vector<SheetDiagnostic>& diagnostics);

// Sorted diagnostics cut to the first `limit` of each file, each cut list ending in one that
// says how many more that file has.
void KeepFirstPerFile(std::vector<SheetDiagnostic>& diagnostics, std::size_t limit);

std::string Lower(std::string_view s);              // ASCII only: headers and file names
std::string_view Trim(std::string_view s);          // without surrounding blanks and line breaks
std::string Quoted(std::string_view s);             // "s", for column names in messages
std::string ColumnNames(const SheetSpec& spec);     // "id, name, short, ..."
std::string SheetNames();                           // "meta.csv, themes.csv, ..."
std::string SheetStem(std::string_view file_name);  // "Data - people (1).csv" -> "data - people"
bool HasColumn(const Sheet& sheet, std::string_view name);  // some header names the column

} // namespace polity::sheets::internal
