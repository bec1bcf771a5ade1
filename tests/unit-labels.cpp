// Label placement: wrapping that never cuts, timeline labels in bands, graph labels by collision
// avoidance — and the network of the article's dataset, and of a generated 200-node graph, named
// at the sizes readers see. Text is measured at 0.6 font sizes a character, a little wider than
// the widget's font on average, so what fits here fits on screen (tests/ui-story.cpp checks the
// real font).
//
// Index of this file
// [SECTION] Wrapping
// [SECTION] Timeline labels
// [SECTION] Graph labels
// [SECTION] The article's network, and a generated one

#include "polity/labels.hpp"
#include "polity/load.hpp"
#include "dataset_generator.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace polity;

namespace {

double Codepoints(std::string_view s) {
    double n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

MeasureText Measure(double font_px) {
    return [font_px](std::string_view s) { return Codepoints(s) * font_px * 0.6; };
}

bool Overlap(const Rect& a, const Rect& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

Rect DotBox(Vec2 c, double r) { return {c.x - r, c.y - r, 2 * r, 2 * r}; }

bool Inside(const Rect& r, const Rect& box) {
    return r.x >= box.x - 1e-9 && r.y >= box.y - 1e-9 && r.x + r.w <= box.x + box.w + 1e-9 && r.y + r.h <= box.y + box.h + 1e-9;
}

// The words of a text, whatever the spaces between them.
std::string Words(std::string_view text) {
    std::string out;
    for (char c : text) {
        const bool blank = c == ' ' || c == '\n' || c == '\t';
        if (blank && (out.empty() || out.back() == ' ')) continue;
        out += blank ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string Joined(const TextBlock& b) {
    std::string out;
    for (std::string_view line : b.lines) out += (out.empty() ? "" : " ") + std::string(line);
    return out;
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Wrapping
//-----------------------------------------------------------------------------

TEST_CASE("wrap: lines hold every word in order, none wider than the limit where the words allow") {
    const MeasureText m = Measure(10);   // 6 px a character
    const std::string text = "National referendum adopts the Constitution";
    const TextBlock b = WrapLabel(text, 120, m);
    CHECK(Joined(b) == text);
    CHECK(b.lines.size() == 3);
    for (std::string_view line : b.lines) CHECK(m(line) <= 120);
    const TextBlock long_word = WrapLabel("an extraordinarilylongword here", 60, m);
    CHECK(Joined(long_word) == "an extraordinarilylongword here");
    CHECK(long_word.lines[1] == "extraordinarilylongword");   // its own line, whole
    CHECK(WrapLabel("", 100, m).lines.empty());
    CHECK(WrapLabel("two\nlines", 1000, m).lines.size() == 2);
    CHECK(Joined(WrapLabel("  spaced   out  ", 1000, m)) == "spaced   out");
}

TEST_CASE("wrap: the shapes go from one line to narrower ones, each holding the whole text") {
    const MeasureText m = Measure(10);
    const std::string text = "The assembly initiates the inter-parliamentary group One Nation – One Interest";
    const std::vector<TextBlock> shapes = LabelShapes(text, 200, m);
    REQUIRE(shapes.size() >= 2);
    for (std::size_t k = 0; k < shapes.size(); ++k) {
        CHECK(Joined(shapes[k]) == text);
        CHECK(shapes[k].width <= 200);
        if (k > 0) CHECK(shapes[k].lines.size() > shapes[k - 1].lines.size());
    }
    CHECK(LabelShapes("Senate", 200, m).size() == 1);
    CHECK(LabelShapes("Senate", 10, m)[0].lines[0] == "Senate");   // wider than the limit: whole
    CHECK(LabelShapes("", 200, m).empty());
}

//-----------------------------------------------------------------------------
// [SECTION] Timeline labels
//-----------------------------------------------------------------------------

namespace {

// A band of marks at random times, with titles of random lengths.
std::vector<TimelineLabelRequest> RandomMarks(int n, double width, std::vector<std::string>& texts) {
    std::uint64_t state = 11;
    const auto next = [&] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<double>(state >> 11) * 0x1.0p-53;
    };
    static const char* const kWords[] = {"court", "reform", "assembly", "of", "the", "constitutional", "rights", "council"};
    texts.clear();
    for (int k = 0; k < n; ++k) {
        std::string t;
        for (int w = 0, words = 1 + static_cast<int>(next() * 7); w < words; ++w) t += (w ? " " : "") + std::string(kWords[static_cast<int>(next() * 8)]);
        texts.push_back(t);
    }
    std::vector<TimelineLabelRequest> marks;
    for (int k = 0; k < n; ++k) marks.push_back({next() * width, next() < 0.3 ? 1u : 0u, texts[static_cast<std::size_t>(k)]});
    return marks;
}

} // namespace

TEST_CASE("timeline labels: whole, apart, inside their band, over no dot, crossed by no stem") {
    std::vector<std::string> texts;
    const double width = 1200;
    const std::vector<TimelineLabelRequest> marks = RandomMarks(30, width, texts);
    const std::vector<TimelineBand> bands = {{0, 500, true}, {560, 760, false}};
    TimelineLabelStyle s;
    s.width = width;
    const std::vector<TimelineMarkPlace> places = PlaceTimelineLabels(marks, bands, s, Measure(16));
    REQUIRE(places.size() == marks.size());
    std::size_t labelled = 0;
    for (std::size_t k = 0; k < places.size(); ++k) {
        const TimelineMarkPlace& p = places[k];
        CHECK(p.dot.x == marks[k].x);
        if (!p.labelled) continue;
        ++labelled;
        const TimelineBand& band = bands[marks[k].band];
        CHECK(Words(Joined(p.text)) == Words(marks[k].text));
        CHECK(Inside(p.label, {0, band.top, width, band.bottom - band.top}));
        CHECK(p.stem_end == (band.stems_down ? band.bottom : band.top));
        for (std::size_t j = 0; j < places.size(); ++j) {
            CHECK_FALSE(Overlap(p.label, DotBox(places[j].dot, s.dot_radius)));
            if (j != k && places[j].labelled) CHECK_FALSE(Overlap(p.label, places[j].label));
        }
    }
    CHECK(labelled >= 27);   // 30 titles of up to 7 words fit a 1200 x 700 plot
    CHECK(PlaceTimelineLabels(marks, bands, s, Measure(16))[7].label.y == places[7].label.y);   // the same each time
}

TEST_CASE("timeline labels: a staircase that uses the band's height, and spares the obstacles") {
    std::vector<TimelineLabelRequest> marks;
    for (int k = 0; k < 6; ++k) marks.push_back({100.0 + 150.0 * k, 0, "A mark"});
    TimelineLabelStyle s;
    s.width = 1000;
    const Rect obstacle{0, 380, 1000, 20};
    const std::vector<TimelineMarkPlace> places = PlaceTimelineLabels(marks, {{0, 400, true}}, s, Measure(16), {obstacle});
    double top = 400, bottom = 0;
    for (std::size_t k = 0; k < places.size(); ++k) {
        REQUIRE(places[k].labelled);
        if (k > 0) CHECK(places[k].dot.y > places[k - 1].dot.y);   // each below the one before
        CHECK_FALSE(Overlap(places[k].label, obstacle));
        top = std::min(top, places[k].label.y);
        bottom = std::max(bottom, places[k].label.y + places[k].label.h);
    }
    CHECK(bottom - top > 0.75 * 380);   // spread over the band, not stacked at its top
}

// Spreading the staircase down the band moves labels after they were placed: a name on the axis
// (a fold's "1996-2021") must stay clear then too. Bands of a phone's plot, few marks, an
// obstacle just above the axis at each place along it.
TEST_CASE("timeline labels: spreading them down the band keeps them off the obstacles") {
    std::size_t overlaps = 0, spread = 0;
    for (int n = 3; n <= 10; ++n) {
        std::vector<std::string> texts;
        std::vector<TimelineLabelRequest> marks = RandomMarks(n, 330, texts);
        for (TimelineLabelRequest& m : marks) m.band = 0;
        TimelineLabelStyle s;
        s.width = 330;
        s.max_label_width = 180;
        for (double x = 0; x + 90 <= 330; x += 15) {
            const Rect obstacle{x, 280, 90, 20};
            const std::vector<TimelineMarkPlace> places = PlaceTimelineLabels(marks, {{0, 300, true}}, s, Measure(16), {obstacle});
            for (const TimelineMarkPlace& p : places) {
                if (!p.labelled) continue;
                if (p.label.y + p.label.h > 200) ++spread;
                if (Overlap(p.label, obstacle)) ++overlaps;
            }
        }
    }
    CHECK(spread > 0);       // the case arises: labels reach the band's lower part
    CHECK(overlaps == 0);
}

TEST_CASE("timeline labels: with no room beside its dot, a label goes elsewhere on a leader, or none") {
    std::vector<TimelineLabelRequest> marks;
    for (int k = 0; k < 5; ++k) marks.push_back({700, 0, "Five marks on one day"});
    TimelineLabelStyle s;
    s.width = 800;
    const std::vector<TimelineMarkPlace> places = PlaceTimelineLabels(marks, {{0, 60, true}}, s, Measure(16));
    const auto labelled = std::count_if(places.begin(), places.end(), [](const TimelineMarkPlace& p) { return p.labelled; });
    CHECK(labelled >= 3);   // three slots in the band beside the dot; the rest elsewhere or unlabelled
    CHECK(labelled < 5);
    for (std::size_t k = 0; k < places.size(); ++k) {
        if (places[k].leader) CHECK(places[k].dot.y == doctest::Approx(60 - s.dot_radius - 1));   // by the axis
        for (std::size_t j = 0; j < k; ++j)
            if (places[k].labelled && places[j].labelled) CHECK_FALSE(Overlap(places[k].label, places[j].label));
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Graph labels
//-----------------------------------------------------------------------------

TEST_CASE("graph labels: most important first, beside the node, over no label and no node") {
    std::vector<GraphLabelRequest> nodes;
    const std::string text = "Constitutional Court";
    for (int k = 0; k < 9; ++k) nodes.push_back({{200.0 + 240.0 * (k % 3), 160.0 + 40.0 * (k / 3)}, 5, text});
    GraphLabelStyle s;
    s.box = {0, 0, 600, 400};
    s.box = {0, 0, 900, 400};
    const std::vector<GraphLabelPlace> places = PlaceGraphLabels(nodes, {4, 0, 1, 2, 3, 5, 6, 7, 8}, s, Measure(16));
    CHECK(places[4].labelled);   // the first in the order always finds room
    for (std::size_t k = 0; k < places.size(); ++k) {
        if (!places[k].labelled) continue;
        CHECK(Inside(places[k].label, s.box));
        for (std::size_t j = 0; j < places.size(); ++j) {
            CHECK_FALSE(Overlap(places[k].label, DotBox(nodes[j].at, nodes[j].radius)));
            if (j != k && places[j].labelled) CHECK_FALSE(Overlap(places[k].label, places[j].label));
        }
    }
    CHECK(PlaceGraphLabels(nodes, {}, s, Measure(16))[0].labelled == false);   // not in the order: no label
}

TEST_CASE("graph labels: spreading makes room, and fitting names every node the box has room for") {
    std::vector<GraphLabelRequest> nodes;
    for (int k = 0; k < 20; ++k) nodes.push_back({{300.0 + k * 0.5, 200.0 + k * 0.25}, 5, "Supreme Judicial Council"});
    GraphLabelStyle s;
    s.box = {0, 0, 900, 500};
    std::vector<GraphLabelRequest> spread = nodes;
    CHECK(SpreadForLabels(spread, s, Measure(16)) < 20 * 19 / 2);   // fewer overlapping pairs than at the start
    std::vector<std::uint32_t> order(nodes.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = static_cast<std::uint32_t>(k);
    std::vector<GraphLabelRequest> fitted = nodes;
    const std::vector<GraphLabelPlace> places = FitGraphLabels(fitted, order, s, Measure(16));
    CHECK(std::all_of(places.begin(), places.end(), [](const GraphLabelPlace& p) { return p.labelled; }));
    for (const GraphLabelRequest& n : fitted) CHECK(Inside(DotBox(n.at, n.radius), s.box));
    CHECK(LabelCrowding(nodes, s, Measure(16)) < kMaxCrowding);
}

TEST_CASE("graph labels: a crowded fit stops searching for room once the box is full, across its retries") {
    // 120 long titles in a box with room for a few dozen: the first try leaves many unnamed, and
    // so would each retry, every failed search costing a pass over the whole box.
    std::vector<GraphLabelRequest> nodes;
    for (int k = 0; k < 120; ++k) nodes.push_back({{20.0 + (k * 37) % 560, 20.0 + (k * 53) % 360}, 5, "Supreme Judicial Council of the Republic"});
    GraphLabelStyle s;
    s.box = {0, 0, 600, 400};
    REQUIRE(LabelCrowding(nodes, s, Measure(16)) > 1);   // more footprint than box: some stay unnamed
    std::vector<std::uint32_t> order(nodes.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = static_cast<std::uint32_t>(k);
    int failed = -1;
    const std::vector<GraphLabelPlace> places = FitGraphLabels(nodes, order, s, Measure(16), 200, &failed);
    CHECK(failed == kFailedRelocations);   // not that many per retry
    const auto labelled = std::count_if(places.begin(), places.end(), [](const GraphLabelPlace& p) { return p.labelled; });
    CHECK(labelled > 0);
    CHECK(labelled < 120);
}

//-----------------------------------------------------------------------------
// [SECTION] The article's network, and a generated one
// The canvases the network view gets in a 1280×800 window and on a 390×844 phone, with the labels
// it draws (16 px; 12 px on a phone, at most 9 em wide), as measured in the browser: on the hosted
// page under Russian and Kazakh words (the tallest controls) and in an article column.
//-----------------------------------------------------------------------------

namespace {

struct Canvas {
    const char* name;
    Rect box;
    double font;
    double max_label_width;
};
const Canvas kDesktop{"1280x800", {0, 0, 1264, 560}, 16, 192};
const Canvas kPhone{"390x844 page", {0, 0, 361.3, 438.3}, 12, 144};
const Canvas kPhoneArticle{"390x844 article", {0, 0, 329.3, 469.7}, 12, 144};

GraphLabelStyle StyleOf(const Canvas& c) {
    GraphLabelStyle s;
    s.box = {c.box.x + 3, c.box.y + 3, c.box.w - 6, c.box.h - 6};
    s.line_height = c.font * 1.15;
    s.gap = 4;
    s.max_label_width = c.max_label_width;
    return s;
}

NodeLabel NodesOf(const Dataset& data, const LanguageOrder& order) {
    return [&data, order](Index i) {
        return GraphLabelRequest{{}, data.At(i).kind == Kind::Institution ? 8.0 : 5.6, Localize(ShortNameOf(data, i), order)};
    };
}

struct Outcome {
    std::size_t nodes = 0, labelled = 0, overlaps = 0;
    std::size_t nearer_another = 0;   // labels nearer to another node's dot than to their own
};

double Distance(Vec2 p, const Rect& r) {
    const double dx = std::max({r.x - p.x, 0.0, p.x - (r.x + r.w)}), dy = std::max({r.y - p.y, 0.0, p.y - (r.y + r.h)});
    return std::hypot(dx, dy);
}

Outcome Check(const NetworkFit& fit, const GraphLabelStyle& s) {
    Outcome o;
    o.nodes = fit.graph.nodes.size();
    for (std::size_t n = 0; n < fit.places.size(); ++n) {
        const GraphLabelPlace& p = fit.places[n];
        if (!p.labelled) continue;
        ++o.labelled;
        CHECK(Words(Joined(p.text)) == Words(fit.nodes[n].text));
        CHECK(Inside(p.label, s.box));
        bool nearer_another = false;
        const double own = Distance(fit.nodes[n].at, p.label) - fit.nodes[n].radius;
        for (std::size_t j = 0; j < fit.places.size(); ++j) {
            o.overlaps += Overlap(p.label, DotBox(fit.nodes[j].at, fit.nodes[j].radius)) ? 1 : 0;
            o.overlaps += j != n && fit.places[j].labelled && Overlap(p.label, fit.places[j].label) ? 1 : 0;
            nearer_another = nearer_another || (j != n && Distance(fit.nodes[j].at, p.label) - fit.nodes[j].radius < own);
        }
        o.nearer_another += nearer_another ? 1 : 0;
    }
    return o;
}

Dataset Article() {
    LoadResult r = LoadDatasetFile(POLITY_SOURCE_DIR "/data/kazakhstan-constitution.json");
    REQUIRE(r.ok());
    return std::move(*r.dataset);
}

} // namespace

TEST_CASE("the article's network: every node drawn is named, no label over a label or a node") {
    const Dataset data = Article();
    const NetworkGraph full = BuildNetworkGraph(data);
    for (const Canvas& canvas : {kDesktop, kPhone, kPhoneArticle}) {
        for (const char* lang : {"en", "ru", "kk"}) {
            CAPTURE(std::string(canvas.name));
            CAPTURE(std::string(lang));
            const LanguageOrder order = MakeLanguageOrder(lang, data.meta.languages);
            const GraphLabelStyle s = StyleOf(canvas);
            const std::uint32_t kinds = KindsThatFit(data, full, NodesOf(data, order), s, Measure(canvas.font));
            const NetworkFit fit = FitNetwork(data, full, kinds, NodesOf(data, order), s, Measure(canvas.font), 19);
            const Outcome o = Check(fit, s);
            MESSAGE(std::string(canvas.name) << " " << std::string(lang) << ": " << o.labelled << " of " << o.nodes << " nodes named (of "
                                << full.nodes.size() << " in the whole graph), " << o.overlaps << " overlaps, "
                                << o.nearer_another << " labels nearer another node");
            CHECK(o.labelled == o.nodes);
            CHECK(o.overlaps == 0);
            if (canvas.box.w > 1000) CHECK(kinds == 0);   // on a desktop, every kind of node
            if (canvas.box.w > 1000) CHECK(o.nearer_another == 0);   // each label nearest its own node
        }
    }
}

TEST_CASE("a generated 200-node network: at least 95 % named on a 1920×1080 canvas, no overlaps, the same every time") {
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        CAPTURE(seed);
        gen::GeneratorOptions options;
        options.entities = 1000;
        options.seed = seed;
        LoadResult r = LoadDataset(gen::GenerateDataset(options), "generated.json");
        REQUIRE(r.ok());
        const Dataset& data = *r.dataset;
        NetworkOptions network;
        network.max_nodes = 200;
        const NetworkGraph full = BuildNetworkGraph(data, network);
        REQUIRE(full.nodes.size() == 200);
        const Canvas page{"1920x1080", {0, 0, 1920, 1080}, 16, 192};
        const GraphLabelStyle s = StyleOf(page);
        const LanguageOrder order = MakeLanguageOrder("en", data.meta.languages);
        const std::uint32_t kinds = KindsThatFit(data, full, NodesOf(data, order), s, Measure(16));
        CHECK(kinds == 0);   // cut down to its hubs already: every kind stays
        const NetworkFit fit = FitNetwork(data, full, kinds, NodesOf(data, order), s, Measure(16), 19);
        const Outcome o = Check(fit, s);
        MESSAGE("seed " << seed << ": " << o.labelled << " of " << o.nodes << " named, " << o.overlaps << " overlaps, "
                        << o.nearer_another << " labels nearer another node");
        CHECK(o.labelled * 100 >= o.nodes * 95);
        CHECK(o.overlaps == 0);
        const NetworkFit again = FitNetwork(data, full, kinds, NodesOf(data, order), s, Measure(16), 19);
        for (std::size_t n = 0; n < fit.places.size(); ++n) {
            CHECK(again.nodes[n].at.x == fit.nodes[n].at.x);
            CHECK(again.places[n].label.y == fit.places[n].label.y);
        }
    }
}
