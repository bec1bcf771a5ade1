// Importing CSV sheets: read each file, match its columns to the sheet's, build the dataset
// JSON row by row while remembering which cell every JSON value came from, then validate
// with LoadDataset and move each diagnostic from its JSON pointer back to file, row, column.
#include "polity/sheets.hpp"

#include "json_scan.hpp"  // EscapePointerToken
#include "sheets_internal.hpp"
#include "validate_fields.hpp"  // ClosestMatch, for "did you mean"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <map>

namespace polity::sheets {

namespace {

using Json = nlohmann::ordered_json;  // keeps the order of columns in the output

using namespace internal;

struct Cell {
    const Column* column;
    std::string_view value;
    std::uint32_t row;
};

// True when `columns` already has the field (and language) `column` names.
bool IsRepeated(const std::vector<Column>& columns, const Column& column) {
    return column.spec && std::any_of(columns.begin(), columns.end(), [&](const Column& c) {
        return c.spec == column.spec && c.lang == column.lang;
    });
}

std::string ColumnLetter(std::size_t index) {  // 0 -> "A", 26 -> "AA", as spreadsheets name them
    std::string s;
    for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (n - 1) % 26));
    return s;
}

class Importer {
public:
    ImportResult Run(const std::vector<CsvFile>& files);

private:
    //--- files and headers ---------------------------------------------------
    void AddFile(const CsvFile& file);
    void ReadHeader(Sheet& sheet);
    bool MatchColumn(const Sheet& sheet, Column& column);
    void CheckParentColumn(const Sheet& sheet);

    //--- rows to JSON --------------------------------------------------------
    void BuildAll();
    void BuildMeta(Sheet& sheet);
    void BuildRows(Sheet& sheet);
    std::vector<Cell> RowCells(Sheet& sheet, std::size_t r);
    Json* ArrayFor(const Sheet& sheet, const std::vector<Cell>& cells, std::string* at);
    Json BuildObject(const Sheet& sheet, const std::vector<Cell>& cells, const std::string& at);
    void SetText(const Sheet& sheet, Json& object, const ColumnSpec& spec, const std::vector<Cell>& cells, const std::string& at);
    void SetValue(const Sheet& sheet, Json& object, const Cell& cell, const std::string& at);
    Json* ParentOf(const Sheet& sheet, const Cell& cell, std::size_t* index);

    //--- diagnostics ---------------------------------------------------------
    // A problem found in the sheets themselves; `blocking` ones stop the validation, whose
    // report would only repeat them less clearly.
    void Problem(const std::string& file, std::uint32_t row, std::string column, std::string message,
                 std::string hint = {}, bool blocking = true);

    std::vector<Sheet> sheets_;
    std::map<std::string, std::size_t> by_name_;  // sheet name -> index in sheets_
    Json root_ = Json::object();
    PlaceMap places_;  // JSON pointer -> the cell its value came from
    ImportResult result_;
    bool blocked_ = false;  // the sheets cannot be read well enough to validate the dataset
    std::string default_lang_ = "en";  // the first of meta's languages: what plain text columns hold
};

//-----------------------------------------------------------------------------
// [SECTION] Files and headers
//-----------------------------------------------------------------------------

void Importer::Problem(const std::string& file, std::uint32_t row, std::string column, std::string message,
                       std::string hint, bool blocking) {
    result_.diagnostics.push_back({Severity::Error, file, row, std::move(column), std::move(message), std::move(hint)});
    blocked_ = blocked_ || blocking;
}

void Importer::AddFile(const CsvFile& file) {
    if (file.text.size() > kMaxSheetBytes) {
        Problem(file.name, 0, "", TooLargeMessage(file.text.size(), kMaxSheetBytes),
            "A dataset made from it could not load; move long texts out of it.");
        return;
    }
    const SheetSpec* spec = SheetForFile(file.name);
    const std::string stem = SheetStem(file.name);
    if (!spec) {
        std::vector<std::string_view> names;
        for (const SheetSpec& s : kSheets) names.push_back(s.name);
        const std::string near = polity::detail::ClosestMatch(stem, names);
        Problem(file.name, 0, "", "not a sheet of the dataset: the file name must name its sheet",
                (near.empty() ? "" : "Did you mean " + near + ".csv? ") + "The sheets are " + SheetNames() + ".");
        return;
    }
    if (by_name_.count(spec->name)) {
        Problem(file.name, 0, "", std::string("a second file for the sheet ") + Quoted(spec->name),
                "The first is " + sheets_[by_name_[spec->name]].file + "; keep one of the two.");
        return;
    }
    Sheet sheet;
    sheet.spec = spec;
    sheet.file = file.name;
    sheet.table = csv::Read(file.text);
    if (!sheet.table.ok()) Problem(file.name, sheet.table.error_row, "", sheet.table.error);
    by_name_[spec->name] = sheets_.size();
    sheets_.push_back(std::move(sheet));
}

bool Importer::MatchColumn(const Sheet& sheet, Column& column) {
    const std::string name = Lower(Trim(column.header));
    const std::size_t dot = name.rfind('.');
    for (std::size_t i = 0; i < sheet.spec->column_count; ++i) {
        const ColumnSpec& c = sheet.spec->columns[i];
        const bool text_lang = c.kind == CellKind::Text && dot != std::string::npos && dot + 1 < name.size() &&
                               name.compare(0, dot, c.name) == 0 && std::string_view(c.name).size() == dot;
        if (name != c.name && !text_lang) continue;
        column.spec = &c;
        if (text_lang) column.lang = name.substr(dot + 1);
        return true;
    }
    return false;
}

void Importer::ReadHeader(Sheet& sheet) {
    if (sheet.table.records.empty()) return;
    std::vector<std::string_view> known;
    for (std::size_t i = 0; i < sheet.spec->column_count; ++i) known.push_back(sheet.spec->columns[i].name);
    for (const std::string& header : sheet.table.records[0].fields) {
        Column column;
        column.header = header;
        const std::string name = Lower(Trim(header));
        if (!name.empty() && !MatchColumn(sheet, column)) {
            const std::string near = polity::detail::ClosestMatch(name, known);
            Problem(sheet.file, 1, header, std::string("not a column of ") + sheet.spec->name + ".csv",
                    (near.empty() ? "" : "Did you mean " + Quoted(near) + "? ") + "The columns are: " + ColumnNames(*sheet.spec) + ".");
        }
        if (IsRepeated(sheet.columns, column))
            Problem(sheet.file, 1, header, "this column appears twice", "Keep one of the two.");
        sheet.columns.push_back(std::move(column));
    }
    CheckParentColumn(sheet);
}

void Importer::CheckParentColumn(const Sheet& sheet) {
    const ColumnSpec& first = sheet.spec->columns[0];
    if (sheet.spec->vertical || first.kind != CellKind::Parent || HasColumn(sheet, first.name)) return;
    Problem(sheet.file, 1, first.name, "required, but the sheet has no such column",
            std::string("It says which of ") + sheet.spec->parent + ".csv each row belongs to, by id.");
}

//-----------------------------------------------------------------------------
// [SECTION] Rows to JSON
//-----------------------------------------------------------------------------

void Importer::BuildAll() {
    for (const SheetSpec& spec : kSheets) {  // meta first: it gives the default language
        const auto it = by_name_.find(spec.name);
        if (it == by_name_.end()) continue;
        if (spec.vertical) BuildMeta(sheets_[it->second]);
        else BuildRows(sheets_[it->second]);
    }
    if (!root_.contains("format")) root_["format"] = "polity/1";  // editors need not write it
}

void Importer::BuildMeta(Sheet& sheet) {
    const auto& records = sheet.table.records;
    const std::vector<std::string> header = records.empty() ? std::vector<std::string>{} : records[0].fields;
    if (header.size() < 2 || Lower(Trim(header[0])) != "field" || Lower(Trim(header[1])) != "value")
        return Problem(sheet.file, 1, "", "meta.csv has two columns, \"field\" and \"value\"",
                       "Row 1 names them; each further row gives one field: title, languages, date, sources, ...");
    sheet.fields.reserve(records.size());  // cells point into it
    std::vector<Cell> cells;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const auto& f = records[r].fields;
        const auto row = static_cast<std::uint32_t>(r + 1);
        if (Trim(f[0]).empty() || Trim(f[0])[0] == '#') continue;
        Column field{nullptr, f[0], {}, row};
        if (!MatchColumn(sheet, field)) {
            Problem(sheet.file, row, f[0], "not a field of meta.csv", "The fields are: " + ColumnNames(*sheet.spec) + ".");
            continue;
        }
        if (IsRepeated(sheet.fields, field)) {
            Problem(sheet.file, row, f[0], "this field is given twice", "Keep one of the two rows.");
            continue;
        }
        sheet.fields.push_back(std::move(field));
        cells.push_back(Cell{&sheet.fields.back(), f.size() > 1 ? csv::UnguardFormula(f[1]) : std::string_view(), row});
        if (sheet.fields.back().spec->name == std::string_view("languages")) {
            const std::string_view v = Trim(cells.back().value);
            if (!v.empty()) default_lang_ = std::string(Trim(v.substr(0, v.find(';'))));
        }
    }
    Json meta = BuildObject(sheet, cells, "/meta");
    for (const char* key : {"$schema", "format"}) {  // these two live at the top level
        if (!meta.contains(key)) continue;
        root_[key] = meta[key];
        meta.erase(key);
        places_["/" + detail::EscapePointerToken(key)] = places_["/meta/" + detail::EscapePointerToken(key)];
    }
    root_["meta"] = std::move(meta);
    places_["/meta"] = places_[""] = Place{&sheet, 0, ""};
}

void Importer::BuildRows(Sheet& sheet) {
    const SheetSpec& spec = *sheet.spec;
    if (!spec.parent) {
        root_[spec.json_key] = Json::array();
        places_["/" + std::string(spec.json_key)] = Place{&sheet, 0, ""};
    }
    for (std::size_t r = 1; r < sheet.table.records.size(); ++r) {
        const std::vector<Cell> cells = RowCells(sheet, r);
        std::string at;
        Json* array = cells.empty() ? nullptr : ArrayFor(sheet, cells, &at);
        if (!array) continue;
        at += "/" + std::to_string(array->size());
        places_[at] = Place{&sheet, cells[0].row, ""};
        Json object = BuildObject(sheet, cells, at);
        if (!spec.parent && object.contains("id") && object["id"].is_string())
            sheet.ids.emplace(object["id"].get<std::string>(), array->size());
        array->push_back(std::move(object));
    }
}

// The array a row goes to, and its pointer: top-level, or in the row of the parent sheet it
// names. nullptr (and a problem reported) when the parent cannot be found.
Json* Importer::ArrayFor(const Sheet& sheet, const std::vector<Cell>& cells, std::string* at) {
    const SheetSpec& spec = *sheet.spec;
    *at = "/" + std::string(spec.json_key);
    if (!spec.parent) return &root_[spec.json_key];
    const auto parent = std::find_if(cells.begin(), cells.end(), [](const Cell& c) { return c.column->spec->kind == CellKind::Parent; });
    if (parent == cells.end()) {
        if (HasColumn(sheet, spec.columns[0].name))  // else the missing column is reported already
            Problem(sheet.file, cells[0].row, spec.columns[0].name, "required, but empty",
                    std::string("Give the id of the row of ") + spec.parent + ".csv this row belongs to.", false);
        return nullptr;
    }
    std::size_t index = 0;
    Json* owner = ParentOf(sheet, *parent, &index);
    if (!owner) return nullptr;
    Json& array = (*owner)[spec.json_key];
    if (array.is_null()) array = Json::array();
    *at = "/" + std::string(FindSheet(spec.parent)->json_key) + "/" + std::to_string(index) + *at;
    return &array;
}

// The row's cells that have a column; none for notes ('#') and empty rows.
std::vector<Cell> Importer::RowCells(Sheet& sheet, std::size_t r) {
    const auto& fields = sheet.table.records[r].fields;
    const auto row = static_cast<std::uint32_t>(r + 1);
    std::vector<Cell> cells;
    if (Trim(fields[0]).substr(0, 1) == "#") return cells;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (Trim(fields[i]).empty()) continue;
        if (i >= sheet.columns.size()) {
            Problem(sheet.file, row, "",
                    "this row has a cell in column " + ColumnLetter(i) + ", but row 1 names only " +
                        std::to_string(sheet.columns.size()) + " columns",
                    "A comma inside a cell needs the cell in quotes; or name the column in row 1.");
            return {};
        }
        const Column& column = sheet.columns[i];
        if (!column.spec && Trim(column.header).empty())
            Problem(sheet.file, row, "", "a cell in column " + ColumnLetter(i) + ", which has no name in row 1",
                    "Name the column in row 1, or empty the cell.");
        if (column.spec) cells.push_back(Cell{&column, csv::UnguardFormula(fields[i]), row});
    }
    return cells;
}

Json Importer::BuildObject(const Sheet& sheet, const std::vector<Cell>& cells, const std::string& at) {
    Json object = Json::object();
    for (std::size_t i = 0; i < sheet.spec->column_count; ++i) {
        const ColumnSpec& spec = sheet.spec->columns[i];
        if (spec.kind == CellKind::Text) SetText(sheet, object, spec, cells, at);
        else if (spec.kind != CellKind::Parent)
            for (const Cell& cell : cells)
                if (cell.column->spec == &spec) SetValue(sheet, object, cell, at);
    }
    return object;
}

void Importer::SetValue(const Sheet& sheet, Json& object, const Cell& cell, const std::string& at) {
    const std::string_view value = Trim(cell.value);
    const char* key = cell.column->spec->name;
    if (value.empty()) return;  // an empty cell is an absent field
    if (cell.column->spec->kind == CellKind::Refs) {
        Json list = Json::array();
        for (std::size_t start = 0; start <= value.size();) {
            const std::size_t end = std::min(value.find(';', start), value.size());
            if (!Trim(value.substr(start, end - start)).empty()) list.push_back(std::string(Trim(value.substr(start, end - start))));
            start = end + 1;
        }
        object[key] = std::move(list);
    } else if (cell.column->spec->kind == CellKind::Number) {
        Json number = Json::parse(value.begin(), value.end(), nullptr, false);
        // Not a number: keep the words, so the validator says what is wrong with them.
        object[key] = !number.is_discarded() && number.is_number() ? number : Json(std::string(value));
    } else {
        object[key] = std::string(value);
    }
    places_[at + "/" + detail::EscapePointerToken(key)] = Place{&sheet, cell.row, cell.column->header};
}

void Importer::SetText(const Sheet& sheet, Json& object, const ColumnSpec& spec, const std::vector<Cell>& cells,
                       const std::string& at) {
    std::vector<const Cell*> parts;  // the plain column first, then languages in column order
    for (const Cell& c : cells)
        if (c.column->spec == &spec && !Trim(c.value).empty()) parts.insert(c.column->lang.empty() ? parts.begin() : parts.end(), &c);
    if (parts.empty()) return;
    const std::string here = at + "/" + spec.name;
    places_[here] = Place{&sheet, parts[0]->row, parts[0]->column->header};
    if (parts.size() == 1 && parts[0]->column->lang.empty()) {
        object[spec.name] = std::string(parts[0]->value);
        return;
    }
    Json text = Json::object();
    for (const Cell* c : parts) {
        const std::string& lang = c->column->lang.empty() ? default_lang_ : c->column->lang;
        if (text.contains(lang)) {
            Problem(sheet.file, c->row, c->column->header, "the '" + lang + "' text is given twice, here and in column " +
                    Quoted(spec.name), Quoted(spec.name) + " holds the text in the dataset's first language; keep one of the two.", false);
            continue;
        }
        text[lang] = std::string(c->value);
        places_[here + "/" + detail::EscapePointerToken(lang)] = Place{&sheet, c->row, c->column->header};
    }
    object[spec.name] = std::move(text);
}

Json* Importer::ParentOf(const Sheet& sheet, const Cell& cell, std::size_t* index) {
    const std::string id(Trim(cell.value));
    const std::string parent_file = std::string(sheet.spec->parent) + ".csv";
    const auto parent = by_name_.find(sheet.spec->parent);
    std::vector<std::string_view> ids;
    if (parent != by_name_.end()) {
        const Sheet& owner = sheets_[parent->second];
        const auto found = owner.ids.find(id);
        if (found != owner.ids.end()) {
            *index = found->second;
            return &root_[owner.spec->json_key][found->second];
        }
        for (const auto& entry : owner.ids) ids.push_back(entry.first);
        std::sort(ids.begin(), ids.end());  // the same suggestion on every run
    }
    const std::string near = ::polity::detail::ClosestMatch(id, ids);
    Problem(sheet.file, cell.row, cell.column->header, "no row of " + parent_file + " has the id '" + id + "'",
            near.empty() ? "Each row here belongs to a row of " + parent_file + ": give its id." : "Did you mean '" + near + "'?", false);
    return nullptr;
}

//-----------------------------------------------------------------------------
// [SECTION] Printing and the whole import
//-----------------------------------------------------------------------------

std::string Scalar(const Json& v) { return v.dump(-1, ' ', false, Json::error_handler_t::replace); }

// Pretty-prints like the shipped datasets: lists of ids and short texts on one line.
void Print(const Json& v, std::size_t indent, std::string& out) {
    const bool flat = v.is_structured() && std::none_of(v.begin(), v.end(), [](const Json& x) { return x.is_structured(); });
    std::string line;
    for (auto it = v.begin(); flat && it != v.end(); ++it)
        line += (line.empty() ? "" : ", ") + (v.is_object() ? Scalar(it.key()) + ": " : "") + Scalar(*it);
    if (!v.is_structured()) out += Scalar(v);
    else if (v.empty()) out += v.is_array() ? "[]" : "{}";
    else if (flat && v.is_array()) out += "[" + line + "]";
    else if (flat && line.size() + indent < 100) out += "{ " + line + " }";
    else {
        out += v.is_array() ? "[\n" : "{\n";
        for (auto it = v.begin(); it != v.end(); ++it) {
            out.append(indent + 2, ' ');
            if (v.is_object()) out += Scalar(it.key()) + ": ";
            Print(*it, indent + 2, out);
            out += std::next(it) == v.end() ? "\n" : ",\n";
        }
        out.append(indent, ' ');
        out += v.is_array() ? "]" : "}";
    }
}

ImportResult Importer::Run(const std::vector<CsvFile>& files) {
    for (const CsvFile& file : files) AddFile(file);
    if (files.empty()) Problem("", 0, "", "no sheets to import", "Give the folder that holds meta.csv, sources.csv, ...");
    for (Sheet& sheet : sheets_)
        if (!sheet.spec->vertical) ReadHeader(sheet);
    BuildAll();
    Print(root_, 0, result_.json);
    result_.json += '\n';
    LoadLimits limits;
    limits.max_diagnostics = std::numeric_limits<std::size_t>::max(); // placed on the sheets, then cut per file
    if (!blocked_) PlaceDiagnostics(LoadDataset(result_.json, "dataset.json", limits), places_, result_.diagnostics);
    result_.checked = !blocked_;
    for (const SheetDiagnostic& d : result_.diagnostics)
        ++(d.severity == Severity::Error ? result_.errors : result_.warnings);
    SortDiagnostics(result_.diagnostics);
    KeepFirstPerFile(result_.diagnostics, kMaxListedPerFile);
    return std::move(result_);
}

} // namespace

ImportResult ImportSheets(const std::vector<CsvFile>& files) { return Importer().Run(files); }

} // namespace polity::sheets
