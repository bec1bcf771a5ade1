// Internal to the loader: finding where in the text a JSON pointer lives, for diagnostics.
// The validator names places by pointer; a light scanner finds them afterwards — only when
// there is something to report.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace polity::detail {

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
