// Polity Explorer — reading and writing CSV (RFC 4180), the way spreadsheet apps save it.
// Errors are values: Read never throws; a broken file ends in one error with its row.
//
// Index of this file
// [SECTION] Reading
// [SECTION] Writing
// [SECTION] Formulas
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace polity::csv {

//-----------------------------------------------------------------------------
// [SECTION] Reading
// - Fields are separated by the delimiter; records end with CRLF, LF or a lone CR.
// - A quoted field may hold delimiters, line breaks and quotes (written twice: "").
// - A UTF-8 byte order mark at the start is skipped. The text must be UTF-8 without NUL.
// - Rows are counted the way a spreadsheet shows them: the first record is row 1, a blank
//   line is a row with one empty field, and a line break inside quotes starts no new row.
// - A quote inside an unquoted field is kept as it is (spreadsheet apps write such files).
//-----------------------------------------------------------------------------

struct Record {
    std::vector<std::string> fields;   // at least one (a blank line is one empty field)
    std::uint32_t line = 1;            // 1-based line of the text where the record starts
};

struct ReadOptions {
    char delimiter = 0;  // 0: guess from the first line — ',' unless it only has ';' or tabs
};

struct Table {
    std::vector<Record> records;       // every record before the first error
    char delimiter = ',';              // the one used (guessed or given)
    std::string error;                 // "" when the whole text was read
    std::uint32_t error_row = 0;       // 1-based record where the error is (0 when none)
    bool ok() const { return error.empty(); }
};

Table Read(std::string_view text, const ReadOptions& options = {});

// The delimiter a spreadsheet app most likely used, from the first line: ',' unless that
// line has no comma outside quotes but has ';' (European Excel) or a tab.
char GuessDelimiter(std::string_view text);

//-----------------------------------------------------------------------------
// [SECTION] Writing
// A field is quoted when it holds the delimiter, a quote, a line break, or starts or ends
// with a space or tab (some apps trim those otherwise); quotes inside are doubled.
//-----------------------------------------------------------------------------

struct WriteOptions {
    char delimiter = ',';
    const char* newline = "\r\n";  // RFC 4180 says CRLF; every spreadsheet app reads it
    bool byte_order_mark = false;  // Excel reads a file as UTF-8 only when it starts with one
};

// Appends one record, with its newline, to `out`.
void AppendRecord(std::string& out, const std::vector<std::string>& fields, const WriteOptions& options = {});

// A whole file: the byte order mark (if asked) and every record.
std::string Write(const std::vector<std::vector<std::string>>& records, const WriteOptions& options = {});

//-----------------------------------------------------------------------------
// [SECTION] Formulas
// A spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a formula: a dataset
// from anywhere could make an editor's or a reader's spreadsheet call out (=IMPORTXML,
// =HYPERLINK) or run commands. Such a text is written with a leading apostrophe, which
// spreadsheets show as text and do not print. A plain number ("-5", "+0.5", "-1e3") is left as
// it is. A text that already starts with apostrophes before such a start ("'=x") gets one more,
// so that taking one off always gives the text back: UnguardFormula(GuardFormula(x)) == x.
//-----------------------------------------------------------------------------

std::string GuardFormula(std::string_view cell);        // the cell as a sheet holds it
std::string_view UnguardFormula(std::string_view cell); // one apostrophe less where GuardFormula added one

} // namespace polity::csv
