// libFuzzer target over the whole load-and-validate path. Whatever the bytes, LoadDataset
// must return (no crash, hang, leak or sanitizer report), and what it returns must hold:
// a dataset exactly when there is no error, and every diagnostic placed inside the text.
#include "polity/load.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void Require(bool condition) {
    if (!condition) std::abort();  // libFuzzer reports the input that got here
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    polity::LoadLimits limits;
    limits.max_bytes = 1u << 20;  // keeps each run short; the limit check itself is tested elsewhere
    const polity::LoadResult result = polity::LoadDataset(text, "fuzz.json", limits);
    Require(result.ok() == (result.ErrorCount() == 0));
    std::size_t lines = 1;
    for (char c : text) lines += c == '\n';
    for (const polity::Diagnostic& d : result.diagnostics) {
        Require(!d.message.empty());
        Require(d.line <= lines);
        Require(d.pointer.empty() || d.pointer[0] == '/');
        (void)polity::FormatDiagnostic(d);
    }
    if (result.ok()) {
        const polity::Dataset& dataset = *result.dataset;
        for (const polity::Relation& r : dataset.relations)
            Require(r.from < dataset.entities.size() && r.to < dataset.entities.size());
        for (polity::Index i = 0; i < dataset.entities.size(); ++i)
            Require(dataset.Find(dataset.entities[i].id) == i);
    }
    return 0;
}
