// A diagnostic's row as the spreadsheet shows it: the header, the row, and the cell meant.
// The "Make your own" page shows it under each diagnostic, so an editor finds the cell at once.
#include "sheets_internal.hpp"

namespace polity::sheets {

namespace {

using internal::Lower;
using internal::Trim;

// The cell of `header` that names `column`: as written first, then as the import matches names.
int ColumnIndex(const std::vector<std::string>& header, std::string_view column) {
    if (column.empty()) return -1;
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == column) return static_cast<int>(i);
    for (std::size_t i = 0; i < header.size(); ++i)
        if (Lower(Trim(header[i])) == Lower(Trim(column))) return static_cast<int>(i);
    return -1;
}

// meta.csv: "title" or "title.ru" names a field; anything else is the problem itself.
bool IsMetaField(const SheetSpec& spec, std::string_view written) {
    const std::string name = Lower(Trim(written));
    const std::string field = name.substr(0, name.find('.'));
    for (std::size_t i = 0; i < spec.column_count; ++i)
        if (field == spec.columns[i].name) return true;
    return false;
}

bool IsDataRow(const csv::Record& record) {
    const std::string_view first = Trim(record.fields[0]);
    if (!first.empty() && first[0] == '#') return false;
    for (const std::string& cell : record.fields)
        if (!Trim(cell).empty()) return true;
    return false;
}

} // namespace

bool ExcerptRow(const SheetDiagnostic& d, const csv::Table& table, RowExcerpt* out) {
    if (d.row == 0 || d.row > table.records.size()) return false;
    const SheetSpec* sheet = SheetForFile(d.file);
    RowExcerpt excerpt;
    excerpt.header = table.records[0].fields;
    excerpt.cells = table.records[d.row - 1].fields;
    excerpt.row = d.row;
    if (sheet && sheet->vertical && d.row > 1) // the value, unless the field's name is the problem
        excerpt.marked = d.column.empty() ? -1 : IsMetaField(*sheet, excerpt.cells[0]) ? 1 : 0;
    else
        excerpt.marked = ColumnIndex(excerpt.header, d.column);
    // A row may stop short of its last columns: the cell meant is then an empty one.
    if (excerpt.marked >= static_cast<int>(excerpt.cells.size())) excerpt.cells.resize(excerpt.marked + 1);
    *out = std::move(excerpt);
    return true;
}

std::size_t DataRowCount(const csv::Table& table) {
    std::size_t rows = 0;
    for (std::size_t r = 1; r < table.records.size(); ++r) rows += IsDataRow(table.records[r]) ? 1 : 0;
    return rows;
}

} // namespace polity::sheets
