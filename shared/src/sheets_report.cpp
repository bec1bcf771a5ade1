// Reporting for the sheets import: which sheet a file holds, where a validator diagnostic
// belongs among the sheets, and the words an editor reads. The validator speaks of JSON
// ("missing required field", "#3"); an editor sees columns and rows, so those are reworded.
#include "sheets_internal.hpp"

#include "polity/chars.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <set>

namespace polity::sheets {

//-----------------------------------------------------------------------------
// [SECTION] Names
//-----------------------------------------------------------------------------

namespace internal {

std::string Lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string_view Trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

std::string Quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

std::string ColumnNames(const SheetSpec& spec) {
    std::string names;
    for (std::size_t i = 0; i < spec.column_count; ++i) names += (i ? ", " : "") + std::string(spec.columns[i].name);
    return names;
}

std::string SheetNames() {
    std::string names;
    for (const SheetSpec& s : kSheets) names += (names.empty() ? "" : ", ") + std::string(s.name) + ".csv";
    return names;
}

std::string SheetStem(std::string_view file_name) {
    file_name = file_name.substr(file_name.find_last_of("/\\") + 1);
    std::string stem = Lower(file_name);
    if (stem.size() > 4 && stem.compare(stem.size() - 4, 4, ".csv") == 0) stem.resize(stem.size() - 4);
    const std::size_t open = stem.rfind(" (");  // browsers add " (1)" to a repeated download
    if (open != std::string::npos && stem.size() > open + 3 && stem.back() == ')' &&
        stem.find_first_not_of("0123456789", open + 2) == stem.size() - 1)
        stem.resize(open);
    return stem;
}

bool HasColumn(const Sheet& sheet, std::string_view name) {
    return std::any_of(sheet.columns.begin(), sheet.columns.end(),
                       [&](const Column& c) { return c.spec && name == c.spec->name; });
}

} // namespace internal

const SheetSpec* FindSheet(std::string_view name) {
    for (const SheetSpec& s : kSheets)
        if (name == s.name) return &s;
    return nullptr;
}

const SheetSpec* SheetForFile(std::string_view file_name) {
    const std::string stem = internal::SheetStem(file_name);
    for (const SheetSpec& s : kSheets) {
        const std::size_t n = std::string_view(s.name).size();
        if (stem == s.name) return &s;
        // "Data - people", "data_people": the sheet's name after a separator.
        if (stem.size() > n && stem.compare(stem.size() - n, n, s.name) == 0 &&
            !std::isalnum(static_cast<unsigned char>(stem[stem.size() - n - 1])))
            return &s;
    }
    return nullptr;
}

//-----------------------------------------------------------------------------
// [SECTION] Placing and rewording the validator's diagnostics
//-----------------------------------------------------------------------------

namespace internal {

namespace {

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

const char* Singular(std::string_view sheet) {  // "reforms" -> "reform"
    for (int k = 0; k < kKindCount; ++k)
        if (sheet == KindPluralKey(static_cast<Kind>(k))) return KindName(static_cast<Kind>(k));
    return "row";
}

const SheetSpec* NestedIn(const SheetSpec& parent, std::string_view key) {
    for (const SheetSpec& s : kSheets)
        if (s.parent && parent.name == std::string_view(s.parent) && key == s.json_key) return &s;
    return nullptr;
}

// The place of the pointer, or of its nearest ancestor that has one.
Place Find(const PlaceMap& places, std::string pointer) {
    for (;;) {
        const auto it = places.find(pointer);
        if (it != places.end()) return it->second;
        if (pointer.empty()) return Place{};
        pointer.erase(pointer.rfind('/'));
    }
}

// A required field is absent: in a sheet that is an empty cell, a missing column, a missing
// meta.csv row or no rows in a nested sheet.
void RewordMissing(SheetDiagnostic& d, const Place& place, const std::string& field) {
    const Sheet* sheet = place.sheet;
    if (!sheet) {
        d.message = "there is no meta.csv";
        d.hint = "It gives the dataset's title, languages, date and sources; copy it from the templates.";
    } else if (sheet->spec->vertical) {
        d.column = field;
        const auto row = std::find_if(sheet->fields.begin(), sheet->fields.end(),
                                      [&](const Column& c) { return c.spec && field == c.spec->name; });
        d.row = row == sheet->fields.end() ? 0 : row->row;
        d.message = d.row ? "required, but empty" : "required, but there is no row for it";
        d.hint = d.row ? "" : "Add a row with " + Quoted(field) + " in the column \"field\" and its value beside it.";
    } else if (const SheetSpec* nested = NestedIn(*sheet->spec, field)) {
        d.message = std::string("this ") + Singular(sheet->spec->name) + " has no rows in " + nested->name + ".csv";
        d.hint = "Add at least one row there, with this id in the column " + Quoted(nested->columns[0].name) + ".";
    } else if (!HasColumn(*sheet, field)) {
        d.column = field;
        d.row = 1;
        d.message = "required, but the sheet has no such column";
        d.hint = "Add the column and fill it in on every row.";
    } else if (field == "sources") {
        d.column = field;
        d.hint = "Put the id of a source from sources.csv here; separate several ids with ';'.";
    } else {
        d.column = field;
        d.message = "required, but empty";
        d.hint.clear();
    }
}

// "already used by institution #3" -> "already used in institutions.csv row 4".
void RewordDuplicate(SheetDiagnostic& d, const PlaceMap& places) {
    const std::string by = "already used by ";
    const std::size_t at = d.message.find(by);
    const std::size_t hash = d.message.find(" #", at == std::string::npos ? 0 : at);
    Kind kind = Kind::Institution;
    if (at == std::string::npos || hash == std::string::npos ||
        !ParseKind(std::string_view(d.message).substr(at + by.size(), hash - at - by.size()), &kind))
        return;
    std::size_t number = 0;
    for (char c : d.message.substr(hash + 2)) number = c >= '0' && c <= '9' ? number * 10 + static_cast<std::size_t>(c - '0') : 0;
    const Place first = Find(places, "/" + std::string(KindPluralKey(kind)) + "/" + std::to_string(number - 1));
    if (number == 0 || !first.sheet) return;
    d.message = d.message.substr(0, at) + "already used in " + first.sheet->file + " row " + std::to_string(first.row);
    d.hint = "Ids must be unique across all the sheets.";
}

void Reword(SheetDiagnostic& d, const Place& place, const PlaceMap& places) {
    const std::string missing = "missing required field '";
    if (StartsWith(d.message, missing))
        RewordMissing(d, place, d.message.substr(missing.size(), d.message.size() - missing.size() - 1));
    else if (StartsWith(d.message, "no source cited"))
        RewordMissing(d, place, "sources");
    else if (StartsWith(d.message, "an observation needs a")) {
        d.column = "date";
        d.hint = "Fill in \"date\", or \"label\" where the source gives no date, e.g. \"a few years earlier\".";
    } else if (StartsWith(d.message, "'value' must be a number"))
        d.message = "not a plain number";
    else if (StartsWith(d.message, "bad date"))
        d.hint += " Spreadsheet apps may turn dates into their own format: set the column's format to plain text.";
    else if (StartsWith(d.message, "duplicate id"))
        RewordDuplicate(d, places);
    if (d.hint == "Add it to \"languages\" in meta.") d.hint = "Add it to the \"languages\" row of meta.csv.";
    if (d.hint == "Declare it in the top-level \"themes\" array.") d.hint = "Add a row for it to themes.csv.";
}

int SheetOrder(const std::string& file) {
    const SheetSpec* s = SheetForFile(file);
    return s ? static_cast<int>(s - kSheets) : -1;
}

} // namespace

void PlaceDiagnostics(const LoadResult& loaded, const PlaceMap& places, std::vector<SheetDiagnostic>& out) {
    std::set<std::string> once;  // a missing column is reported once, not on every row
    for (const Diagnostic& d : loaded.diagnostics) {
        const Place place = Find(places, d.pointer);
        SheetDiagnostic s{d.severity, place.sheet ? place.sheet->file : "meta.csv", place.row, place.column, d.message, d.hint};
        Reword(s, place, places);
        if (s.row == 1 && !once.insert(s.file + '\n' + s.column + '\n' + s.message).second) continue;
        out.push_back(std::move(s));
    }
}

void SortDiagnostics(std::vector<SheetDiagnostic>& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const SheetDiagnostic& a, const SheetDiagnostic& b) {
        const int sa = SheetOrder(a.file), sb = SheetOrder(b.file);
        return sa != sb ? sa < sb : a.row < b.row;
    });
}

void KeepFirstPerFile(std::vector<SheetDiagnostic>& diagnostics, std::size_t limit) {
    std::vector<SheetDiagnostic> kept;
    for (std::size_t begin = 0, end = 0; begin < diagnostics.size(); begin = end) {
        while (end < diagnostics.size() && diagnostics[end].file == diagnostics[begin].file) ++end;
        const std::size_t listed = std::min(end - begin, limit);
        const auto first = diagnostics.begin() + static_cast<std::ptrdiff_t>(begin);
        const auto rest = first + static_cast<std::ptrdiff_t>(listed),
                   last = diagnostics.begin() + static_cast<std::ptrdiff_t>(end);
        const bool errors =
            std::any_of(rest, last, [](const SheetDiagnostic& d) { return d.severity == Severity::Error; });
        const std::string file = first->file;
        std::move(first, rest, std::back_inserter(kept));
        if (rest != last)
            kept.push_back(
                {errors ? Severity::Error : Severity::Warning, file, 0, "", MoreMessage(end - begin - listed), ""});
    }
    diagnostics = std::move(kept);
}

} // namespace internal

//-----------------------------------------------------------------------------
// [SECTION] Formatting and counting
//-----------------------------------------------------------------------------

std::string FormatSheetDiagnostic(const SheetDiagnostic& d) {
    std::string out = d.file.empty() ? "(sheets)" : ShowInvisible(d.file);
    if (d.row > 0) out += ":" + std::to_string(d.row);
    out += std::string(": ") + SeverityName(d.severity) + ": ";
    if (!d.column.empty()) {
        const SheetSpec* sheet = SheetForFile(d.file);
        out += (sheet && sheet->vertical && d.row != 1 ? "field " : "column ") +
            internal::Quoted(ShowInvisible(d.column)) + ": ";
    }
    out += ShowInvisible(d.message);
    if (d.hint.empty()) return out;
    std::string hint = ShowInvisible(d.hint);
    // "Did you mean" reads on after a dash as "did you mean"; "ISO ..." keeps its capitals.
    if (hint.size() > 1 && std::isupper(static_cast<unsigned char>(hint[0])) && std::islower(static_cast<unsigned char>(hint[1])))
        hint[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(hint[0])));
    return out + " \xE2\x80\x94 " + hint;  // an em dash
}

//-----------------------------------------------------------------------------
// [SECTION] Words around the diagnostics
//-----------------------------------------------------------------------------

bool IsWorkbookName(std::string_view file_name) {
    const std::string name = internal::Lower(file_name);
    for (std::string_view ext : {".xlsx", ".xls", ".ods", ".numbers"})
        if (name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0) return true;
    return false;
}

std::string WorkbookProblem(std::string_view file_name) {
    return std::string(file_name) + " is a spreadsheet workbook; save each sheet as \"CSV UTF-8\" and import those";
}

std::string FormatExportNote(std::string_view dataset_file, const ExportNote& note) {
    return std::string(dataset_file) + ": warning: not exported: " + note.message + " [" + note.pointer + "]";
}

std::string FormatExportDifference(std::string_view dataset_file, std::string_view pointer) {
    return std::string(dataset_file) + ": warning: the sheets do not hold the whole dataset; the first difference is at " +
           std::string(pointer);
}

} // namespace polity::sheets
