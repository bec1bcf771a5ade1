// Model queries and layout at 1k, 10k and 100k entities: search, filter, timeline order and
// layout (track, ticks, lanes, visible range), the text twin, an entity's facts, and graph
// layout; then the network's label placement at 100, 250, 1,000 and 10,000 nodes (`--labels`:
// only those). Prints figures; never fails.
#include "bench_timing.hpp"
#include "dataset_generator.hpp"
#include "polity/html.hpp"
#include "polity/labels.hpp"
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

// The entity with the most relations: the slowest one for the detail panel to gather facts about.
Index MostLinked(const RelationIndex& relations) {
    Index most = 0;
    for (Index i = 0; i + 1 < relations.start.size(); ++i)
        if (relations.start[i + 1] - relations.start[i] > relations.start[most + 1] - relations.start[most]) most = i;
    return most;
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
    RelationIndex relations;
    Row("relation index (each entity's relations)", n, runs, [&] { relations = IndexRelations(data); return relations.list.size(); });
    const Index hub = MostLinked(relations);
    Row("facts of the most linked entity (linked)", n, runs, [&] {
        const EntityFacts f = GatherFacts(data, relations, hub);
        return f.reforms.size() + f.institutions.size() + f.people.size() + f.quotes.size() + f.metrics.size() + f.events.size();
    });
    const Index start = data.Find("institution-0");
    Row("neighbourhood, 2 hops", n, runs, [&] { return Neighbourhood(data, start, 2).size(); });
    for (std::size_t cap : {200u, 1000u}) {
        const std::vector<Index> nodes = NetworkNodes(data, cap);
        if (nodes.size() < cap) continue;
        const std::string what = "graph layout, " + std::to_string(cap) + " nodes, 300 steps";
        Row(what.c_str(), n, 3, [&] { return LayoutGraph(data, nodes).size(); });
    }
}

// Label placement for a network of `cap` nodes on a 1920x1080 canvas, as the view does it: 16 px
// text measured at 0.6 font sizes a character; FitGraphLabels (spread, then place, most connected
// first) once per fit, PlaceGraphLabels once per zoom step.
void RunLabels(std::size_t cap) {
    const LoadResult loaded = LoadDataset(gen::GenerateDataset({std::max<std::size_t>(cap * 5, 1000), 1}), "generated");
    if (!loaded.ok()) return;
    const Dataset& data = *loaded.dataset;
    NetworkOptions options;
    options.max_nodes = cap;
    const NetworkGraph graph = BuildNetworkGraph(data, options);
    GraphLabelStyle style;
    style.box = {0, 0, 1920, 1080};
    style.max_label_width = 192;
    const MeasureText measure = [](std::string_view s) { return static_cast<double>(s.size()) * 16 * 0.6; };
    std::vector<std::string> texts;
    for (Index i : graph.nodes) texts.push_back(Localize(data.At(i).name, MakeLanguageOrder("en", data.meta.languages)));
    std::vector<GraphLabelRequest> nodes;
    const std::vector<Vec2> at = FillRect(graph.unit, style.box, 19);
    for (std::size_t n = 0; n < graph.nodes.size(); ++n) nodes.push_back({at[n], 5, texts[n]});
    const std::vector<std::uint32_t> order = LabelPriority(graph);
    const int runs = cap >= 10000 ? 3 : 11;
    const std::string place = "place labels (one zoom step), " + std::to_string(graph.nodes.size()) + " nodes";
    Row(place.c_str(), data.entities.size(), runs, [&] {
        const std::vector<GraphLabelPlace> p = PlaceGraphLabels(nodes, order, style, measure);
        return static_cast<std::size_t>(std::count_if(p.begin(), p.end(), [](const GraphLabelPlace& g) { return g.labelled; }));
    });
    const std::string fit = "fit labels (spread + place), " + std::to_string(graph.nodes.size()) + " nodes";
    Row(fit.c_str(), data.entities.size(), runs, [&] {
        std::vector<GraphLabelRequest> moved = nodes;
        const std::vector<GraphLabelPlace> p = FitGraphLabels(moved, order, style, measure);
        return static_cast<std::size_t>(std::count_if(p.begin(), p.end(), [](const GraphLabelPlace& g) { return g.labelled; }));
    });
}

} // namespace

// `bench_model --labels` runs only the label placement.
int main(int argc, char** argv) {
    const bool labels_only = argc > 1 && std::string(argv[1]) == "--labels";
    if (!labels_only) {
        std::printf("Queries and layout on generated datasets (median wall time per call)\n\n");
        std::printf("| %-40s | %7s | %10s | %9s |\n", "operation", "entities", "ms", "result");
        std::printf("|%s|\n", std::string(77, '-').c_str());
        for (std::size_t n : {1000u, 10000u, 100000u}) RunSize(n);
    }
    std::printf("\nNetwork label placement on a 1920x1080 canvas (result: labels placed)\n\n");
    std::printf("| %-40s | %7s | %10s | %9s |\n", "operation", "entities", "ms", "result");
    std::printf("|%s|\n", std::string(77, '-').c_str());
    for (std::size_t cap : {100u, 250u, 1000u, 10000u}) RunLabels(cap);   // 250: the most the view draws
    return 0;
}
