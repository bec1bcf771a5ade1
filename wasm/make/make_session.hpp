// Polity Explorer make core — one request of the "Make your own" page: the files it hands
// over, the operation run on them, and the results read back. Built from shared/ only (no
// ImGui, no GL) into polity-make-core.wasm, which the page runs in a Web Worker.
//
// Index of this file
// [SECTION] Operations
// [SECTION] A session
#pragma once

#include "polity/sheets.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace polity::make {

//-----------------------------------------------------------------------------
// [SECTION] Operations
// Each writes a JSON report as part 0 (web/make-worker.js documents its fields); the words
// in it are the polity command line's, from the same functions.
//-----------------------------------------------------------------------------

enum class Op : int {
    Sheets = 0,   // the sheets of the format: names, parents, columns (no input)
    Identify = 1, // which sheet each input's file name holds, or why none
    Import = 2,   // `polity import` of the inputs, in name order as for a folder; part 1: the dataset
    Check = 3,    // `polity check` of the first input
    Export = 4,   // `polity export` of the first input; parts 1..n: the sheets' texts
};
inline constexpr int kOpCount = 5;

//-----------------------------------------------------------------------------
// [SECTION] A session
// Inputs added, Run, outputs read, then closed; the page opens one per request.
//-----------------------------------------------------------------------------

inline constexpr std::uint32_t kSessionMagic = 0x4D414B45; // "MAKE"

struct Session {
    std::uint32_t magic = kSessionMagic; // zeroed when closed: a stale pointer is refused
    std::vector<sheets::CsvFile> inputs; // file name and bytes, as the page read them
    std::vector<std::string> parts;      // part 0 the report; then what the operation made
};

void Run(Session& session, Op op); // replaces `parts`

} // namespace polity::make
