// Model queries and layout at 1k, 10k and 100k entities: search, filter, timeline order and
// layout (track, ticks, lanes, visible range), the text twin, and graph layout. Prints figures;
// never fails.
#include "bench_timing.hpp"
#include "dataset_generator.hpp"
#include "polity/html.hpp"
#include "polity/layout.hpp"
#include "polity/load.hpp"
#include "polity/query.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace {

using namespace polity;

using polity::bench::MedianMs;

// Times `f` (which stores its result size in `result`) and prints one table row.
template <typename F>
void Row(const char* what, std::size_t n, int runs, F&& f) {
    std::size_t result = 0;
    const double ms = MedianMs(runs, [&] { result = f(); });
    std::printf("| %-40s | %7zu | %10.3f | %9zu |\n", what, n, ms, result);
}

// The graph the network view draws: institutions, reforms and people (not events).
std::vector<Index> NetworkNodes(const Dataset& data, std::size_t cap) {
    std::vector<Index> nodes;
    for (Index i = 0; i < data.entities.size() && nodes.size() < cap; ++i) {
        const Kind k = data.entities[i].kind;
        if (k == Kind::Institution || k == Kind::Reform || k == Kind::Person) nodes.push_back(i);
    }
    return nodes;
}

void RunSize(std::size_t n) {
    const LoadResult loaded = LoadDataset(gen::GenerateDataset({n, 1}), "generated");
    if (!loaded.ok()) {
        std::printf("generated dataset of %zu does not load\n", n);
        return;
    }
    const Dataset& data = *loaded.dataset;
    const int runs = n >= 100000 ? 5 : 21;
    SearchIndex index;
    Row("build search index", n, runs, [&] { index = BuildSearchIndex(data); return index.all.size(); });
    Row("search \"court reform\" (all words)", n, runs, [&] { return Search(data, index, "court reform").size(); });
    Row("search \"co\" (short prefix)", n, runs, [&] { return Search(data, index, "co").size(); });
    Filter filter;
    filter.kinds = KindBit(Kind::Event);
    filter.themes = {1};
    ParseDate("2010", &filter.from);
    ParseDate("2015-06", &filter.to);
    Row("filter events, theme, 2010..2015-06", n, runs, [&] { return ApplyFilter(data, filter).size(); });
    std::vector<Index> order;
    Row("timeline order", n, runs, [&] { order = TimelineOrder(data); return order.size(); });
    TimelineTrack track;
    Row("timeline track (positions in years)", n, runs, [&] { track = BuildTimelineTrack(data, order); return track.items.size(); });
    const TimeScale scale = FitTimeScale(BoundsOf(track), 1200);
    std::vector<double> xs(track.years.size()), widths(track.years.size(), 140);
    for (std::size_t i = 0; i < xs.size(); ++i) xs[i] = scale.ToPx(track.years[i]);
    Row("label lanes, every item (12 lanes)", n, runs, [&] { return AssignLanes(xs, widths, 8, 12).size(); });
    Row("ticks + visible range (one frame)", n, runs, [&] {
        return TimelineTicks(scale, 1200, 80).size() + VisibleRange(track.years, 2010, 2012).size();
    });
    HtmlOptions twin;
    twin.standalone = false;
    twin.max_per_section = 100;   // the widget's text version, as first built
    Row("text twin, 100 items a section (bytes)", n, runs, [&] { return RenderHtml(data, twin).size(); });
    twin.max_per_section = 0;
    Row("text twin, every item (bytes)", n, n >= 100000 ? 3 : runs, [&] { return RenderHtml(data, twin).size(); });
    const Index start = data.Find("institution-0");
    Row("neighbourhood, 2 hops", n, runs, [&] { return Neighbourhood(data, start, 2).size(); });
    for (std::size_t cap : {200u, 1000u}) {
        const std::vector<Index> nodes = NetworkNodes(data, cap);
        if (nodes.size() < cap) continue;
        const std::string what = "graph layout, " + std::to_string(cap) + " nodes, 300 steps";
        Row(what.c_str(), n, 3, [&] { return LayoutGraph(data, nodes).size(); });
    }
}

} // namespace

int main() {
    std::printf("Queries and layout on generated datasets (median wall time per call)\n\n");
    std::printf("| %-40s | %7s | %10s | %9s |\n", "operation", "entities", "ms", "result");
    std::printf("|%s|\n", std::string(77, '-').c_str());
    for (std::size_t n : {1000u, 10000u, 100000u}) RunSize(n);
    return 0;
}
