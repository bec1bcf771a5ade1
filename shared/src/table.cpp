// The data behind a view as reader tables and CSV. Every table is built the same way: headings
// from UiStrings, one row of cells per item, and the two sources columns appended last.
//
// Index of this file
// [SECTION] Cells shared by every table
// [SECTION] Entities
// [SECTION] Changes, observations, relations
// [SECTION] CSV

#include "polity/table.hpp"

#include "polity/csv.hpp"
#include "polity/layout.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace polity {

//-----------------------------------------------------------------------------
// [SECTION] Cells shared by every table
//-----------------------------------------------------------------------------

namespace {

using Row = std::vector<std::string>;

// What every cell function needs: the data and the reader's languages.
struct Reader {
    const Dataset& data;
    const LanguageOrder& order;
    Lang lang;

    std::string Localized(const Text& text) const { return Localize(text, order); }
    std::string Name(Index i) const { return i == kNone ? std::string() : Localized(data.At(i).name); }
    std::string Id(Index i) const { return i == kNone ? std::string() : data.At(i).id; }
};

// "a; b": the items in order, empty ones left out (a list cell never shows "; ;").
std::string Joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) {
        if (item.empty()) continue;
        if (!out.empty()) out += "; ";
        out += item;
    }
    return out;
}

// The headings in the reader's language, then the two sources headings every table ends with.
ReaderTable WithHeader(const std::vector<UiString>& columns, Lang lang) {
    ReaderTable table;
    for (UiString column : columns) table.header.emplace_back(Tr(column, lang));
    table.header.emplace_back(Tr(UiString::Sources, lang));
    table.header.emplace_back(Tr(UiString::ColumnSourceLinks, lang));
    return table;
}

// Ends a row with its sources' titles and their URLs (sources without one add no link).
void AppendSources(Row& row, const Reader& reader, const std::vector<Index>& sources) {
    std::vector<std::string> titles, links;
    for (Index s : sources) {
        titles.push_back(reader.Name(s));
        if (reader.data.At(s).kind == Kind::Source) links.push_back(reader.data.SourceOf(s).url);
    }
    row.push_back(Joined(titles));
    row.push_back(Joined(links));
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Entities
// The common columns, then a group of columns per kind (present only when the kind is), then
// the sources. A row fills its own kind's group and leaves the others empty.
//-----------------------------------------------------------------------------

namespace {

Row InstitutionCells(const Reader& r, Index i) {
    const Institution& inst = r.data.InstitutionOf(i);
    return {r.Localized(inst.short_name), CategoryLabel(inst.category, r.lang), r.Localized(inst.role)};
}

Row ReformCells(const Reader& r, Index i) {
    const std::string& adopted_by = r.data.ReformOf(i).adopted_by;
    return {adopted_by.empty() ? std::string() : Tr(AdoptedByString(adopted_by), r.lang)};
}

Row EventCells(const Reader& r, Index i) { return {r.Name(r.data.EventOf(i).reform)}; }

// "Ombudsman (Human Rights Commissioner); Senator": each title, with where when the data says.
Row PersonCells(const Reader& r, Index i) {
    std::vector<std::string> roles;
    for (const Role& role : r.data.PersonOf(i).roles) {
        const std::string where = r.Name(role.institution);
        roles.push_back(where.empty() ? r.Localized(role.title) : r.Localized(role.title) + " (" + where + ")");
    }
    return {Joined(roles)};
}

Row QuoteCells(const Reader& r, Index i) {
    const Quote& quote = r.data.QuoteOf(i);
    return {r.Name(quote.person), quote.language.empty() ? std::string() : LanguageName(quote.language, r.lang)};
}

// The latest figure is the last observation, as in every view (observations run oldest first).
Row MetricCells(const Reader& r, Index i) {
    const Metric& metric = r.data.MetricOf(i);
    if (metric.observations.empty()) return {r.Localized(metric.unit), "", ""};
    const Observation& latest = metric.observations.back();
    return {r.Localized(metric.unit), QualifiedNumber(latest, r.lang), latest.date.ToString()};
}

Row SourceCells(const Reader& r, Index i) {
    const Source& source = r.data.SourceOf(i);
    return {r.Localized(source.publisher), r.Localized(source.place), source.url};
}

struct KindColumns {
    Kind kind;
    int count;                  // headings used of the three
    UiString headings[3];
    Row (*cells)(const Reader&, Index);   // exactly `count` cells
};

constexpr KindColumns kKindColumns[] = {
    {Kind::Institution, 3, {UiString::ColumnShortName, UiString::ColumnCategory, UiString::Role}, InstitutionCells},
    {Kind::Reform, 1, {UiString::ColumnAdoptedBy}, ReformCells},
    {Kind::Event, 1, {UiString::ColumnReform}, EventCells},
    {Kind::Person, 1, {UiString::Roles}, PersonCells},
    {Kind::Quote, 2, {UiString::ColumnSaidBy, UiString::OriginalLanguage}, QuoteCells},
    {Kind::Metric, 3, {UiString::Unit, UiString::ColumnLatestValue, UiString::ColumnLatestDate}, MetricCells},
    {Kind::Source, 3, {UiString::ColumnPublisher, UiString::ColumnPlace, UiString::ColumnUrl}, SourceCells},
};
static_assert(sizeof kKindColumns / sizeof kKindColumns[0] == kKindCount, "one group of columns per kind");

// The groups of the kinds among `entities`, in Kind order.
std::vector<const KindColumns*> GroupsPresent(const Dataset& data, const std::vector<Index>& entities) {
    std::uint32_t kinds = 0;
    for (Index i : entities) kinds |= KindBit(data.At(i).kind);
    std::vector<const KindColumns*> groups;
    for (const KindColumns& group : kKindColumns)
        if (kinds & KindBit(group.kind)) groups.push_back(&group);
    return groups;
}

// The common cells, its kind's group (the other groups left empty), then the sources.
// A source entity that cites nothing cites itself, so every row can be traced.
Row EntityRow(const Reader& r, Index i, const std::vector<const KindColumns*>& groups) {
    const Entity& e = r.data.At(i);
    Row row = {e.id, KindLabel(e.kind, r.lang), r.Localized(e.name), e.date.ToString(), e.end.ToString(),
               r.Localized(e.description)};
    for (const KindColumns* group : groups) {
        Row cells = group->kind == e.kind ? group->cells(r, i) : Row(static_cast<std::size_t>(group->count));
        for (std::string& cell : cells) row.push_back(std::move(cell));
    }
    const bool cites_itself = e.kind == Kind::Source && e.sources.empty();
    AppendSources(row, r, cites_itself ? std::vector<Index>{i} : e.sources);
    return row;
}

} // namespace

ReaderTable EntityTable(const Dataset& data, const std::vector<Index>& entities, const LanguageOrder& order, Lang lang) {
    const Reader reader{data, order, lang};
    const std::vector<const KindColumns*> groups = GroupsPresent(data, entities);
    std::vector<UiString> columns = {UiString::ColumnId, UiString::ColumnKind, UiString::ColumnName, UiString::Date,
                                     UiString::ColumnEndDate, UiString::ColumnDescription};
    for (const KindColumns* group : groups) columns.insert(columns.end(), group->headings, group->headings + group->count);
    ReaderTable table = WithHeader(columns, lang);
    for (Index i : entities) table.rows.push_back(EntityRow(reader, i, groups));
    return table;
}

//-----------------------------------------------------------------------------
// [SECTION] Changes, observations, relations
// Each row cites its own sources (a change's, an observation's, a relation's), not those of
// the entity it belongs to: they are what backs that one line.
//-----------------------------------------------------------------------------

namespace {

Row ChangeRow(const Reader& r, Index reform, const Change& change) {
    Row row = {r.Name(reform), r.data.At(reform).date.ToString(), r.Name(change.institution),
               r.Localized(change.topic), r.Localized(change.before), r.Localized(change.after),
               r.Id(reform), r.Id(change.institution)};
    AppendSources(row, r, change.sources);
    return row;
}

// Value as readers see it ("nearly 7,000"), Number as machines read it ("7000"): no grouping,
// a '.' decimal point, in every language.
Row ObservationRow(const Reader& r, Index metric, const Observation& o) {
    const Metric& m = r.data.MetricOf(metric);
    Row row = {r.Name(metric), r.Name(m.subject), QualifiedNumber(o, r.lang), FormatNumber(o.value, "", ".", 9),
               r.Localized(m.unit), o.date.ToString(), o.end.ToString(), r.Localized(o.label), r.Localized(o.note),
               r.Id(metric), r.Id(m.subject)};
    AppendSources(row, r, o.sources);
    return row;
}

Row RelationRow(const Reader& r, const Relation& rel) {
    Row row = {r.Name(rel.from), RelationPhrase(rel.type, true, r.lang), r.Name(rel.to), r.Id(rel.from), r.Id(rel.to),
               r.Localized(rel.note)};
    AppendSources(row, r, rel.sources);
    return row;
}

} // namespace

ReaderTable ChangeTable(const Dataset& data, const std::vector<Index>& reforms, const LanguageOrder& order, Lang lang) {
    const Reader reader{data, order, lang};
    ReaderTable table = WithHeader({UiString::ColumnReform, UiString::Date, UiString::Institution, UiString::Topic,
                                    UiString::Before, UiString::After, UiString::ColumnReformId,
                                    UiString::ColumnInstitutionId}, lang);
    for (Index i : reforms) {
        if (data.At(i).kind != Kind::Reform) continue;
        for (const Change& change : data.ReformOf(i).changes) table.rows.push_back(ChangeRow(reader, i, change));
    }
    return table;
}

ReaderTable ObservationTable(const Dataset& data, const std::vector<Index>& metrics, const LanguageOrder& order, Lang lang) {
    const Reader reader{data, order, lang};
    ReaderTable table = WithHeader({UiString::ColumnFigure, UiString::Measures, UiString::Value, UiString::ColumnNumber,
                                    UiString::Unit, UiString::Date, UiString::ColumnEndDate, UiString::When,
                                    UiString::Note, UiString::ColumnFigureId, UiString::ColumnSubjectId}, lang);
    for (Index i : metrics) {
        if (data.At(i).kind != Kind::Metric) continue;
        for (const Observation& o : data.MetricOf(i).observations) table.rows.push_back(ObservationRow(reader, i, o));
    }
    return table;
}

ReaderTable RelationTable(const Dataset& data, const std::vector<std::size_t>& relations, const LanguageOrder& order,
                          Lang lang) {
    const Reader reader{data, order, lang};
    ReaderTable table = WithHeader({UiString::ColumnFrom, UiString::ColumnRelation, UiString::ColumnTo,
                                    UiString::ColumnFromId, UiString::ColumnToId, UiString::Note}, lang);
    for (std::size_t k : relations) table.rows.push_back(RelationRow(reader, data.relations[k]));
    return table;
}

//-----------------------------------------------------------------------------
// [SECTION] CSV
//-----------------------------------------------------------------------------

std::string TableCsv(const ReaderTable& table) {
    csv::WriteOptions options;
    options.byte_order_mark = true;   // Excel reads UTF-8 (and so Cyrillic) only with one
    std::string out = csv::Write({table.header}, options);
    std::vector<std::string> inert;
    for (const std::vector<std::string>& row : table.rows) {
        inert.assign(row.size(), {});
        std::transform(
            row.begin(), row.end(), inert.begin(), [](const std::string& cell) { return csv::GuardFormula(cell); });
        csv::AppendRecord(out, inert, options);
    }
    return out;
}

} // namespace polity
