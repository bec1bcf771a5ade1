// polity generate: a synthetic dataset of a given size, the same bytes for the same options.
#include "commands.hpp"

#include "dataset_generator.hpp"

#include <cstdio>
#include <cstdlib>

namespace polity::cli {

namespace {

const char kGenerateHelp[] =
    "usage: polity generate [--entities N | --events N] [--relations N] [--seed S] [--format F] [--compact]\n"
    "\n"
    "Writes a synthetic dataset to standard output. The same options always give the\n"
    "same bytes: use it for benchmarks and load tests.\n"
    "\n"
    "  --entities N  about N entities of every kind (default 1000): a valid dataset\n"
    "  --events N    exactly N events and the one source they cite, nothing else:\n"
    "                a timeline of N items to compare with other timeline tools\n"
    "  --relations N exactly N relations (\"related\", between random institutions,\n"
    "                reforms, events and people) instead of one for every two people\n"
    "  --seed S      another seed, another dataset of the same shape (default 1)\n"
    "  --format F    polity (default): our dataset format;\n"
    "                timelinejs: the same events as TimelineJS JSON ({\"events\": [...]});\n"
    "                vis: the same events as vis-timeline items ([{id, content, start}])\n"
    "  --compact     no line breaks or indentation\n";

bool ParseCount(const std::string& text, unsigned long long* out) {
    char* end = nullptr;
    *out = std::strtoull(text.c_str(), &end, 10);
    return !text.empty() && *end == '\0' && text[0] != '-';
}

int Usage(const std::string& what) {
    std::fprintf(stderr, "polity generate: %s\n\n%s", what.c_str(), kGenerateHelp);
    return kExitUsage;
}

} // namespace

int RunGenerate(const std::vector<std::string>& args) {
    if (WantsHelp(args)) {
        std::fputs(kGenerateHelp, stdout);
        return kExitClean;
    }
    gen::GeneratorOptions options;
    bool sized_by_entities = false;
    constexpr unsigned long long kMaxCount = 10000000;  // ~3 GB of JSON: beyond, a typo
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& name = args[i];
        if (name == "--compact") {  // a flag: no value follows
            options.compact = true;
            continue;
        }
        if (i + 1 >= args.size()) return Usage("'" + name + "' needs a value");
        const std::string& text = args[++i];
        unsigned long long value = 0;
        const bool count = ParseCount(text, &value);
        if (name == "--entities" && count && value > 0 && value <= kMaxCount) {
            options.entities = value;
            sized_by_entities = true;
        } else if (name == "--events" && count && value > 0 && value <= kMaxCount) {
            options.events = value;
        } else if (name == "--relations" && count && value > 0 && value <= kMaxCount) {
            options.relations = value;
        } else if (name == "--seed" && count) {
            options.seed = value;
        } else if (name == "--format") {
            if (!gen::ParseFormat(text, &options.format)) return Usage("unknown format '" + text + "'");
        } else {
            return Usage("bad argument '" + name + " " + text + "'");
        }
    }
    if (sized_by_entities && options.events > 0) return Usage("--entities and --events exclude each other");
    const std::string text = gen::GenerateDataset(options);
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
    return kExitClean;
}

} // namespace polity::cli
