// Polity Explorer — the data behind a view, as a table for readers to download. The UI decides
// which entities, changes, figures or relations a view shows; these functions turn them into
// rows of text in the reader's language, and the rows into CSV a spreadsheet app opens.
//
// Index of this file
// [SECTION] Reader tables
// [SECTION] CSV
//
// Choices, so that every download reads the same:
// - Headings and words the program writes (kinds, categories, relations) are in the reader's
//   language; dataset texts are localized along the LanguageOrder.
// - Ids stay as they are, a key for joining tables. Dates are ISO ("1995", "2022-06",
//   "2022-06-05"), empty when unset: spreadsheet apps sort and filter them as written.
// - The last two columns are always "Sources" (titles) and "Source links" (URLs), each list
//   "; "-separated in the dataset's order; a source without a URL adds no link. A source
//   entity's own row names itself there, so every row of a table can be traced.
// - A cell the dataset leaves empty stays empty (no "not stated" filler).
#pragma once

#include "polity/i18n.hpp"
#include "polity/model.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace polity {

//-----------------------------------------------------------------------------
// [SECTION] Reader tables
// - Rows follow the order of the given indices; each row has exactly header.size() cells.
// - Indices must be valid for `data`. ChangeTable and ObservationTable skip entities of
//   another kind than theirs, so a whole view's list may be passed.
//-----------------------------------------------------------------------------

// A table for readers: a header row and data rows of text, in the reader's language.
struct ReaderTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;   // each as long as header
};

// One row per entity. Columns: ID, Kind, Name, Date, End date, Description; then, only for
// kinds present, in Kind order: institution Short name, Category, Role; reform How adopted;
// event Reform; person Roles; quote Said by, Original language; metric Unit, Latest value
// ("nearly 7,000"), Date of latest value; source Publisher, Place, URL; then the sources.
ReaderTable EntityTable(const Dataset& data, const std::vector<Index>& entities, const LanguageOrder& order, Lang lang);
// One row per change of each reform: Reform, Date (the reform's), Institution, Topic, Before,
// After, Reform ID, Institution ID, then the change's own sources.
ReaderTable ChangeTable(const Dataset& data, const std::vector<Index>& reforms, const LanguageOrder& order, Lang lang);
// One row per observation of each metric: Figure, Measures (the subject), Value ("nearly 7,000"),
// Number (plain: "7000", "0.5"), Unit, Date, End date, When (the source's label), Note,
// Figure ID, Subject ID, then the observation's own sources.
ReaderTable ObservationTable(const Dataset& data, const std::vector<Index>& metrics, const LanguageOrder& order, Lang lang);
// One row per relation (indices into data.relations): From, Relation (as read from `from`),
// To, From ID, To ID, Note, then the relation's own sources.
ReaderTable RelationTable(const Dataset& data, const std::vector<std::size_t>& relations, const LanguageOrder& order, Lang lang);

//-----------------------------------------------------------------------------
// [SECTION] CSV
//-----------------------------------------------------------------------------

// The table as CSV for spreadsheet apps: UTF-8 with a byte order mark (Excel needs it for
// Cyrillic), CRLF line ends, commas, RFC 4180 quoting. The header is the first record. No cell
// runs as a formula: csv::GuardFormula gives a text starting with = + - @ (or a tab or CR) a
// leading apostrophe; plain numbers ("-5") are left as they are.
std::string TableCsv(const ReaderTable& table);

} // namespace polity
