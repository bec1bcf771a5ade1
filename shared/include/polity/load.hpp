// Polity Explorer — loading and validating a dataset.
// Errors are values: LoadDataset never throws and never aborts. It reports every problem it
// finds, each with file, line:column and JSON pointer, the way a compiler does.
//
// Index of this file
// [SECTION] Diagnostics
// [SECTION] Limits
// [SECTION] Loading
#pragma once

#include "polity/model.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace polity {

//-----------------------------------------------------------------------------
// [SECTION] Diagnostics
//-----------------------------------------------------------------------------

enum class Severity : std::uint8_t { Error, Warning };
const char* SeverityName(Severity s);  // "error", "warning"

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;          // as given to LoadDataset
    std::uint32_t line = 0;    // 1-based; 0 when the problem has no place (e.g. an empty file)
    std::uint32_t column = 0;  // 1-based, in characters (UTF-8 code points)
    std::string pointer;       // RFC 6901 JSON pointer, "" for the whole document
    std::string message;       // plain English: what is wrong
    std::string hint;          // how to fix it; may be empty
};

// "file:line:col: error: message [pointer]" and, when there is a hint, "\n  hint: ...".
// Invisible and bidirectional characters in any part are shown escaped: \u{202E}.
std::string FormatDiagnostic(const Diagnostic& d);

// "…and 12 more (not listed)": the message that ends a report cut at its limit.
std::string MoreMessage(std::size_t omitted);

// "file is too large (68157440 bytes; the limit is 67108864)".
std::string TooLargeMessage(std::size_t size, std::size_t limit);

//-----------------------------------------------------------------------------
// [SECTION] Limits
// Stated limits, so a hostile or broken file cannot exhaust a reader's browser.
//-----------------------------------------------------------------------------

struct LoadLimits {
    std::size_t max_bytes = 64u << 20;    // 64 MiB of JSON text
    int max_depth = 32;                   // nesting of objects and arrays (a dataset needs 7)
    std::size_t max_string_bytes = 1u << 20; // one string value, 1 MiB
    std::size_t max_diagnostics = 100;       // listed per file; the rest are counted (a report stays readable)
};

//-----------------------------------------------------------------------------
// [SECTION] Loading
//-----------------------------------------------------------------------------

struct LoadResult {
    std::optional<Dataset> dataset;        // set when there is no error (warnings allowed)
    // Every problem found, in file order, up to LoadLimits::max_diagnostics; past it, one more
    // without a place says how many were left out (MoreMessage), and these count them.
    std::vector<Diagnostic> diagnostics;
    std::size_t omitted_errors = 0;
    std::size_t omitted_warnings = 0;

    bool ok() const { return dataset.has_value(); }
    std::size_t ErrorCount() const; // listed and left out
    std::size_t WarningCount() const;
};

// Parses and validates `text`. `file` only labels the diagnostics.
LoadResult LoadDataset(std::string_view text, std::string_view file, const LoadLimits& limits = {});

// Reads a file and loads it; an unreadable file yields one error diagnostic, and so does a file
// over the size limit, refused before it is read.
LoadResult LoadDatasetFile(const std::string& path, const LoadLimits& limits = {});

} // namespace polity
