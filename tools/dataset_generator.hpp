// A deterministic generator of synthetic datasets, for benchmarks and load tests: the same
// options always give the same bytes, on every machine.
#pragma once

#include <cstdint>
#include <string>

namespace polity::gen {

// The peers' formats exist so a benchmark can feed other timeline tools the very same events
// (same titles, same dates) as ours.
enum class Format {
    Polity,      // our dataset format, polity/1
    TimelineJS,  // Knight Lab TimelineJS: {"events": [{start_date: {year, month, day}, text: {headline, text}}]}
    Vis,         // vis-timeline items: [{id, content, start}]
};

struct GeneratorOptions {
    std::size_t entities = 1000;   // total entities, of all kinds (used when events is 0)
    std::uint64_t seed = 1;
    // > 0: a timeline dataset of exactly this many events, cited by one source and nothing
    // else (so a timeline comparison counts the same items everywhere); entities is ignored.
    std::size_t events = 0;
    // > 0: this many relations ("related", between institutions, reforms, events and people)
    // instead of the usual one per two people: a graph of any density, for memory tests.
    std::size_t relations = 0;
    bool compact = false;          // no line breaks or indentation (about a third smaller)
    Format format = Format::Polity;
};

// Polity: a valid polity/1 dataset as JSON text, with a realistic mix of kinds (mostly events,
// then people, quotes, metrics, institutions, reforms; one source per 50 entities), or only
// events (options.events). The peer formats carry that dataset's events, in file order.
std::string GenerateDataset(const GeneratorOptions& options);

// "polity", "timelinejs", "vis" -> Format; false for anything else.
bool ParseFormat(const std::string& name, Format* out);

} // namespace polity::gen
