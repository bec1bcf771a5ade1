// Reader tables and their CSV: localized headings, one cell per heading, kind columns only for
// kinds present, sources last, plain numbers beside qualified ones, relation direction, and
// CSV that spreadsheet apps (and our own reader) take back unchanged.
#include "polity/table.hpp"

#include "polity/csv.hpp"
#include "polity/load.hpp"
#include "test_dataset.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

using namespace polity;
using namespace polity::testing;

namespace {

const std::string kNbsp = "\u00A0";   // the ru/kk thousands separator

LanguageOrder Order(const char* lang) { return MakeLanguageOrder(lang, {"en", "ru", "kk"}); }

ReaderTable Entities(const Dataset& data, const std::vector<const char*>& ids, Lang lang = Lang::En) {
    std::vector<Index> entities;
    for (const char* id : ids) entities.push_back(Id(data, id));
    return EntityTable(data, entities, Order(LangCode(lang)), lang);
}

std::vector<Index> AllEntities(const Dataset& data) {
    std::vector<Index> all(data.entities.size());
    std::iota(all.begin(), all.end(), Index{0});
    return all;
}

std::vector<std::size_t> AllRelations(const Dataset& data) {
    std::vector<std::size_t> all(data.relations.size());
    std::iota(all.begin(), all.end(), std::size_t{0});
    return all;
}

bool HasColumn(const ReaderTable& table, const std::string& heading) {
    return std::find(table.header.begin(), table.header.end(), heading) != table.header.end();
}

// The cell of `row` under `heading` (the heading must be there).
const std::string& Cell(const ReaderTable& table, std::size_t row, const std::string& heading) {
    const auto column = std::find(table.header.begin(), table.header.end(), heading);
    REQUIRE(column != table.header.end());
    return table.rows.at(row).at(static_cast<std::size_t>(column - table.header.begin()));
}

bool HasCyrillic(const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c == '\xD0' || c == '\xD1'; });
}

void CheckRowLengths(const ReaderTable& table) {
    for (const std::vector<std::string>& row : table.rows) CHECK(row.size() == table.header.size());
}

} // namespace

TEST_CASE("table: headings are in the reader's language, with the sources columns last") {
    const Dataset data = MakeSmallDataset();
    const ReaderTable en = EntityTable(data, AllEntities(data), Order("en"), Lang::En);
    const ReaderTable ru = EntityTable(data, AllEntities(data), Order("ru"), Lang::Ru);
    const ReaderTable kk = EntityTable(data, AllEntities(data), Order("kk"), Lang::Kk);
    REQUIRE(en.header.size() == ru.header.size());
    CHECK(en.header.front() == "ID");
    CHECK(en.header[en.header.size() - 2] == "Sources");
    CHECK(en.header.back() == "Source links");
    CHECK(ru.header[ru.header.size() - 2] == "Источники");
    CHECK(ru.header.back() == "Ссылки на источники");
    CHECK(kk.header.back() == "Дереккөз сілтемелері");
    for (std::size_t k = 0; k < en.header.size(); ++k) {
        CAPTURE(en.header[k]);
        CHECK(ru.header[k] != en.header[k]);
        CHECK(HasCyrillic(ru.header[k]));
        CHECK_FALSE(kk.header[k].empty());
    }
    // Words the program writes are localized too; ids and dates stay machine-readable.
    const std::size_t ombudsman = Id(data, "ombudsman");
    CHECK(Cell(ru, ombudsman, "Тип") == "институт");
    CHECK(Cell(ru, ombudsman, "Название") == "Уполномоченный по правам человека");
    CHECK(Cell(ru, ombudsman, "Идентификатор") == "ombudsman");
    CHECK(Cell(ru, ombudsman, "Дата") == "2002-09-19");
    CHECK(Cell(ru, ombudsman, "Категория") == "агентство");
}

TEST_CASE("table: every row of every table has one cell per heading") {
    const Dataset data = MakeSmallDataset();
    for (Lang lang : {Lang::En, Lang::Ru, Lang::Kk}) {
        const LanguageOrder order = Order(LangCode(lang));
        CheckRowLengths(EntityTable(data, AllEntities(data), order, lang));
        CheckRowLengths(ChangeTable(data, AllEntities(data), order, lang));
        CheckRowLengths(ObservationTable(data, AllEntities(data), order, lang));
        CheckRowLengths(RelationTable(data, AllRelations(data), order, lang));
    }
    CHECK(EntityTable(data, {}, Order("en"), Lang::En).rows.empty());
    CHECK(EntityTable(data, {}, Order("en"), Lang::En).header.size() == 8);  // common six and sources
}

TEST_CASE("table: a kind's own columns appear only when that kind is in the table") {
    const Dataset data = MakeSmallDataset();
    const ReaderTable institutions = Entities(data, {"ombudsman", "senate"});
    CHECK(HasColumn(institutions, "Short name"));
    CHECK(HasColumn(institutions, "Category"));
    CHECK_FALSE(HasColumn(institutions, "Unit"));
    CHECK_FALSE(HasColumn(institutions, "Publisher"));
    CHECK_FALSE(HasColumn(institutions, "Said by"));

    const ReaderTable mixed = Entities(data, {"ombudsman-appeals", "ombudsman", "quote-lastayev"});
    CHECK_FALSE(HasColumn(mixed, "How adopted"));
    // Groups follow Kind order (institution, ..., quote, metric), whatever the row order.
    const auto at = [&](const char* heading) { return std::find(mixed.header.begin(), mixed.header.end(), heading); };
    CHECK(at("Short name") < at("Said by"));
    CHECK(at("Said by") < at("Unit"));
    CHECK(Cell(mixed, 0, "Latest value") == "nearly 7,000");
    CHECK(Cell(mixed, 0, "Date of latest value") == "2023");
    CHECK(Cell(mixed, 0, "Unit") == "appeals a year");
    CHECK(Cell(mixed, 0, "Short name").empty());
    CHECK(Cell(mixed, 1, "Short name") == "Ombudsman");
    CHECK(Cell(mixed, 1, "Latest value").empty());
    CHECK(Cell(mixed, 2, "Said by") == "Artur Lastayev");
    CHECK(Cell(mixed, 2, "Name") == "The ombudsman now has constitutional status");

    const ReaderTable people = Entities(data, {"lastayev", "referendum-2022", "reform-2022"});
    CHECK(Cell(people, 0, "Roles") == "Ombudsman (Human Rights Commissioner)");
    CHECK(Cell(people, 1, "Reform") == "Constitutional reform of 2022");
    CHECK(Cell(people, 2, "How adopted") == "Adopted by referendum");
    CHECK(Cell(people, 0, "Date").empty());   // unset dates stay empty
}

TEST_CASE("table: the sources columns list titles and links in the dataset's order") {
    Dataset data = MakeSmallDataset();
    data.sources[data.At(Id(data, "src-law")).detail].url = "https://example.org/law";
    data.sources[data.At(Id(data, "src-news")).detail].url = "https://example.org/news?a=1,b=2";
    data.entities[Id(data, "senate")].sources = {Id(data, "src-news"), Id(data, "src-law")};
    const ReaderTable table = Entities(data, {"senate", "quote-lastayev", "src-law"});
    CHECK(Cell(table, 0, "Sources") == "Interview; Constitutional Law on the Commissioner");
    CHECK(Cell(table, 0, "Source links") == "https://example.org/news?a=1,b=2; https://example.org/law");
    CHECK(Cell(table, 1, "Sources") == "Interview");
    // A source's own row cites itself; its URL is also in its own column.
    CHECK(Cell(table, 2, "Sources") == "Constitutional Law on the Commissioner");
    CHECK(Cell(table, 2, "Source links") == "https://example.org/law");
    CHECK(Cell(table, 2, "URL") == "https://example.org/law");

    // A source without a URL adds a title but no link.
    data.sources[data.At(Id(data, "src-law")).detail].url.clear();
    const ReaderTable no_url = Entities(data, {"senate"});
    CHECK(Cell(no_url, 0, "Sources") == "Interview; Constitutional Law on the Commissioner");
    CHECK(Cell(no_url, 0, "Source links") == "https://example.org/news?a=1,b=2");
}

TEST_CASE("table: ChangeTable gives one row per change, with before and after") {
    Dataset data = MakeSmallDataset();
    data.reforms[data.At(Id(data, "reform-2022")).detail].changes[0].before = En("Set by decree");
    const std::vector<Index> reforms = {Id(data, "reform-2022"), Id(data, "ombudsman"), Id(data, "reform-1995")};
    const ReaderTable table = ChangeTable(data, reforms, Order("en"), Lang::En);
    REQUIRE(table.rows.size() == 4);   // three changes of 2022, none from the institution, one of 1995
    CHECK(table.header == std::vector<std::string>{"Reform", "Date", "Institution", "Topic", "Before", "After",
                                                   "Reform ID", "Institution ID", "Sources", "Source links"});
    CHECK(table.rows[0] == std::vector<std::string>{"Constitutional reform of 2022", "2022-06-05", "Human Rights Commissioner",
                                                    "Status", "Set by decree", "Set by the Constitution", "reform-2022",
                                                    "ombudsman", "Interview", ""});
    CHECK(Cell(table, 1, "Before").empty());
    CHECK(Cell(table, 1, "After") == "Created");
    CHECK(Cell(table, 1, "Sources") == "Constitutional Law on the Commissioner");
    CHECK(Cell(table, 3, "Reform ID") == "reform-1995");
    CHECK(Cell(table, 3, "Date") == "1995-08-30");

    const ReaderTable ru = ChangeTable(data, reforms, Order("ru"), Lang::Ru);
    CHECK(ru.rows[0][0] == "Конституционная реформа 2022 года");
    CHECK(ru.rows[0][2] == "Уполномоченный по правам человека");
}

TEST_CASE("table: ObservationTable's number is plain in every language, its value as readers see it") {
    Dataset data = MakeSmallDataset();
    Metric& metric = data.metrics[data.At(Id(data, "ombudsman-appeals")).detail];
    Observation half;
    half.value = 0.5;
    half.qualifier = Qualifier::Over;
    half.label = Tx({{"en", "last year"}, {"ru", "в прошлом году"}});
    metric.observations.push_back(half);
    Observation big;
    big.value = 1234567.25;
    metric.observations.push_back(big);
    for (Lang lang : {Lang::En, Lang::Ru, Lang::Kk}) {
        CAPTURE(LangCode(lang));
        const ReaderTable table = ObservationTable(data, AllEntities(data), Order(LangCode(lang)), lang);
        REQUIRE(table.rows.size() == 3);
        const std::size_t number = 3;
        CHECK(table.rows[0][number] == "7000");
        CHECK(table.rows[1][number] == "0.5");
        CHECK(table.rows[2][number] == "1234567.25");
        CHECK(table.rows[0][2] == QualifiedNumber(7000, Qualifier::Nearly, lang));
    }
    const ReaderTable en = ObservationTable(data, {Id(data, "ombudsman-appeals")}, Order("en"), Lang::En);
    CHECK(en.header[3] == "Number");
    CHECK(en.rows[0] == std::vector<std::string>{"Appeals to the ombudsman", "Human Rights Commissioner", "nearly 7,000",
                                                 "7000", "appeals a year", "2023", "", "", "", "ombudsman-appeals",
                                                 "ombudsman", "Interview", ""});
    CHECK(Cell(en, 1, "Value") == "over 0.5");
    CHECK(Cell(en, 1, "When") == "last year");
    CHECK(Cell(en, 1, "Sources").empty());
    const ReaderTable ru = ObservationTable(data, {Id(data, "ombudsman-appeals")}, Order("ru"), Lang::Ru);
    CHECK(ru.rows[0][2] == "почти 7" + kNbsp + "000");
    CHECK(ru.rows[1][7] == "в прошлом году");
}

TEST_CASE("table: RelationTable reads each relation from its from end") {
    Dataset data = MakeSmallDataset();
    data.relations[6].note = En("The upper chamber");
    data.relations[6].sources = {Id(data, "src-law")};
    const ReaderTable en = RelationTable(data, {6, 4}, Order("en"), Lang::En);
    CHECK(en.header == std::vector<std::string>{"From", "Relation", "To", "From ID", "To ID", "Note", "Sources",
                                                "Source links"});
    CHECK(en.rows[0] == std::vector<std::string>{"Senate", "part of", "Parliament", "senate", "parliament",
                                                 "The upper chamber", "Constitutional Law on the Commissioner", ""});
    CHECK(en.rows[1][0] == "Artur Lastayev");
    CHECK(en.rows[1][1] == "said");
    CHECK(en.rows[1][4] == "quote-lastayev");
    const ReaderTable ru = RelationTable(data, {6}, Order("ru"), Lang::Ru);
    CHECK(ru.rows[0][0] == "Сенат");
    CHECK(ru.rows[0][1] == "входит в состав:");
    CHECK(ru.rows[0][2] == "Парламент Казахстана");
}

TEST_CASE("table: CSV has a byte order mark, CRLF and quoting, and reads back the same") {
    ReaderTable table;
    table.header = {"ID", "Название"};
    table.rows = {{"a", "Сенат, верхняя палата"}, {"b", "say \"hi\""}, {"c", "one\ntwo"}, {"d", ""}};
    const std::string text = TableCsv(table);
    CHECK(text.rfind("\xEF\xBB\xBF" "ID,Название\r\n", 0) == 0);
    CHECK(text.find("a,\"Сенат, верхняя палата\"\r\n") != std::string::npos);
    CHECK(text.find("b,\"say \"\"hi\"\"\"\r\n") != std::string::npos);
    CHECK(text.find("c,\"one\ntwo\"\r\n") != std::string::npos);
    CHECK(text.size() >= 2);
    CHECK(text.substr(text.size() - 2) == "\r\n");

    const csv::Table back = csv::Read(text);
    REQUIRE(back.ok());
    CHECK(back.delimiter == ',');
    REQUIRE(back.records.size() == table.rows.size() + 1);
    CHECK(back.records[0].fields == table.header);
    for (std::size_t k = 0; k < table.rows.size(); ++k) CHECK(back.records[k + 1].fields == table.rows[k]);
}

TEST_CASE("table: a text a spreadsheet would run as a formula is written as text; numbers stay numbers") {
    ReaderTable table;
    table.header = {"Name", "Number"};
    table.rows = {{"=HYPERLINK(\"http://x\")", "-5"}, {"+7 (727) 2", "+0.5"}, {"@SUM(A1)", "1e3"},
                  {"-a dash", "-"}, {"\t=1", "plain"}};
    const csv::Table back = csv::Read(TableCsv(table));
    REQUIRE(back.ok());
    REQUIRE(back.records.size() == 6);
    CHECK(back.records[1].fields == std::vector<std::string>{"'=HYPERLINK(\"http://x\")", "-5"});
    CHECK(back.records[2].fields == std::vector<std::string>{"'+7 (727) 2", "+0.5"});
    CHECK(back.records[3].fields == std::vector<std::string>{"'@SUM(A1)", "1e3"});
    CHECK(back.records[4].fields == std::vector<std::string>{"'-a dash", "'-"});
    CHECK(back.records[5].fields == std::vector<std::string>{"'\t=1", "plain"});
}

TEST_CASE("table: the shipped dataset's institutions all cite sources, and every table reads back") {
    const LoadResult r = LoadDatasetFile(std::string(POLITY_SOURCE_DIR) + "/data/kazakhstan-constitution.json");
    REQUIRE(r.ok());
    const Dataset& data = *r.dataset;
    std::vector<Index> institutions;
    for (Index i = 0; i < data.entities.size(); ++i)
        if (data.At(i).kind == Kind::Institution) institutions.push_back(i);
    for (Lang lang : {Lang::En, Lang::Ru, Lang::Kk}) {
        CAPTURE(LangCode(lang));
        const LanguageOrder order = MakeLanguageOrder(LangCode(lang), data.meta.languages);
        const ReaderTable table = EntityTable(data, institutions, order, lang);
        REQUIRE(table.rows.size() == 15);
        for (const std::vector<std::string>& row : table.rows) {
            CAPTURE(row.front());
            REQUIRE(row.size() == table.header.size());
            CHECK_FALSE(row[row.size() - 2].empty());
        }
        for (const ReaderTable& t : {EntityTable(data, AllEntities(data), order, lang),
                                     ChangeTable(data, AllEntities(data), order, lang),
                                     ObservationTable(data, AllEntities(data), order, lang),
                                     RelationTable(data, AllRelations(data), order, lang)}) {
            CHECK_FALSE(t.rows.empty());
            CheckRowLengths(t);
            const csv::Table back = csv::Read(TableCsv(t));
            REQUIRE(back.ok());
            REQUIRE(back.records.size() == t.rows.size() + 1);
            for (std::size_t k = 0; k < t.rows.size(); ++k) CHECK(back.records[k + 1].fields == t.rows[k]);
        }
    }
}
