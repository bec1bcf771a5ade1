// polity stats: what a dataset holds — counts per kind, date range, sources.
#include "commands.hpp"

#include "polity/load.hpp"

#include <algorithm>
#include <cstdio>

namespace polity::cli {

namespace {

const char kStatsHelp[] =
    "usage: polity stats FILE\n"
    "\n"
    "Prints the dataset's title, counts per entity type, the range of its dates,\n"
    "its themes and its sources. The dataset must load without errors.\n";

void PrintDateRange(const Dataset& data) {
    Date first, last;
    for (const Entity& e : data.entities) {
        for (Date d : {e.date, e.end}) {
            if (!d.IsSet()) continue;
            if (!first.IsSet() || d < first) first = d;
            if (!last.IsSet() || last < d) last = d;
        }
    }
    if (first.IsSet()) std::printf("dates:     %s .. %s\n", first.ToString().c_str(), last.ToString().c_str());
    else std::printf("dates:     none\n");
}

void PrintSources(const Dataset& data, const LanguageOrder& lang) {
    for (Index i = 0; i < data.entities.size(); ++i) {
        const Entity& e = data.entities[i];
        if (e.kind != Kind::Source) continue;
        const Source& s = data.SourceOf(i);
        const std::string& place = Localize(s.place, lang);
        std::printf("  %s: %s, %s%s%s %s\n", e.id.c_str(), Localize(e.name, lang).c_str(), Localize(s.publisher, lang).c_str(),
                    place.empty() ? "" : ", ", place.c_str(), e.date.ToString().c_str());
    }
}

} // namespace

int RunStats(const std::vector<std::string>& args) {
    if (WantsHelp(args)) {
        std::fputs(kStatsHelp, stdout);
        return kExitClean;
    }
    if (args.size() != 1 || args[0].empty() || args[0][0] == '-') {
        std::fputs(kStatsHelp, stderr);
        return kExitUsage;
    }
    const LoadResult r = LoadDatasetFile(args[0]);
    if (!r.ok()) {
        for (const auto& d : r.diagnostics) std::fprintf(stderr, "%s\n", FormatDiagnostic(d).c_str());
        std::fprintf(stderr, "polity stats: %s does not load; run 'polity check' for details\n", args[0].c_str());
        return r.diagnostics.size() == 1 && r.diagnostics[0].line == 0 ? kExitUsage : kExitInvalid;
    }
    const Dataset& data = *r.dataset;
    const LanguageOrder lang = MakeLanguageOrder("", data.meta.languages);
    std::printf("title:     %s\n", Localize(data.meta.title, lang).c_str());
    std::printf("languages:");
    for (const auto& l : data.meta.languages) std::printf(" %s", l.c_str());
    std::printf("\nchecked:   %s\n", data.meta.date.ToString().c_str());
    for (int k = 0; k < kKindCount; ++k) {
        const Kind kind = static_cast<Kind>(k);
        std::printf("%-13s %zu\n", KindPluralKey(kind), data.Count(kind));
    }
    std::printf("%-13s %zu (%zu written, %zu from fields)\n", "relations", data.relations.size(),
                data.relations.size() - std::count_if(data.relations.begin(), data.relations.end(), [](const Relation& x) { return x.derived; }),
                static_cast<std::size_t>(std::count_if(data.relations.begin(), data.relations.end(), [](const Relation& x) { return x.derived; })));
    std::printf("themes:   ");
    for (const Theme& t : data.themes) std::printf(" %s", t.id.c_str());
    std::printf("\n");
    PrintDateRange(data);
    std::printf("sources:\n");
    PrintSources(data, lang);
    if (r.WarningCount()) std::printf("(%zu warnings; run 'polity check')\n", r.WarningCount());
    return kExitClean;
}

} // namespace polity::cli
