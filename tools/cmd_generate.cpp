// polity generate: a synthetic dataset of a given size, the same bytes for the same seed.
#include "commands.hpp"

#include "dataset_generator.hpp"

#include <cstdio>
#include <cstdlib>

namespace polity::cli {

namespace {

const char kGenerateHelp[] =
    "usage: polity generate [--entities N] [--seed S]\n"
    "\n"
    "Writes a valid synthetic dataset of about N entities (default 1000) to standard\n"
    "output. The same N and S always give the same bytes: use it for benchmarks and\n"
    "load tests.\n";

bool ParseCount(const std::string& text, unsigned long long* out) {
    char* end = nullptr;
    *out = std::strtoull(text.c_str(), &end, 10);
    return !text.empty() && *end == '\0' && text[0] != '-';
}

} // namespace

int RunGenerate(const std::vector<std::string>& args) {
    if (WantsHelp(args)) {
        std::fputs(kGenerateHelp, stdout);
        return kExitClean;
    }
    gen::GeneratorOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        unsigned long long value = 0;
        const bool has_value = i + 1 < args.size() && ParseCount(args[i + 1], &value);
        if (args[i] == "--entities" && has_value && value > 0 && value <= 10000000) options.entities = value;
        else if (args[i] == "--seed" && has_value) options.seed = value;
        else {
            std::fprintf(stderr, "polity generate: bad argument '%s'\n\n%s", args[i].c_str(), kGenerateHelp);
            return kExitUsage;
        }
        ++i;
    }
    const std::string text = gen::GenerateDataset(options);
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
    return kExitClean;
}

} // namespace polity::cli
