// Polity Explorer — text wrapping (see polity/layout.hpp).

#include "polity/layout.hpp"

#include <algorithm>

namespace polity {

namespace {

// The byte length of the UTF-8 sequence that starts with `lead` (1 for a stray byte).
std::size_t SequenceLength(unsigned char lead) {
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    if (lead >= 0xC0) return 2;
    return 1;
}

std::size_t NextCharacter(std::string_view text, std::size_t at) {
    return std::min(text.size(), at + SequenceLength(static_cast<unsigned char>(text[at])));
}

// Lines being built from the words of one paragraph.
class LineBuilder {
public:
    LineBuilder(std::string_view text, double width, const MeasureText& measure, std::vector<TextLine>* out)
        : text_(text), width_(width), measure_(measure), out_(out) {}

    // Adds the word [begin, end), after the spaces [space, begin) when it joins a line.
    void Word(std::size_t space, std::size_t begin, std::size_t end) {
        const double word = measure_(text_.substr(begin, end - begin));
        if (open_) {
            const double gap = begin > space ? measure_(text_.substr(space, begin - space)) : 0.0;
            if (line_.width + gap + word <= width_) {
                line_.end = end;
                line_.width += gap + word;
                return;
            }
            Close();
        }
        if (word <= width_) {
            line_ = {begin, end, word};
            open_ = true;
            return;
        }
        Split(begin, end);
    }

    // Ends the paragraph: its last line, or an empty one for an empty paragraph at `at`.
    void EndParagraph(std::size_t at) {
        if (!open_) line_ = {at, at, 0.0};
        Close();
    }

private:
    void Close() {
        out_->push_back(line_);
        open_ = false;
    }

    // A word too wide for any line: as many characters a line as fit (at least one).
    void Split(std::size_t begin, std::size_t end) {
        line_ = {begin, begin, 0.0};
        open_ = true;
        for (std::size_t at = begin; at < end;) {
            const std::size_t next = NextCharacter(text_, at);
            const double w = measure_(text_.substr(at, next - at));
            if (line_.end > line_.begin && line_.width + w > width_) {
                Close();
                line_ = {at, at, 0.0};
                open_ = true;
            }
            line_.end = next;
            line_.width += w;
            at = next;
        }
    }

    std::string_view text_;
    double width_;
    const MeasureText& measure_;
    std::vector<TextLine>* out_;
    TextLine line_;
    bool open_ = false;
};

// A word runs to the next space or line break, or ends after a lone "/".
std::size_t WordEnd(std::string_view text, std::size_t at, std::size_t stop) {
    while (at < stop && text[at] != ' ') {
        const bool slash = text[at] == '/';
        at = NextCharacter(text, at);
        if (slash && at < stop && text[at] != ' ' && text[at] != '/') break;
    }
    return at;
}

} // namespace

std::vector<TextLine> WrapText(std::string_view text, double width, const MeasureText& measure) {
    std::vector<TextLine> lines;
    if (text.empty()) return lines;
    std::size_t at = 0;
    while (true) {
        const std::size_t found = text.find('\n', at);
        const std::size_t stop = found == std::string_view::npos ? text.size() : found;
        LineBuilder builder(text, width, measure, &lines);
        std::size_t space = at;
        while (true) {
            std::size_t begin = space;
            while (begin < stop && text[begin] == ' ') ++begin;
            if (begin >= stop) break;
            const std::size_t end = WordEnd(text, begin, stop);
            builder.Word(space, begin, end);
            space = end;
        }
        builder.EndParagraph(at);
        if (found == std::string_view::npos) break;
        at = found + 1;
    }
    return lines;
}

} // namespace polity
