// Exporting a dataset to CSV sheets. It works from the JSON DOM, not the model, so every
// value is written as the file has it: a text given as a plain string stays a plain string,
// 1800 stays 1800. What a sheet cannot hold (an unknown field, an empty list: an empty cell
// means "absent") is listed in ExportResult::lost rather than dropped in silence. No cell runs
// in a spreadsheet: a text that starts like a formula gets an apostrophe (csv::GuardFormula),
// which import takes off again.
#include "polity/sheets.hpp"

#include "polity/csv.hpp"
#include "json_scan.hpp"  // EscapePointerToken

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace polity::sheets {

namespace {

using Json = nlohmann::ordered_json;  // walks objects in file order: the columns follow it

// One row to write: an object of the dataset, where it is, and its parent's id (nested sheets).
struct Item {
    const Json* object;
    std::string pointer;
    std::string parent_id;
};

// One output column: a field, and for Text fields the language ("" for the plain column).
struct OutColumn {
    const ColumnSpec* spec;
    std::string lang;
    std::string header;
};

// "/key", escaped as a JSON pointer step.
std::string Step(std::string_view key) {
    return "/" + detail::EscapePointerToken(key);
}

bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }
bool Padded(const std::string& s) { return Blank(s) || s.front() == ' ' || s.back() == ' ' || s.front() == '\t' || s.back() == '\t'; }

class Exporter {
public:
    ExportResult Run(std::string_view text);

private:
    void ReadLanguages(const Json& root);
    void WriteMeta(const Json& root);
    std::vector<Item> Items(const Json& array, const std::string& pointer);
    std::vector<Item> NestedItems(const SheetSpec& nested, const std::vector<Item>& parents);
    void WriteSheet(const SheetSpec& sheet, const std::vector<Item>& items);
    std::vector<OutColumn> Columns(const SheetSpec& sheet, const std::vector<Item>& items) const;
    std::vector<std::string> Languages(const ColumnSpec& spec, const std::vector<Item>& items) const;
    bool InLanguageColumn(const Json& text, const std::string& lang) const;
    std::string Cell(const Item& item, const OutColumn& column) const;
    void Check(const SheetSpec& sheet, const Item& item);
    void CheckValue(const ColumnSpec& spec, const Json& v, const std::string& at);
    void Lost(std::string pointer, std::string message) { result_.lost.push_back({std::move(pointer), std::move(message)}); }

    std::vector<std::string> languages_;  // declared; the first is the default
    std::string default_lang_ = "en";
    ExportResult result_;
};

//-----------------------------------------------------------------------------
// [SECTION] Sheets and rows
//-----------------------------------------------------------------------------

ExportResult Exporter::Run(std::string_view text) {
    const Json root = Json::parse(text.begin(), text.end(), nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        Lost("", "the dataset is not a JSON object; nothing was written");
        return std::move(result_);
    }
    ReadLanguages(root);
    for (auto it = root.begin(); it != root.end(); ++it) {
        const bool known = it.key() == "$schema" || it.key() == "format" ||
                           std::any_of(std::begin(kSheets), std::end(kSheets),
                                       [&](const SheetSpec& s) { return !s.parent && it.key() == s.json_key; });
        if (!known) Lost(Step(it.key()), "'" + it.key() + "' is not part of the format");
    }
    std::map<std::string, std::vector<Item>> items;  // by sheet name, for the nested sheets
    for (const SheetSpec& sheet : kSheets) {
        if (sheet.vertical) {
            if (root.contains(sheet.json_key)) WriteMeta(root);
            continue;
        }
        if (sheet.parent && !items.count(sheet.parent)) continue;
        if (!sheet.parent && !root.contains(sheet.json_key)) continue;
        items[sheet.name] = sheet.parent ? NestedItems(sheet, items[sheet.parent])
                                         : Items(root[sheet.json_key], Step(sheet.json_key));
        WriteSheet(sheet, items[sheet.name]);
    }
    return std::move(result_);
}

void Exporter::ReadLanguages(const Json& root) {
    const auto meta = root.find("meta");
    if (meta == root.end() || !meta->is_object() || !meta->contains("languages") || !(*meta)["languages"].is_array()) return;
    for (const Json& code : (*meta)["languages"])
        if (code.is_string()) languages_.push_back(code.get<std::string>());
    if (!languages_.empty()) default_lang_ = languages_.front();
}

std::vector<Item> Exporter::Items(const Json& array, const std::string& pointer) {
    std::vector<Item> out;
    if (!array.is_array()) Lost(pointer, "not a list; the sheet is left empty");
    for (std::size_t i = 0; array.is_array() && i < array.size(); ++i) {
        if (array[i].is_object()) out.push_back(Item{&array[i], pointer + "/" + std::to_string(i), ""});
        else Lost(pointer + "/" + std::to_string(i), "not an object, so not a row");
    }
    return out;
}

std::vector<Item> Exporter::NestedItems(const SheetSpec& nested, const std::vector<Item>& parents) {
    std::vector<Item> out;
    for (const Item& parent : parents) {
        const auto list = parent.object->find(nested.json_key);
        if (list == parent.object->end()) continue;
        const std::string at = parent.pointer + Step(nested.json_key);
        const auto id = parent.object->find("id");
        if (id == parent.object->end() || !id->is_string()) {
            Lost(at, "its owner has no id, which its rows would need");
            continue;
        }
        if (list->is_array() && list->empty()) Lost(at, "an empty list: no rows in " + std::string(nested.name) + ".csv mean no list");
        for (Item item : Items(*list, at)) {
            item.parent_id = id->get<std::string>();
            out.push_back(std::move(item));
        }
    }
    return out;
}

void Exporter::WriteSheet(const SheetSpec& sheet, const std::vector<Item>& items) {
    const std::vector<OutColumn> columns = Columns(sheet, items);
    std::vector<std::vector<std::string>> records(1);
    for (const OutColumn& c : columns) records[0].push_back(c.header);
    for (const Item& item : items) {
        Check(sheet, item);
        std::vector<std::string> row;
        for (const OutColumn& c : columns)
            row.push_back(csv::GuardFormula(c.spec->kind == CellKind::Parent ? item.parent_id : Cell(item, c)));
        if (std::all_of(row.begin(), row.end(), Blank)) Lost(item.pointer, "an empty row, which reads as no row");
        if (!row.empty() && row[0].substr(0, 1) == "#") Lost(item.pointer, "a first cell starting with '#' reads as a note");
        records.push_back(std::move(row));
    }
    result_.files.push_back(CsvFile{std::string(sheet.name) + ".csv", csv::Write(records, {',', "\r\n", true})});
}

// meta.csv is vertical: one row per field, "$schema" and "format" taken from the top level.
void Exporter::WriteMeta(const Json& root) {
    const auto found = root.find("meta");
    Json meta = found->is_object() ? *found : Json::object();
    if (!found->is_object()) Lost("/meta", "not an object; meta.csv is left empty");
    for (const char* key : {"format", "$schema"})
        if (root.contains(key)) meta[key] = root[key];
    const Item item{&meta, "/meta", ""};
    const SheetSpec& sheet = *FindSheet("meta");
    Check(sheet, item);
    std::vector<std::vector<std::string>> records{{"field", "value"}};
    for (const OutColumn& c : Columns(sheet, {item}))
        if (c.spec->name != std::string_view("$schema") || meta.contains("$schema"))
            records.push_back({c.header, csv::GuardFormula(Cell(item, c))});
    result_.files.push_back(CsvFile{"meta.csv", csv::Write(records, {',', "\r\n", true})});
}

//-----------------------------------------------------------------------------
// [SECTION] Columns and cells
// A text {"en": "A", "ru": "B"} (en the default language) is written as "name" = A and
// "name.ru" = B, which reads back as the same object. Only {"en": "A"} alone needs the
// "name.en" column: "name" = A alone would read back as the plain string "A".
//-----------------------------------------------------------------------------

bool Exporter::InLanguageColumn(const Json& text, const std::string& lang) const {
    return text.is_object() && text.contains(lang) && (lang != default_lang_ || text.size() == 1);
}

// The languages of a text field's columns: the declared ones in their order, then any other
// the rows use; only those some row needs a column for.
std::vector<std::string> Exporter::Languages(const ColumnSpec& spec, const std::vector<Item>& items) const {
    std::vector<std::string> langs = languages_, used;
    for (const Item& item : items) {
        const auto text = item.object->find(spec.name);
        if (text == item.object->end() || !text->is_object()) continue;
        for (auto it = text->begin(); it != text->end(); ++it)
            if (std::find(langs.begin(), langs.end(), it.key()) == langs.end()) langs.push_back(it.key());
    }
    for (const std::string& lang : langs)
        if (std::any_of(items.begin(), items.end(), [&](const Item& item) {
                const auto text = item.object->find(spec.name);
                return text != item.object->end() && InLanguageColumn(*text, lang);
            }))
            used.push_back(lang);
    return used;
}

std::vector<OutColumn> Exporter::Columns(const SheetSpec& sheet, const std::vector<Item>& items) const {
    std::vector<OutColumn> out;
    for (std::size_t i = 0; i < sheet.column_count; ++i) {
        const ColumnSpec& spec = sheet.columns[i];
        out.push_back(OutColumn{&spec, "", spec.name});
        if (spec.kind != CellKind::Text) continue;
        for (const std::string& lang : Languages(spec, items))
            out.push_back(OutColumn{&spec, lang, std::string(spec.name) + "." + lang});
    }
    return out;
}

std::string Exporter::Cell(const Item& item, const OutColumn& column) const {
    const auto found = item.object->find(column.spec->name);
    if (found == item.object->end()) return {};
    const Json& v = *found;
    const auto str = [](const Json& s) { return s.is_string() ? s.get<std::string>() : std::string(); };
    switch (column.spec->kind) {
    case CellKind::Text:
        if (!column.lang.empty()) return InLanguageColumn(v, column.lang) ? str(v[column.lang]) : std::string();
        if (v.is_object()) return InLanguageColumn(v, default_lang_) || !v.contains(default_lang_) ? std::string() : str(v[default_lang_]);
        return str(v);
    case CellKind::Refs: {
        std::string list;
        for (std::size_t i = 0; v.is_array() && i < v.size(); ++i) list += (i ? ";" : "") + str(v[i]);
        return list;
    }
    case CellKind::Number: return v.is_number() ? v.dump() : std::string();
    default: return str(v);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] What a sheet cannot hold
//-----------------------------------------------------------------------------

void Exporter::Check(const SheetSpec& sheet, const Item& item) {
    for (auto it = item.object->begin(); it != item.object->end(); ++it) {
        const ColumnSpec* spec = nullptr;
        for (std::size_t i = 0; i < sheet.column_count; ++i)
            if (sheet.columns[i].kind != CellKind::Parent && it.key() == sheet.columns[i].name) spec = &sheet.columns[i];
        const bool nested = std::any_of(std::begin(kSheets), std::end(kSheets), [&](const SheetSpec& s) {
            return s.parent && sheet.name == std::string_view(s.parent) && it.key() == s.json_key;
        });
        const std::string at = (sheet.vertical && (it.key() == "$schema" || it.key() == "format") ? "" : item.pointer) + Step(it.key());
        if (spec) CheckValue(*spec, it.value(), at);
        else if (!nested) Lost(at, "'" + it.key() + "' is not a field of " + sheet.name + ".csv");
    }
}

void Exporter::CheckValue(const ColumnSpec& spec, const Json& v, const std::string& at) {
    const auto bad_string = [](const Json& s) { return !s.is_string() || Padded(s.get<std::string>()); };
    switch (spec.kind) {
    case CellKind::Text:
        if (v.is_string() ? Blank(v.get<std::string>()) : !v.is_object() || v.empty())
            Lost(at, "an empty text, or not a text: an empty cell reads as no text");
        for (auto it = v.begin(); v.is_object() && it != v.end(); ++it)
            if (!it->is_string() || Blank(it->get<std::string>())) Lost(at + Step(it.key()), "an empty translation, or not a string");
        break;
    case CellKind::Refs:
        if (!v.is_array() || v.empty()) Lost(at, "an empty list, or not a list: an empty cell reads as no list");
        for (std::size_t i = 0; v.is_array() && i < v.size(); ++i)
            if (bad_string(v[i]) || v[i].get<std::string>().find(';') != std::string::npos)
                Lost(at + "/" + std::to_string(i), "not an id that a ';'-separated list can hold");
        break;
    case CellKind::Number:
        if (!v.is_number()) Lost(at, "not a number");
        break;
    default:
        if (bad_string(v)) Lost(at, "not a string, or empty, or with spaces around it, which a cell loses");
    }
}

// The pointer of the first place where a and b differ, or "".
std::string Difference(const nlohmann::json& a, const nlohmann::json& b, const std::string& at) {
    if (a == b) return {};
    if (a.is_object() && b.is_object()) {
        for (const auto& [key, value] : a.items())
            if (std::string d = b.contains(key) ? Difference(value, b[key], at + Step(key)) : at + Step(key); !d.empty()) return d;
        for (const auto& [key, value] : b.items())
            if (!a.contains(key)) return at + Step(key);
    }
    if (a.is_array() && b.is_array()) {
        for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
            if (std::string d = Difference(a[i], b[i], at + "/" + std::to_string(i)); !d.empty()) return d;
        return at + "/" + std::to_string(std::min(a.size(), b.size()));
    }
    return at.empty() ? "/" : at;
}

} // namespace

ExportResult ExportSheets(std::string_view dataset_json) { return Exporter().Run(dataset_json); }

std::string FirstDifference(std::string_view a, std::string_view b) {
    const nlohmann::json ja = nlohmann::json::parse(a.begin(), a.end(), nullptr, false);
    const nlohmann::json jb = nlohmann::json::parse(b.begin(), b.end(), nullptr, false);
    if (ja.is_discarded() || jb.is_discarded()) return "(not JSON)";
    return Difference(ja, jb, "");
}

} // namespace polity::sheets
