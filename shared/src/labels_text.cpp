// Polity Explorer — wrapping label text (see polity/labels.hpp). Words are measured once; lines
// are measured whole at the end, so a box is exactly as wide as the text drawn in it.

#include "polity/labels.hpp"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <utility>

namespace polity {

namespace {

bool IsBreak(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

struct Word {
    std::size_t begin = 0;       // byte offsets into the text
    std::size_t end = 0;
    double width = 0;
    bool forced = false;         // a line break in the text comes before it
};

struct Words {
    std::string_view text;
    std::vector<Word> list;
    double space = 0;            // the width of one space
};

Words SplitWords(std::string_view text, const MeasureText& measure) {
    Words words{text, {}, measure(" ")};
    bool forced = false;
    for (std::size_t i = 0; i < text.size();) {
        if (IsBreak(text[i])) {
            forced = forced || text[i] == '\n';
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && !IsBreak(text[j])) ++j;
        words.list.push_back({i, j, measure(text.substr(i, j - i)), forced && !words.list.empty()});
        forced = false;
        i = j;
    }
    return words;
}

using Lines = std::vector<std::pair<std::size_t, std::size_t>>;   // [first word, one past last) per line

constexpr std::size_t kMaxBalancedLines = 4;   // narrower shapes than this read as a column of words

// As many words on each line as fit `max_width` (a lone word always fits its own line).
Lines Greedy(const Words& w, double max_width) {
    Lines lines;
    std::size_t start = 0;
    double width = 0;
    for (std::size_t k = 0; k < w.list.size(); ++k) {
        const Word& word = w.list[k];
        if (k > start && (word.forced || width + w.space + word.width > max_width + 1e-9)) {
            lines.push_back({start, k});
            start = k;
            width = 0;
        }
        width = k == start ? word.width : width + w.space + word.width;
    }
    if (!w.list.empty()) lines.push_back({start, w.list.size()});
    return lines;
}

double RunWidth(const Words& w, std::size_t first, std::size_t last) {   // words [first, last)
    double width = 0;
    for (std::size_t k = first; k < last; ++k) width += w.list[k].width + (k > first ? w.space : 0.0);
    return width;
}

// At most `lines` lines, as narrow as the words allow: the least width that greedy wrapping fits
// into that many lines (bisection between the widest word and the whole text).
Lines Balanced(const Words& w, std::size_t lines) {
    double lo = 0, hi = RunWidth(w, 0, w.list.size());
    for (const Word& word : w.list) lo = std::max(lo, word.width);
    if (Greedy(w, lo).size() <= lines) return Greedy(w, lo);
    for (int k = 0; k < 40 && hi - lo > 0.25; ++k) {
        const double mid = (lo + hi) / 2;
        (Greedy(w, mid).size() <= lines ? hi : lo) = mid;
    }
    return Greedy(w, hi);
}

TextBlock MakeBlock(const Words& w, const Lines& lines, const MeasureText& measure) {
    TextBlock block;
    for (const auto& [first, last] : lines) {
        const std::string_view line = w.text.substr(w.list[first].begin, w.list[last - 1].end - w.list[first].begin);
        block.lines.push_back(line);
        block.width = std::max(block.width, measure(line));
    }
    return block;
}

bool HasForcedBreak(const Words& w) {
    return std::any_of(w.list.begin(), w.list.end(), [](const Word& word) { return word.forced; });
}

} // namespace

TextBlock WrapLabel(std::string_view text, double max_width, const MeasureText& measure) {
    const Words words = SplitWords(text, measure);
    return MakeBlock(words, Greedy(words, max_width), measure);
}

std::vector<TextBlock> LabelShapes(std::string_view text, double max_width, const MeasureText& measure) {
    const Words words = SplitWords(text, measure);
    std::vector<TextBlock> shapes;
    if (words.list.empty()) return shapes;
    const auto add = [&](const Lines& lines) {
        TextBlock block = MakeBlock(words, lines, measure);
        const bool seen = std::any_of(shapes.begin(), shapes.end(),
                                      [&](const TextBlock& s) { return s.lines == block.lines; });
        if (!seen) shapes.push_back(std::move(block));
    };
    const auto widest = [&](const Lines& lines) {
        double w = 0;
        for (const auto& [first, last] : lines) w = std::max(w, RunWidth(words, first, last));
        return w;
    };
    const Lines natural = Greedy(words, std::numeric_limits<double>::infinity());   // forced breaks only
    if (natural.size() == 1 && widest(natural) <= max_width) add(natural);
    if (HasForcedBreak(words)) {
        if (widest(natural) <= max_width) add(natural);
    } else {
        for (std::size_t lines = 2; lines <= kMaxBalancedLines && lines <= words.list.size(); ++lines) {
            const Lines balanced = Balanced(words, lines);
            if (widest(balanced) <= max_width) add(balanced);
        }
    }
    if (shapes.empty() || widest(Greedy(words, max_width)) > max_width || Greedy(words, max_width).size() > kMaxBalancedLines)
        add(Greedy(words, max_width));
    return shapes;
}

} // namespace polity
