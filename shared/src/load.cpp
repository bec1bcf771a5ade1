// Loading: read, parse with limits, build and validate, then place every diagnostic at a
// line and column of the file. Nothing here throws.
#include "polity/load.hpp"

#include "json_scan.hpp"
#include "polity/chars.hpp"
#include "validate.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <sys/stat.h>
#include <unordered_set>

namespace polity {

namespace {

using detail::ParseProblem;
using detail::PendingDiagnostic;

constexpr const char* kTooLargeHint = "Split the dataset, or move long texts out of it.";

// A hint that fits what the parser stopped at (nlohmann's words name it); most often a
// comma, quote or bracket is missing or extra.
std::string SyntaxHint(std::string_view message) {
    struct Fit {
        const char* words;
        const char* hint;
    };
    static constexpr Fit kFits[] = {
        {"ill-formed UTF-8",
            "The file is not UTF-8 text: it was saved in another encoding (Windows-1251, Latin-1, "
            "...). Save it as UTF-8."},
        {"surrogate",
            "A \\uD800-\\uDBFF escape needs its pair \\uDC00-\\uDFFF right after it (\\ud83d\\ude00 is one "
            "character); remove the lone half, or write the character itself."},
        {"control character",
            "Inside a string, write a line break as \\n and a tab as \\t; other control "
            "characters do not belong in a dataset."},
        {"after backslash",
            "A backslash starts an escape (\\n, \\\", \\u00e9, ...): write \\\\ for a backslash itself."},
        {"4 hex digits", "\\u takes four hex digits, such as \\u00e9; write \\\\ for a backslash itself."},
        {"invalid BOM", "The file starts with a broken byte order mark: save it as UTF-8 again."},
    };
    for (const Fit& fit : kFits)
        if (message.find(fit.words) != std::string_view::npos) return fit.hint;
    return "Look for a missing or extra comma, quote, colon or bracket at or just before this place.";
}

PendingDiagnostic FromParseProblem(const ParseProblem& p, const LoadLimits& limits) {
    switch (p.what) {
    case ParseProblem::What::DuplicateKey:
        return {Severity::Error, p.pointer, "duplicate key: this member is already defined in the same object",
                "Remove one of the two; JSON readers disagree on which one wins."};
    case ParseProblem::What::TooDeep:
        return {Severity::Error, p.pointer,
                "nesting is too deep (more than " + std::to_string(limits.max_depth) + " levels)",
                "A dataset needs at most 7 levels; check for runaway brackets."};
    case ParseProblem::What::StringTooLong:
        return {Severity::Error, p.pointer,
                "string is too long (over " + std::to_string(limits.max_string_bytes) + " bytes)",
                "Shorten it; long texts belong in the source, quoted in an excerpt."};
    case ParseProblem::What::Syntax:
        break;
    }
    if (p.message.rfind("number overflow", 0) == 0)
        return {Severity::Error, "", "number out of range: " + p.message.substr(p.message.find('\'')),
            "A figure must be a number up to about 1.8e308; write it plainly, such as 7000 or 0.5."};
    return {Severity::Error, "", "malformed JSON: " + p.message, SyntaxHint(p.message)};
}

// Every prefix of a pointer, so a missing member can be placed at its parent object.
void AddWithParents(std::unordered_set<std::string>& wanted, const std::string& pointer) {
    std::string p = pointer;
    while (wanted.insert(p).second && !p.empty()) p.erase(p.rfind('/'));
}

std::size_t OffsetOf(const std::unordered_map<std::string, std::size_t>& found, std::string pointer) {
    for (;;) {
        auto it = found.find(pointer);
        if (it != found.end()) return it->second;
        if (pointer.empty()) return 0;
        pointer.erase(pointer.rfind('/'));
    }
}

// Shown as a reader can trust it: invisible and bidirectional characters of the file name and
// of the values a message quotes are escaped (\u{202E}), so none can hide or reorder the rest.
Diagnostic Placed(const PendingDiagnostic& p, std::string_view file, detail::LineColumn lc) {
    return Diagnostic{p.severity, ShowInvisible(file), lc.line, lc.column, ShowInvisible(p.pointer),
        ShowInvisible(p.message), ShowInvisible(p.hint)};
}

// Turns pointer-only diagnostics into placed ones, in file order.
std::vector<Diagnostic> PlaceAll(std::string_view text, std::string_view file,
                                 const std::vector<PendingDiagnostic>& pending,
                                 const std::vector<std::size_t>* fixed_offsets) {
    std::unordered_set<std::string> wanted;
    for (const auto& p : pending) AddWithParents(wanted, p.pointer);
    const auto found = detail::FindPointerOffsets(text, wanted);
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < pending.size(); ++i) {
        const bool fixed = fixed_offsets && (*fixed_offsets)[i] != std::string::npos;
        offsets.push_back(fixed ? (*fixed_offsets)[i] : OffsetOf(found, pending[i].pointer));
    }
    const auto places = detail::LineColumnsOf(text, offsets);
    std::vector<std::size_t> order(pending.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });
    std::vector<Diagnostic> out;
    for (std::size_t i : order) out.push_back(Placed(pending[i], file, places[i]));
    return out;
}

LoadResult Single(std::string_view file, std::uint32_t line, std::uint32_t column, std::string message, std::string hint) {
    LoadResult r;
    r.diagnostics.push_back(Placed({Severity::Error, "", std::move(message), std::move(hint)}, file, {line, column}));
    return r;
}

// At most `limit` diagnostics (the first in the file), then one that says how many more.
void KeepFirst(LoadResult& r, std::size_t limit) {
    if (r.diagnostics.size() <= limit) return;
    for (auto d = r.diagnostics.begin() + static_cast<std::ptrdiff_t>(limit); d != r.diagnostics.end(); ++d)
        (d->severity == Severity::Error ? r.omitted_errors : r.omitted_warnings)++;
    const Severity worst = r.omitted_errors > 0 ? Severity::Error : Severity::Warning;
    const std::string file = r.diagnostics.front().file;
    r.diagnostics.resize(limit);
    r.diagnostics.push_back(Diagnostic{worst, file, 0, 0, "", MoreMessage(r.omitted_errors + r.omitted_warnings), ""});
}

} // namespace

const char* SeverityName(Severity s) { return s == Severity::Error ? "error" : "warning"; }

// Plain string building: <sstream> would pull iostreams and locales into the WebAssembly build.
std::string FormatDiagnostic(const Diagnostic& d) {
    std::string out = ShowInvisible(d.file);
    if (d.line > 0) out += ':' + std::to_string(d.line) + ':' + std::to_string(d.column);
    out += std::string(": ") + SeverityName(d.severity) + ": " + ShowInvisible(d.message);
    if (!d.pointer.empty()) out += " [" + ShowInvisible(d.pointer) + ']';
    if (!d.hint.empty()) out += "\n  hint: " + ShowInvisible(d.hint);
    return out;
}

std::string TooLargeMessage(std::size_t size, std::size_t limit) {
    return "file is too large (" + std::to_string(size) + " bytes; the limit is " + std::to_string(limit) + ")";
}

std::string MoreMessage(std::size_t omitted) { return "\u2026and " + std::to_string(omitted) + " more (not listed)"; }

// The diagnostics that are problems of the file: all but the "…and N more" after them.
static std::size_t Listed(const LoadResult& r) {
    return r.diagnostics.size() - (r.omitted_errors + r.omitted_warnings > 0 ? 1 : 0);
}

std::size_t LoadResult::ErrorCount() const {
    const auto first = diagnostics.begin(), last = first + static_cast<std::ptrdiff_t>(Listed(*this));
    const auto is_error = [](const Diagnostic& d) { return d.severity == Severity::Error; };
    return omitted_errors + static_cast<std::size_t>(std::count_if(first, last, is_error));
}

std::size_t LoadResult::WarningCount() const {
    return Listed(*this) + omitted_errors + omitted_warnings - ErrorCount();
}

LoadResult LoadDataset(std::string_view text, std::string_view file, const LoadLimits& limits) {
    if (text.size() > limits.max_bytes)
        return Single(file, 0, 0, TooLargeMessage(text.size(), limits.max_bytes), kTooLargeHint);
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return Single(file, 0, 0, "file is empty", "A dataset is a JSON object: {\"format\": \"polity/1\", ...}.");
    // A NUL byte is most often a file saved in UTF-16: say so, rather than where the reader trips.
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
        const auto lc = detail::LineColumnOf(text, nul);
        return Single(file, lc.line, lc.column, "NUL byte in the file (not allowed in JSON text)",
                      "The file may be damaged, or saved in UTF-16; save it as UTF-8.");
    }

    detail::BuildOutcome built = detail::ReadDataset(text, limits.max_depth, limits.max_string_bytes);
    std::vector<PendingDiagnostic> pending;
    std::vector<std::size_t> fixed_offsets;  // byte offsets known from the reader, else npos
    for (const auto& p : built.parse_problems) {
        pending.push_back(FromParseProblem(p, limits));
        fixed_offsets.push_back(p.what == ParseProblem::What::Syntax ? p.offset : std::string::npos);
    }

    LoadResult result;
    // A text that could not be read to its end says nothing reliable about the model.
    if (built.complete) {
        for (auto& d : built.diagnostics) {
            pending.push_back(std::move(d));
            fixed_offsets.push_back(std::string::npos);
        }
        const bool has_error = std::any_of(pending.begin(), pending.end(),
                                           [](const PendingDiagnostic& d) { return d.severity == Severity::Error; });
        if (!has_error) result.dataset = std::move(built.dataset);
    }
    if (!pending.empty()) result.diagnostics = PlaceAll(text, file, pending, &fixed_offsets);
    KeepFirst(result, limits.max_diagnostics);
    return result;
}

LoadResult LoadDatasetFile(const std::string& path, const LoadLimits& limits) {
    // C stdio rather than <fstream>: iostreams would weigh on the WebAssembly build.
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) return Single(path, 0, 0, "cannot open the file", "Check the path and that the file is readable.");
    // A file that says it is too large is refused unread; one that cannot say (a pipe, a device)
    // is read up to the limit.
    struct stat info {};
    if (fstat(fileno(file), &info) == 0 && S_ISREG(info.st_mode) &&
        static_cast<std::uint64_t>(info.st_size) > limits.max_bytes) {
        std::fclose(file);
        return Single(
            path, 0, 0, TooLargeMessage(static_cast<std::size_t>(info.st_size), limits.max_bytes), kTooLargeHint);
    }
    std::string text;
    char buffer[1 << 16];
    std::size_t got = 0;
    bool too_large = false;
    while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
        text.append(buffer, got);
        if (text.size() > limits.max_bytes) {
            too_large = true;
            break;
        }
    }
    const bool failed = std::ferror(file) != 0;
    std::fclose(file);
    if (failed) return Single(path, 0, 0, "cannot read the file", "Is it a directory?");
    if (too_large)
        return Single(
            path, 0, 0, "file is too large (over " + std::to_string(limits.max_bytes) + " bytes)", kTooLargeHint);
    return LoadDataset(text, path, limits);
}

} // namespace polity
