// Internal to the loader: parsing JSON into a DOM while catching what nlohmann_json lets
// through (duplicate keys, unbounded nesting, huge strings), and finding where in the text a
// JSON pointer lives, for diagnostics. nlohmann's SAX events carry no positions, so places are
// found afterwards by a light scanner — only when there is something to report.
#pragma once

#include "dom.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace polity::detail {

// A problem found while parsing, before the model is built.
struct ParseProblem {
    enum class What { Syntax, DuplicateKey, TooDeep, StringTooLong } what;
    std::string pointer;        // where (for Syntax: "", the offset says where)
    std::size_t offset = 0;     // byte offset, for Syntax only
    std::string message;        // for Syntax: nlohmann's own words
};

struct ParseOutcome {
    Dom root;                   // lives in the current DomArena, if any
    bool complete = false;      // the whole text was parsed (problems may still exist)
    std::vector<ParseProblem> problems;
};

// Parses strictly (one value, nothing after it) with the given limits.
ParseOutcome ParseJson(std::string_view text, int max_depth, std::size_t max_string_bytes);

// Escapes one reference token for a JSON pointer ("~" -> "~0", "/" -> "~1").
std::string EscapePointerToken(std::string_view token);

// Finds the byte offsets of the given pointers: for an object member the offset of its key,
// for an array element the offset of its value, for "" the document start. When a key occurs
// twice the later one wins (as it does in the DOM). Unknown pointers are left out.
std::unordered_map<std::string, std::size_t> FindPointerOffsets(std::string_view text,
                                                                const std::unordered_set<std::string>& wanted);

// 1-based line and column (in UTF-8 code points) of a byte offset.
struct LineColumn {
    std::uint32_t line = 1;
    std::uint32_t column = 1;
};
LineColumn LineColumnOf(std::string_view text, std::size_t offset);
// The same for many offsets at once, in one pass over the text; results in input order.
std::vector<LineColumn> LineColumnsOf(std::string_view text, const std::vector<std::size_t>& offsets);

} // namespace polity::detail
