// A deterministic generator of synthetic datasets, for benchmarks and load tests: the same
// size and seed always give the same bytes, on every machine.
#pragma once

#include <cstdint>
#include <string>

namespace polity::gen {

struct GeneratorOptions {
    std::size_t entities = 1000;   // total entities, of all kinds
    std::uint64_t seed = 1;
};

// A valid polity/1 dataset as JSON text, with a realistic mix of kinds: mostly events, then
// people, quotes, metrics, institutions, reforms; one source per 50 entities.
std::string GenerateDataset(const GeneratorOptions& options);

} // namespace polity::gen
