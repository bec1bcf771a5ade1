// Layout math: timeline scale, ticks, lanes and visible range; graph layout; chart scales
// and number formatting.
#include "polity/layout.hpp"
#include "polity/query.hpp"
#include "test_dataset.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

using namespace polity;
using polity::testing::D;
using polity::testing::Id;
using polity::testing::MakeSmallDataset;

namespace {

constexpr double kWidth = 1000;

TimeBounds Bounds(double first, double last) {
    TimeBounds b;
    b.first = first;
    b.last = last;
    return b;
}

double NextRandom(std::uint64_t& state) {   // an LCG for test data, in [0, 1)
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<double>(state >> 11) * 0x1.0p-53;
}

} // namespace

// [SECTION] Timeline: scale, zoom and pan

TEST_CASE("time scale: fitting shows the whole range inside the margins") {
    const TimeBounds b = Bounds(1990, 2024);
    const TimeScale s = FitTimeScale(b, kWidth);
    CHECK(s.ToPx(1990) == doctest::Approx(b.margin_px));
    CHECK(s.ToPx(2024) == doctest::Approx(kWidth - b.margin_px));
    CHECK(s.ToYears(s.ToPx(2001.25)) == doctest::Approx(2001.25));
}

TEST_CASE("time scale: a single moment is centred on a span of a year") {
    const TimeScale s = FitTimeScale(Bounds(2022.5, 2022.5), kWidth);
    CHECK(s.ToPx(2022.5) == doctest::Approx(kWidth / 2));
    CHECK(s.px_per_year == doctest::Approx(kWidth - 48));
}

TEST_CASE("time scale: zoom keeps the time under the anchor in place") {
    const TimeBounds b = Bounds(1990, 2024);
    const TimeScale fit = FitTimeScale(b, kWidth);
    const double anchor = 400;
    const double t = fit.ToYears(anchor);
    const TimeScale zoomed = ZoomTimeScale(fit, 4, anchor, b, kWidth);
    CHECK(zoomed.px_per_year == doctest::Approx(fit.px_per_year * 4));
    CHECK(zoomed.ToPx(t) == doctest::Approx(anchor));
}

TEST_CASE("time scale: zoom is limited both ways") {
    const TimeBounds b = Bounds(1990, 2024);
    const TimeScale fit = FitTimeScale(b, kWidth);
    CHECK(ZoomTimeScale(fit, 0.01, 500, b, kWidth).px_per_year == doctest::Approx(fit.px_per_year));
    CHECK(ZoomTimeScale(fit, 1e12, 500, b, kWidth).px_per_year == doctest::Approx(b.max_px_per_year));
}

TEST_CASE("time scale: pan stops at the margins") {
    const TimeBounds b = Bounds(1990, 2024);
    const TimeScale zoomed = ZoomTimeScale(FitTimeScale(b, kWidth), 10, 500, b, kWidth);
    const TimeScale left = PanTimeScale(zoomed, 1e9, b, kWidth);        // drag right: see the start
    CHECK(left.ToPx(1990) == doctest::Approx(b.margin_px));
    const TimeScale right = PanTimeScale(zoomed, -1e9, b, kWidth);
    CHECK(right.ToPx(2024) == doctest::Approx(kWidth - b.margin_px));
    const TimeScale moved = PanTimeScale(zoomed, 30, b, kWidth);
    CHECK(moved.ToPx(2010) == doctest::Approx(zoomed.ToPx(2010) + 30));
}

TEST_CASE("time scale: garbage in, finite scale out") {
    const TimeBounds b = Bounds(2024, 1990);   // reversed
    TimeScale s{NAN, INFINITY};
    s = ClampTimeScale(s, b, kWidth);
    CHECK(std::isfinite(s.origin));
    CHECK(s.px_per_year > 0);
    s = ZoomTimeScale(s, NAN, NAN, b, 0);
    CHECK(std::isfinite(s.origin));
    CHECK(std::isfinite(s.px_per_year));
}

// [SECTION] Timeline: ticks

TEST_CASE("ticks: years are nice multiples, inside the width and far enough apart") {
    const TimeScale s = FitTimeScale(Bounds(1900, 2024), kWidth);
    const std::vector<TimeTick> ticks = TimelineTicks(s, kWidth, 60);
    REQUIRE(ticks.size() >= 2);
    const int step = ticks[1].year - ticks[0].year;
    CHECK((step == 1 || step == 2 || step == 5 || step == 10 || step == 20 || step == 50 || step == 100));
    CHECK(step == 10);   // 124 years over 952 px: 5 years are 38 px, 10 years 77 px
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        CHECK(ticks[i].unit == TickUnit::Year);
        CHECK(ticks[i].year % step == 0);
        CHECK(ticks[i].x >= 0);
        CHECK(ticks[i].x <= kWidth);
        CHECK(ticks[i].label == std::to_string(ticks[i].year));
        CHECK(ticks[i].major == (ticks[i].year % 100 == 0));
        if (i > 0) CHECK(ticks[i].x - ticks[i - 1].x >= 60);
    }
}

TEST_CASE("ticks: zoomed in, months at month starts, aligned with Date::YearFraction") {
    TimeScale s;
    s.origin = 2022;
    s.px_per_year = 12 * 100;   // 100 px a month
    const std::vector<TimeTick> ticks = TimelineTicks(s, kWidth, 60);
    REQUIRE(ticks.size() == 11);   // Jan..Nov 2022 (x = 0 .. 1000, both ends included)
    CHECK(ticks[0].unit == TickUnit::Month);
    CHECK(ticks[0].label == "2022-01");
    CHECK(ticks[0].major);
    CHECK(ticks[5].label == "2022-06");
    CHECK_FALSE(ticks[5].major);
    const double june_middle = D(2022, 6).YearFraction();
    CHECK(ticks[5].years < june_middle);
    CHECK(june_middle < ticks[6].years);
    CHECK(ticks[5].years < D(2022, 6, 1).YearFraction());
    CHECK(D(2022, 6, 30).YearFraction() < ticks[6].years);
}

TEST_CASE("ticks: zoomed further, days restart on the 1st without crowding") {
    TimeScale s;
    s.origin = 2022 + 1 / 12.0;            // 2022-02-01
    s.px_per_year = 12.0 * 28 * 20;        // February at 20 px a day
    const std::vector<TimeTick> ticks = TimelineTicks(s, 1200, 90);   // 5-day steps
    REQUIRE(ticks.size() >= 6);
    CHECK(ticks[0].unit == TickUnit::Day);
    CHECK(ticks[0].label == "2022-02-01");
    for (std::size_t i = 1; i < ticks.size(); ++i) CHECK(ticks[i].x - ticks[i - 1].x >= 90);
    bool saw_march = false;
    for (const TimeTick& t : ticks) saw_march = saw_march || (t.month == 3 && t.day == 1 && t.major);
    CHECK(saw_march);
}

TEST_CASE("ticks: nothing for an empty or broken view") {
    CHECK(TimelineTicks(TimeScale{}, 0, 50).empty());
    CHECK(TimelineTicks(TimeScale{2000, 0}, kWidth, 50).empty());
    CHECK(TimelineTicks(TimeScale{NAN, 1}, kWidth, 50).empty());
    CHECK(TimelineTicks(TimeScale{1e300, 1}, kWidth, 50).empty());   // far beyond year 9999
    CHECK(TimelineTicks(TimeScale{-1e300, 1}, kWidth, 50).empty());
}

// [SECTION] Timeline: items, lanes, visible range

TEST_CASE("track: dated entities by time; a partial year sits at its middle") {
    const Dataset data = MakeSmallDataset();
    const TimelineTrack track = BuildTimelineTrack(data, TimelineOrder(data));
    REQUIRE(track.items.size() == TimelineOrder(data).size());
    for (std::size_t i = 1; i < track.years.size(); ++i) CHECK(track.years[i - 1] <= track.years[i]);
    const auto position = [&](const char* id) {
        return std::find(track.items.begin(), track.items.end(), Id(data, id)) - track.items.begin();
    };
    CHECK(position("reform-2022") < position("year-2022"));     // 2022-06-05 before mid-2022
    CHECK(position("year-2022") < position("src-law"));         // mid-2022 before 2022-11-05
    const TimeBounds b = BoundsOf(track);
    CHECK(b.first == doctest::Approx(1995.5));
    CHECK(b.last == doctest::Approx(D(2024, 1, 1).YearFraction()));
}

TEST_CASE("visible range: binary search over sorted values, bounds included") {
    const std::vector<double> xs = {1, 2, 2, 3, 5, 8};
    IndexRange r = VisibleRange(xs, 2, 5);
    CHECK(r.begin == 1);
    CHECK(r.end == 5);
    CHECK(r.size() == 4);
    CHECK(VisibleRange(xs, 9, 10).empty());
    CHECK(VisibleRange(xs, -5, 0).empty());
    CHECK(VisibleRange(xs, 5, 2).empty());
    CHECK(VisibleRange({}, 0, 1).empty());
}

TEST_CASE("lanes: the lowest free lane, reused once free") {
    const std::vector<double> xs = {0, 10, 20, 120, 125, 300};
    const std::vector<double> widths = {100, 100, 50, 10, 10, 10};
    // At x = 120 all three lanes are free again (ends 105, 115, 75): the lowest one wins.
    CHECK(AssignLanes(xs, widths, 5) == std::vector<int>{0, 1, 2, 0, 1, 0});
    CHECK(AssignLanes(xs, widths, 5, 2) == std::vector<int>{0, 1, -1, 0, 1, 0});
    CHECK(AssignLanes({}, {}, 5).empty());
}

// Speed is measured by bench/bench_model (it prints the lane time at 100k), not asserted here.
TEST_CASE("lanes: 100,000 labels, no overlap on any lane") {
    std::uint64_t state = 7;
    std::vector<double> xs(100000), widths(100000);
    double x = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        x += NextRandom(state) * 8;
        xs[i] = x;
        widths[i] = 20 + NextRandom(state) * 80;
    }
    const std::vector<int> lanes = AssignLanes(xs, widths, 4);
    std::vector<double> lane_end;
    int violations = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        REQUIRE(lanes[i] >= 0);
        const std::size_t lane = static_cast<std::size_t>(lanes[i]);
        if (lane >= lane_end.size()) lane_end.resize(lane + 1, -1e300);
        if (xs[i] < lane_end[lane]) ++violations;
        lane_end[lane] = xs[i] + widths[i] + 4;
    }
    CHECK(violations == 0);
    CHECK(lane_end.size() < 40);   // about (mean width + gap) / mean spacing = 16 lanes
}

// [SECTION] Graph layout

namespace {

std::vector<Index> AllEntities(const Dataset& data) {
    std::vector<Index> all(data.entities.size());
    for (Index i = 0; i < all.size(); ++i) all[i] = i;
    return all;
}

double Distance(Vec2 a, Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

} // namespace

TEST_CASE("graph: edges are the relations among the nodes, by position in the node list") {
    const Dataset data = MakeSmallDataset();
    const std::vector<Index> nodes = {Id(data, "parliament"), Id(data, "senate"), Id(data, "ombudsman")};
    const std::vector<GraphEdge> edges = EdgesAmong(data, nodes);
    REQUIRE(edges.size() == 1);
    CHECK(edges[0].a == 1);
    CHECK(edges[0].b == 0);
    CHECK(edges[0].relation == 6);
}

TEST_CASE("graph: the same seed gives identical positions; another seed differs") {
    const Dataset data = MakeSmallDataset();
    const std::vector<Index> nodes = AllEntities(data);
    const std::vector<Vec2> a = LayoutGraph(data, nodes, {300, 42});
    const std::vector<Vec2> b = LayoutGraph(data, nodes, {300, 42});
    const std::vector<Vec2> c = LayoutGraph(data, nodes, {300, 43});
    REQUIRE(a.size() == nodes.size());
    bool any_different = false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].x == b[i].x);   // bit-identical, not approximately equal
        CHECK(a[i].y == b[i].y);
        any_different = any_different || a[i].x != c[i].x || a[i].y != c[i].y;
    }
    CHECK(any_different);
}

TEST_CASE("graph: positions are finite, inside the unit box, and apart") {
    const Dataset data = MakeSmallDataset();
    for (std::uint64_t seed : {1ull, 2ull, 99ull}) {
        const std::vector<Vec2> p = LayoutGraph(data, AllEntities(data), {300, seed});
        for (std::size_t i = 0; i < p.size(); ++i) {
            CHECK(std::isfinite(p[i].x));
            CHECK(std::isfinite(p[i].y));
            CHECK((p[i].x >= 0 && p[i].x <= 1 && p[i].y >= 0 && p[i].y <= 1));
            for (std::size_t j = 0; j < i; ++j) CHECK(Distance(p[i], p[j]) > 0.01);
        }
    }
}

TEST_CASE("graph: linked nodes end up closer than unlinked ones") {
    const Dataset data = MakeSmallDataset();
    const std::vector<Index> nodes = AllEntities(data);
    const std::vector<Vec2> p = LayoutGraph(data, nodes);
    const std::vector<GraphEdge> edges = EdgesAmong(data, nodes);
    std::vector<std::vector<bool>> linked(nodes.size(), std::vector<bool>(nodes.size(), false));
    double edge_sum = 0;
    for (const GraphEdge& e : edges) {
        linked[e.a][e.b] = linked[e.b][e.a] = true;
        edge_sum += Distance(p[e.a], p[e.b]);
    }
    double other_sum = 0;
    int others = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (!linked[i][j]) { other_sum += Distance(p[i], p[j]); ++others; }
        }
    }
    CHECK(edge_sum / static_cast<double>(edges.size()) < 0.75 * other_sum / others);
}

TEST_CASE("graph: coincident starts are pulled apart; degenerate inputs are safe") {
    std::vector<Vec2> p(5, Vec2{0.5, 0.5});
    RelaxLayout(p, {}, 100);
    for (std::size_t i = 0; i < p.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) CHECK(Distance(p[i], p[j]) > 0.01);
    }
    const Dataset data = MakeSmallDataset();
    CHECK(LayoutGraph(data, {}).empty());
    const std::vector<Vec2> one = LayoutGraph(data, {Id(data, "senate")});
    REQUIRE(one.size() == 1);
    CHECK(one[0].x == doctest::Approx(0.5));
    CHECK(one[0].y == doctest::Approx(0.5));
}

TEST_CASE("graph: the initial rings put kinds on concentric circles, institutions inside") {
    const Dataset data = MakeSmallDataset();
    const std::vector<Vec2> p = RingLayout(data, AllEntities(data), 5);
    const Vec2 centre{0.5, 0.5};
    CHECK(Distance(p[Id(data, "ombudsman")], centre) < Distance(p[Id(data, "reform-2022")], centre));
    CHECK(Distance(p[Id(data, "reform-2022")], centre) < Distance(p[Id(data, "src-law")], centre));
    CHECK(Distance(p[Id(data, "ombudsman")], centre) ==
          doctest::Approx(Distance(p[Id(data, "senate")], centre)).epsilon(0.05));
}

TEST_CASE("graph: fit to a rectangle keeps the aspect ratio; hit test finds the nearest") {
    const std::vector<Vec2> unit = {{0, 0}, {1, 1}, {0.5, 0.5}};
    const std::vector<Vec2> screen = FitToRect(unit, Rect{100, 50, 400, 200}, 10);
    CHECK(screen[0].x == doctest::Approx(210));   // a 180 px square, centred
    CHECK(screen[0].y == doctest::Approx(60));
    CHECK(screen[1].x == doctest::Approx(390));
    CHECK(screen[1].y == doctest::Approx(240));
    CHECK(NearestNode(screen, Vec2{305, 148}, 10) == 2);
    CHECK(NearestNode(screen, Vec2{320, 148}, 10) == -1);
    CHECK(NearestNode(screen, Vec2{215, 62}, 50) == 0);
    CHECK(NearestNode({}, Vec2{0, 0}, 10) == -1);
    CHECK(NearestNode(screen, Vec2{305, 148}, -10) == -1);
}

// [SECTION] Chart scales and numbers

namespace {

bool IsNiceStep(double step) {
    const double mantissa = step / std::pow(10, std::floor(std::log10(step)));
    return std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 5) < 1e-9;
}

} // namespace

TEST_CASE("nice scale: covers the data with 1/2/5 x 10^k steps") {
    const NiceTicks t = NiceScale(0, 6800, 5);
    CHECK(t.min == 0);
    CHECK(t.max == 8000);
    CHECK(t.step == 2000);
    CHECK(t.ticks == std::vector<double>{0, 2000, 4000, 6000, 8000});
    struct Case {
        double lo, hi;
        int n;
    };
    for (const Case c : {Case{0.1, 0.93, 5}, Case{-37, 112, 6}, Case{1995, 2024, 8}, Case{0, 1e9, 10}}) {
        const NiceTicks s = NiceScale(c.lo, c.hi, c.n);
        CAPTURE(c.lo);
        CHECK(IsNiceStep(s.step));
        CHECK(s.min <= c.lo);
        CHECK(s.max >= c.hi);
        CHECK(s.ticks.size() <= static_cast<std::size_t>(c.n));
        CHECK(s.ticks.size() >= 2);
        CHECK(s.ticks.front() == s.min);
        CHECK(s.ticks.back() == s.max);
    }
}

TEST_CASE("nice scale: ticks are exact decimals; degenerate ranges grow to include zero") {
    CHECK(NiceScale(0, 0.3, 4).ticks == std::vector<double>{0, 0.1, 0.2, 0.3});
    const NiceTicks one = NiceScale(7000, 7000, 5);
    CHECK(one.min == 0);
    CHECK(one.max >= 7000);
    CHECK(NiceScale(-3, -3, 5).max == 0);
    const NiceTicks zero = NiceScale(0, 0, 5);
    CHECK(zero.min == 0);
    CHECK(zero.max == 1);
    const NiceTicks bad = NiceScale(NAN, 5, 5);
    CHECK(bad.min == 0);
    CHECK(bad.max == 1);
    CHECK(NiceScale(10, 0, 1).ticks == std::vector<double>{0, 5, 10});   // swapped; at least 3 ticks
    CHECK(NiceScale(-1, 1, 2).ticks == std::vector<double>{-1, 0, 1});
    CHECK(NiceScale(-1e308, 1e308, 5).ticks.size() >= 2);
    CHECK(NiceScale(0, 5e-324, 5).ticks.size() == 2);             // denormal range: no decades
    CHECK(NiceScale(0, 8000, 5).Map(2000, 100, 300) == doctest::Approx(150));
}

TEST_CASE("bar chart columns: labels beside the bars, wrapped at 35 %, or above them when narrow") {
    const double em = 16;
    // Wide: the label column is as wide as the widest label; the value fits after the bars.
    BarChartColumns wide = LayOutBarChart(640, 120, 90, em);
    CHECK_FALSE(wide.stacked);
    CHECK(wide.label_width == 120);
    CHECK(wide.bars_left == 128);
    CHECK(wide.bars_right == doctest::Approx(640 - 90 - 0.6 * em));
    // A long label wraps inside 35 % of the chart.
    const BarChartColumns long_label = LayOutBarChart(640, 600, 90, em);
    CHECK_FALSE(long_label.stacked);
    CHECK(long_label.label_width == doctest::Approx(0.35 * 640));
    // A phone: beside the labels the bars would be shorter than 8 em, so the labels go above.
    const BarChartColumns phone = LayOutBarChart(290, 200, 130, em);
    CHECK(phone.stacked);
    CHECK(phone.label_width == 290);
    CHECK(phone.bars_left == 0);
    CHECK(phone.bars_right + 130 <= 290);
    // A value wider than the chart still leaves the bars something.
    const BarChartColumns tiny = LayOutBarChart(100, 50, 300, em);
    CHECK(tiny.stacked);
    CHECK(tiny.bars_right == doctest::Approx(2 * em));
}

TEST_CASE("format number: separators, decimals, signs") {
    CHECK(FormatNumber(7000) == "7,000");
    CHECK(FormatNumber(7000, " ", ",") == "7 000");
    CHECK(FormatNumber(7000, "\xC2\xA0", ",") == "7\xC2\xA0" "000");
    CHECK(FormatNumber(0.5) == "0.5");
    CHECK(FormatNumber(0.5, " ", ",") == "0,5");
    CHECK(FormatNumber(1234567.891) == "1,234,567.89");
    CHECK(FormatNumber(-1500) == "-1,500");
    CHECK(FormatNumber(999.999) == "1,000");
    CHECK(FormatNumber(0) == "0");
    CHECK(FormatNumber(-0.001) == "0");
    CHECK(FormatNumber(12.5, ",", ".", 0) == "13");
    CHECK(FormatNumber(100) == "100");
    CHECK(FormatNumber(1e21) == "1,000,000,000,000,000,000,000");
    CHECK(FormatNumber(NAN).empty());
    CHECK(FormatNumber(INFINITY) == "\xE2\x88\x9E");
}

//-----------------------------------------------------------------------------
// Text wrapping
//-----------------------------------------------------------------------------

namespace {

// Every character one unit wide (a UTF-8 sequence counts once).
double Characters(std::string_view s) {
    double n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

std::vector<std::string> Wrapped(std::string_view text, double width) {
    std::vector<std::string> out;
    for (const TextLine& line : WrapText(text, width, Characters)) {
        out.emplace_back(text.substr(line.begin, line.end - line.begin));
        CHECK(line.width == Characters(out.back()));
    }
    return out;
}

using Lines = std::vector<std::string>;

} // namespace

TEST_CASE("text wrapping: lines break at spaces and keep every word whole") {
    CHECK(Wrapped("", 10).empty());
    CHECK(Wrapped("short", 10) == Lines{"short"});
    CHECK(Wrapped("the rule of law in all spheres", 10) == Lines{"the rule", "of law in", "all", "spheres"});
    CHECK(Wrapped("exactly ten", 11) == Lines{"exactly ten"});
    CHECK(Wrapped("  spaces   between  ", 8) == Lines{"spaces", "between"});
    CHECK(Wrapped("one\ntwo three\n\nfour", 20) == Lines{"one", "two three", "", "four"});
}

TEST_CASE("text wrapping: numbers and no-break spaces stay whole; long words split between characters") {
    CHECK(Wrapped("up from 1,800 to nearly 7,000", 14) == Lines{"up from 1,800", "to nearly", "7,000"});
    CHECK(Wrapped("почти 7\u00A0000 обращений", 9) == Lines{"почти", "7\u00A0000", "обращений"});
    CHECK(Wrapped("Конституция", 4) == Lines{"Конс", "титу", "ция"});   // never half a letter
    CHECK(Wrapped("a https://example.org/news/2025/08/article", 16) ==
          Lines{"a https://", "example.org/", "news/2025/08/", "article"});         // after a lone "/"
    CHECK(Wrapped("https://a-very-long-host-name.example/x", 16) ==
          Lines{"https://", "a-very-long-host", "-name.example/x"});
    CHECK(Wrapped("x", 0) == Lines{"x"});                                // one character a line at least
}

// [SECTION] Timeline: folded axis

namespace {

// Where the article's marks sit: 1995 (a founding, the Constitution), then 2022-2024.
const std::vector<double> kStoryYears = {1995.5, 1995.66, 2022.43, 2023.5, 2023.5, 2024.5, 2024.5, 2024.5};

TimeAxis StoryAxis(double width = kWidth) {
    TimeBounds b = YearBounds(Bounds(kStoryYears.front(), kStoryYears.back()));
    return FitTimeAxis(b, FindFolds(kStoryYears), 100, width);
}

TimeBounds StoryBounds() { return YearBounds(Bounds(kStoryYears.front(), kStoryYears.back())); }

} // namespace

TEST_CASE("folds: where most of the span is empty, the empty whole years fold") {
    const std::vector<TimeFold> folds = FindFolds(kStoryYears);
    REQUIRE(folds.size() == 1);
    CHECK(folds[0].from == 1996);
    CHECK(folds[0].to == 2022);
    CHECK(FindFolds({1995.5, 2000.5, 2005.5, 2010.5, 2015.5, 2020.5}).empty());   // gaps too short
    CHECK(FindFolds({2020.5, 2023.5}).empty());                                   // only 2 empty years
    CHECK(FindFolds({}).empty());
    CHECK(FindFolds({NAN, 2000}).empty());
    const TimeBounds b = YearBounds(Bounds(1995.5, 2024.5));
    CHECK(b.first == 1995);
    CHECK(b.last == 2025);
    CHECK(YearBounds(Bounds(2022.4, 2022.6)).first == doctest::Approx(2022.4));   // under two years: as is
}

TEST_CASE("folded axis: fitted, a fold is fold_px wide and the stretches share the rest") {
    const TimeAxis axis = StoryAxis();
    const TimeBounds b = StoryBounds();
    REQUIRE(axis.folds.size() == 1);
    CHECK(axis.ToPx(1995) == doctest::Approx(b.margin_px));
    CHECK(axis.ToPx(2025) == doctest::Approx(kWidth - b.margin_px));
    CHECK(axis.ToPx(2022) - axis.ToPx(1996) == doctest::Approx(100));
    CHECK(axis.IsClosed(axis.folds[0]));
    CHECK(axis.ToPx(1996) - axis.ToPx(1995) == doctest::Approx(axis.ToPx(2023) - axis.ToPx(2022)));   // one year, one width
    for (double t : {1995.2, 1999.0, 2010.0, 2021.9, 2023.7}) CHECK(axis.ToYears(axis.ToPx(t)) == doctest::Approx(t));
}

TEST_CASE("folded axis: zoom keeps the time under the anchor, and zooming in opens the fold") {
    const TimeBounds b = StoryBounds();
    TimeAxis axis = StoryAxis();
    REQUIRE(axis.folds.size() == 1);
    const double anchor = axis.ToPx(2024.5);
    const TimeAxis zoomed = ZoomTimeAxis(axis, 1.25, anchor, b, kWidth);
    CHECK(zoomed.scale.px_per_year == doctest::Approx(axis.scale.px_per_year * 1.25));
    CHECK(zoomed.ToPx(2024.5) == doctest::Approx(anchor));
    const double in_fold = (axis.ToPx(1996) + axis.ToPx(2022)) / 2;
    const double t = axis.ToYears(in_fold);
    double width = axis.FoldWidth(axis.folds[0]);
    for (int k = 0; k < 12 && axis.IsClosed(axis.folds[0]); ++k) {
        axis = ZoomTimeAxis(axis, 1.25, in_fold, b, kWidth);
        CHECK(axis.FoldWidth(axis.folds[0]) > width);
        CHECK(axis.ToYears(in_fold) == doctest::Approx(t).epsilon(1e-9));
        width = axis.FoldWidth(axis.folds[0]);
    }
    CHECK_FALSE(axis.IsClosed(axis.folds[0]));   // open by about 6x the fitted zoom
    CHECK(axis.scale.px_per_year <= axis.fit_px_per_year * 6 * 1.25);   // open by one notch past 6x
}

TEST_CASE("folded axis: no zooming out past the fit, pan stops at the margins, a resize keeps the middle") {
    const TimeBounds b = StoryBounds();
    const TimeAxis fit = StoryAxis();
    CHECK(ZoomTimeAxis(fit, 0.1, 500, b, kWidth).scale.px_per_year == doctest::Approx(fit.fit_px_per_year));
    const TimeAxis zoomed = ZoomTimeAxis(fit, 3, 900, b, kWidth);
    CHECK(PanTimeAxis(zoomed, 1e9, b, kWidth).ToPx(1995) == doctest::Approx(b.margin_px));
    CHECK(PanTimeAxis(zoomed, -1e9, b, kWidth).ToPx(2025) == doctest::Approx(kWidth - b.margin_px));
    const TimeAxis wider = ResizeTimeAxis(zoomed, b, kWidth, 1500);
    CHECK(wider.ToYears(750) == doctest::Approx(zoomed.ToYears(500)).epsilon(1e-9));
    CHECK(wider.scale.px_per_year / wider.fit_px_per_year == doctest::Approx(3));
}

TEST_CASE("folded axis: with no folds it is the plain time scale") {
    const TimeBounds b = Bounds(1990, 2024);
    const TimeAxis axis = FitTimeAxis(b, {}, 100, kWidth);
    const TimeScale scale = FitTimeScale(b, kWidth);
    CHECK(axis.scale.origin == doctest::Approx(scale.origin));
    CHECK(axis.scale.px_per_year == doctest::Approx(scale.px_per_year));
    const TimeAxis zoomed = ZoomTimeAxis(axis, 4, 400, b, kWidth);
    const TimeScale zoomed_scale = ZoomTimeScale(scale, 4, 400, b, kWidth);
    CHECK(zoomed.ToPx(2001) == doctest::Approx(zoomed_scale.ToPx(2001)));
}

TEST_CASE("folded axis: ticks show 1995, then 2022 to 2025, nothing inside the closed fold") {
    for (double width : {1000.0, 362.0}) {
        CAPTURE(width);
        const TimeAxis axis = StoryAxis(width);
        std::vector<int> years;
        for (const TimeTick& t : AxisTicks(axis, width, TickSpacing{53, 150, 110})) {
            CHECK(t.unit == TickUnit::Year);
            CHECK((t.years < 1996 || t.years >= 2022));
            years.push_back(t.year);
        }
        CHECK(years == std::vector<int>{1995, 2022, 2023, 2024, 2025});
    }
}

TEST_CASE("ticks: each unit keeps its own spacing; a lone short stretch still shows its year") {
    TimeScale s{2022, 12 * 100};   // 100 px a month
    const std::vector<TimeTick> months = TimelineTicks(s, kWidth, TickSpacing{40, 250, 60});
    REQUIRE(months.size() >= 3);
    CHECK(months[0].unit == TickUnit::Month);
    CHECK(months[1].month - months[0].month == 3);   // 3-month steps: a month label needs 250 px
    const TimeAxis axis = StoryAxis();
    const std::vector<TimeTick> sparse = AxisTicks(axis, kWidth, TickSpacing{400, 1000, 1000});
    CHECK(std::any_of(sparse.begin(), sparse.end(), [](const TimeTick& t) { return t.year == 1995; }));
}

// [SECTION] Network: the graph a view draws

namespace {

// A hub-and-spoke dataset: `hubs` institutions, `people` people each leading one of them, and
// `extra` relations between people and institutions.
Dataset Spokes(int hubs, int people, int extra) {
    polity::testing::DatasetBuilder b;
    for (int h = 0; h < hubs; ++h) b.Add(Kind::Institution, "inst-" + std::to_string(h), polity::testing::En("Institution"));
    for (int p = 0; p < people; ++p) {
        b.Add(Kind::Person, "person-" + std::to_string(p), polity::testing::En("Person"));
        b.Relate("person-" + std::to_string(p), RelationType::Leads, "inst-" + std::to_string(p % hubs));
    }
    for (int e = 0; e < extra; ++e)
        b.Relate("person-" + std::to_string((e * 7) % people), RelationType::Related, "inst-" + std::to_string((e * 3) % hubs));
    return std::move(b.data);
}

} // namespace

TEST_CASE("network graph: a small dataset is drawn whole; sources and quotes are never nodes") {
    const Dataset data = MakeSmallDataset();
    const NetworkGraph g = BuildNetworkGraph(data);
    CHECK(g.candidates == g.nodes.size());
    for (Index i : g.nodes) {
        CHECK(data.At(i).kind != Kind::Source);
        CHECK(data.At(i).kind != Kind::Quote);
    }
    CHECK(std::is_sorted(g.nodes.begin(), g.nodes.end()));
    CHECK(g.NodeOf(Id(data, "ombudsman")) >= 0);
    CHECK(g.NodeOf(Id(data, "src-law")) == -1);
    CHECK(g.reading_order.size() == g.nodes.size());
    for (std::size_t n = 1; n < g.reading_order.size(); ++n)   // bands a tenth high, top to bottom
        CHECK(std::floor(g.unit[g.reading_order[n - 1]].y * 10) <= std::floor(g.unit[g.reading_order[n]].y * 10));
    const std::vector<std::uint32_t> priority = LabelPriority(g);
    for (std::size_t n = 1; n < priority.size(); ++n) CHECK(g.degree[priority[n - 1]] >= g.degree[priority[n]]);
}

TEST_CASE("network graph: past max_nodes, the hubs come with their neighbours; edges one per pair, capped") {
    const Dataset data = Spokes(10, 400, 3000);
    NetworkOptions options;
    options.max_nodes = 60;
    options.max_hubs = 3;
    options.max_edges = 30;
    const NetworkGraph g = BuildNetworkGraph(data, options);
    CHECK(g.nodes.size() == 60);
    CHECK(g.candidates == 410);
    const int hub = g.NodeOf(data.Find("inst-0"));   // the best-connected, with its neighbours
    REQUIRE(hub >= 0);
    CHECK(g.edges.size() == 30);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    for (const GraphEdge& e : g.edges) pairs.push_back({std::min(e.a, e.b), std::max(e.a, e.b)});
    std::sort(pairs.begin(), pairs.end());
    CHECK(std::adjacent_find(pairs.begin(), pairs.end()) == pairs.end());
    CHECK(g.relations.size() > g.edges.size());    // every relation among the nodes, for the table
    CHECK(g.links == 400 + 3000);
}

TEST_CASE("network graph: built in slices, it is the same graph, with progress that only grows") {
    const Dataset data = Spokes(20, 3000, 20000);
    NetworkOptions options;
    options.max_nodes = 100;
    const NetworkGraph whole = BuildNetworkGraph(data, options);
    NetworkBuilder builder(data, options);
    double progress = 0;
    int slices = 0;
    while (!builder.Step(5000)) {
        CHECK(builder.Progress() >= progress);
        progress = builder.Progress();
        ++slices;
    }
    CHECK(slices > 5);
    CHECK(builder.Progress() == 1.0);
    const NetworkGraph sliced = builder.Take();
    CHECK(sliced.nodes == whole.nodes);
    REQUIRE(sliced.unit.size() == whole.unit.size());
    for (std::size_t n = 0; n < whole.unit.size(); ++n) {
        CHECK(sliced.unit[n].x == whole.unit[n].x);
        CHECK(sliced.unit[n].y == whole.unit[n].y);
    }
}

TEST_CASE("network graph: a part with fewer kinds keeps only their nodes and the edges among them") {
    const Dataset data = MakeSmallDataset();
    const NetworkGraph g = BuildNetworkGraph(data);
    const NetworkGraph part = Subgraph(data, g, KindBit(Kind::Institution) | KindBit(Kind::Reform));
    for (Index i : part.nodes) CHECK((data.At(i).kind == Kind::Institution || data.At(i).kind == Kind::Reform));
    for (const GraphEdge& e : part.edges) {
        CHECK(e.a < part.nodes.size());
        CHECK(e.b < part.nodes.size());
    }
    CHECK(part.candidates == g.candidates);
    CHECK(part.nodes.size() < g.nodes.size());
}

TEST_CASE("fill rect: the layout's bounding box stretched onto the box, less the padding") {
    const std::vector<Vec2> p = FillRect({{0.2, 0.4}, {0.8, 0.6}, {0.5, 0.5}}, Rect{10, 20, 400, 200}, 10);
    CHECK(p[0].x == doctest::Approx(20));
    CHECK(p[0].y == doctest::Approx(30));
    CHECK(p[1].x == doctest::Approx(400));
    CHECK(p[1].y == doctest::Approx(210));
    CHECK(p[2].x == doctest::Approx(210));
    CHECK(FillRect({{0.3, 0.3}}, Rect{0, 0, 100, 100}, 0)[0].x == doctest::Approx(50));
}
