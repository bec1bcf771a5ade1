// CSV reading and writing: RFC 4180 quoting, line endings, rows as a spreadsheet counts
// them, the encodings editors' files really come in, and write -> read round trips.
#include "polity/csv.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

using namespace polity::csv;

namespace {

using Fields = std::vector<std::string>;

std::vector<Fields> FieldsOf(const Table& t) {
    std::vector<Fields> out;
    for (const Record& r : t.records) out.push_back(r.fields);
    return out;
}

} // namespace

TEST_CASE("csv: records end with LF, CRLF, a lone CR or the end of the text") {
    CHECK(FieldsOf(Read("a,b\nc,d\n")) == std::vector<Fields>{{"a", "b"}, {"c", "d"}});
    CHECK(FieldsOf(Read("a,b\r\nc,d")) == std::vector<Fields>{{"a", "b"}, {"c", "d"}});
    CHECK(FieldsOf(Read("a,b\rc,d\r")) == std::vector<Fields>{{"a", "b"}, {"c", "d"}});
    CHECK(Read("").records.empty());
}

TEST_CASE("csv: empty fields and blank lines are kept, the final newline is not a row") {
    CHECK(FieldsOf(Read(",,\n")) == std::vector<Fields>{{"", "", ""}});
    CHECK(FieldsOf(Read("a,\n")) == std::vector<Fields>{{"a", ""}});
    CHECK(FieldsOf(Read("a\n\nb\n")) == std::vector<Fields>{{"a"}, {""}, {"b"}});
    CHECK(FieldsOf(Read("\"\"\n")) == std::vector<Fields>{{""}});
}

TEST_CASE("csv: quoted fields hold delimiters, doubled quotes and line breaks") {
    const Table t = Read("\"a,b\",\"say \"\"hi\"\"\",\"one\ntwo\",\"x\r\ny\"\nnext,row\n");
    REQUIRE(t.ok());
    REQUIRE(t.records.size() == 2);
    CHECK(t.records[0].fields == Fields{"a,b", "say \"hi\"", "one\ntwo", "x\r\ny"});
    CHECK(t.records[0].line == 1);
    CHECK(t.records[1].line == 4);  // rows count records; lines count the text's lines
}

TEST_CASE("csv: a quote inside an unquoted field is kept as written") {
    CHECK(FieldsOf(Read("5\" pipe,b\n")) == std::vector<Fields>{{"5\" pipe", "b"}});
}

TEST_CASE("csv: a UTF-8 byte order mark is skipped") {
    const Table t = Read("\xEF\xBB\xBFid,name\nx,Сенат\n");
    REQUIRE(t.ok());
    CHECK(t.records[0].fields[0] == "id");
    CHECK(t.records[1].fields[1] == "Сенат");
}

TEST_CASE("csv: an unterminated quote is an error at the row where it opened") {
    const Table t = Read("id,name\nx,\"never closed\ny,z\n");
    CHECK_FALSE(t.ok());
    CHECK(t.error_row == 2);
    CHECK(t.error.find("never closed") != std::string::npos);
    CHECK(t.records.size() == 1);
}

TEST_CASE("csv: text after a closing quote is an error") {
    const Table t = Read("a,b\n\"x\"y,z\n");
    CHECK_FALSE(t.ok());
    CHECK(t.error_row == 2);
}

TEST_CASE("csv: text that is not UTF-8 is an error that says how to save the file") {
    const Table latin1 = Read("id,name\ncafe,Caf\xE9\n");  // "Café" in Windows-1252
    CHECK_FALSE(latin1.ok());
    CHECK(latin1.error_row == 2);
    CHECK(latin1.error.find("CSV UTF-8") != std::string::npos);
    const Table utf16 = Read(std::string("i\0d\0", 4));
    CHECK(utf16.error.find("UTF-16") != std::string::npos);
    CHECK_FALSE(Read("\xC0\xAF\n").ok());         // overlong '/'
    CHECK_FALSE(Read("\xED\xA0\x80\n").ok());     // a UTF-16 surrogate
    CHECK_FALSE(Read("\xF4\x90\x80\x80\n").ok()); // past U+10FFFF
    CHECK_FALSE(Read("\xE2\x80\n").ok());         // cut short
    CHECK(Read("\xF0\x9F\x93\x9C,\xE2\x80\x94\n").ok()); // 4- and 3-byte characters
}

TEST_CASE("csv: the delimiter is guessed from the first line") {
    CHECK(GuessDelimiter("id,name\n") == ',');
    CHECK(GuessDelimiter("id;name\n1,5;x\n") == ';');   // European Excel: ';' between cells
    CHECK(GuessDelimiter("id\tname\n") == '\t');
    CHECK(GuessDelimiter("id,sources;themes\n") == ',');
    CHECK(GuessDelimiter("\"a,b\";c\n") == ';');        // commas in quotes do not count
    const Table t = Read("id;name\nx;\"a;b\"\n");
    CHECK(t.delimiter == ';');
    CHECK(FieldsOf(t) == std::vector<Fields>{{"id", "name"}, {"x", "a;b"}});
    CHECK(Read("a;b\n", ReadOptions{','}).records[0].fields == Fields{"a;b"});
}

TEST_CASE("csv: the writer quotes only what needs it") {
    CHECK(Write({{"a", "b c", ""}}) == "a,b c,\r\n");
    CHECK(Write({{"a,b", "say \"hi\"", "x\ny", "x\rz"}}) == "\"a,b\",\"say \"\"hi\"\"\",\"x\ny\",\"x\rz\"\r\n");
    CHECK(Write({{" padded", "tab\t"}}) == "\" padded\",\"tab\t\"\r\n");
    CHECK(Write({{"a;b", "c,d"}}, WriteOptions{';', "\n", false}) == "\"a;b\";c,d\n");
    CHECK(Write({{"x"}}, WriteOptions{',', "\n", true}) == "\xEF\xBB\xBFx\n");
    CHECK(Write({{""}, {"a"}}) == "\r\na\r\n");
}

TEST_CASE("csv: whatever is written reads back the same") {
    const char* const pieces[] = {"a", ",", "\"", "\n", "\r", "\r\n", " ", ";", "\t", "я", "#", "\xE2\x80\x94"};
    std::uint64_t state = 7;
    auto next = [&](std::uint64_t n) {  // a fixed LCG: the same cases on every run
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return (state >> 33) % n;
    };
    for (int round = 0; round < 500; ++round) {
        std::vector<Fields> records(1 + next(4));
        const std::size_t width = 1 + next(4);
        for (Fields& r : records) {
            r.resize(width);
            for (std::string& f : r)
                for (std::uint64_t k = next(6); k > 0; --k) f += pieces[next(12)];
        }
        const WriteOptions options{round % 2 ? ';' : ',', round % 3 ? "\r\n" : "\n", round % 5 == 0};
        const Table back = Read(Write(records, options), ReadOptions{options.delimiter});
        REQUIRE(back.ok());
        CHECK(FieldsOf(back) == records);
    }
}

TEST_CASE("csv: formulas get an apostrophe that comes off again; numbers and other texts stay") {
    for (const char* formula : {"=1+1", "+7 701 123 4567", "-", "@SUM(A1)", "\t=1", "\r=1", "-2+3", "+", "'=x", "''@y"})
        CHECK(GuardFormula(formula) == std::string("'") + formula);
    for (const char* plain :
        {"", "-5", "+0.5", "-1e3", "-.5", "+3.", "1e-9", "plain", "'quoted", "'-5", "#note", " =1"})
        CHECK(GuardFormula(plain) == plain);
    for (const char* any : {"=1+1", "'=1+1", "''=1+1", "-5", "'-5", "'", "x", "-", "@", "'plain"})
        CHECK(UnguardFormula(GuardFormula(any)) == any);
    CHECK(UnguardFormula("'=typed") == "=typed"); // a spreadsheet's own text guard comes off too
    CHECK(UnguardFormula("'-5") == "'-5");
}
