// Polity Explorer — the HTML twin's quotes (figure, blockquote, cite; translations marked) and
// figures (one table per metric, with units and the source's own qualifier words).
//
// Index of this file
// [SECTION] Quotes
// [SECTION] Figures

#include "html_writer.hpp"

#include <algorithm>

namespace polity::html {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Quotes
//-----------------------------------------------------------------------------

void QuoteWords(Page& page, const std::string& words, const std::string* lang, const char* attrs) {
    page.Put(std::string("<blockquote") + attrs + LangAttr(page, lang) + "><p>" + EscapeHtml(words) + "</p></blockquote>\n");
}

// The words in the reader's language. When that is a translation, say so and keep the
// original beside it, marked with its own language, so nothing is put in anyone's mouth.
void QuoteBody(Page& page, Index i) {
    const Entity& e = page.data.At(i);
    const std::string& original_lang = page.data.QuoteOf(i).language;
    const std::string* used = nullptr;
    const std::string& shown = Localize(e.name, page.order, &used);
    const std::string* original = e.name.Find(original_lang);
    if (!used || *used == original_lang || !original) {
        QuoteWords(page, shown, used, "");
        return;
    }
    QuoteWords(page, shown, used, " class=\"translation\"");
    page.Put(std::string("<p class=\"translation-note\">") + page.Word(UiString::Translation) + ". " +
             page.Word(UiString::OriginalLanguage) + ": " + EscapeHtml(LanguageName(original_lang, page.ui)) + "</p>\n");
    QuoteWords(page, *original, &original_lang, " class=\"original\"");
}

// "— Name, role, <cite>source</cite>, date"
void QuoteCaption(Page& page, Index i) {
    const Entity& e = page.data.At(i);
    const Index person = page.data.QuoteOf(i).person;
    std::string caption = "\u2014 " + LinkTo(page, person);
    const std::string role = RoleOf(page, person);
    if (!role.empty()) caption += ", " + role;
    for (Index s : e.sources) {
        if (s >= page.data.entities.size() || page.data.At(s).kind != Kind::Source) continue;
        caption += ", <cite>" + LinkTo(page, s) + "</cite>";
        break;   // the first source names where it was said; all are linked below the quote
    }
    if (e.date.IsSet()) caption += ", " + TimeTag(page, e.date);
    page.Put("<figcaption>" + caption + "</figcaption>\n");
}

void WriteQuote(Page& page, Index i) {
    const Entity& e = page.data.At(i);
    page.Put("<figure" + IdAttr(e) + " class=\"quote\">\n");
    Block(page, "p", e.description, "context");
    QuoteBody(page, i);
    QuoteCaption(page, i);
    if (e.sources.size() > 1) SourcesLine(page, e.sources);
    page.Put("</figure>\n");
}

//-----------------------------------------------------------------------------
// [SECTION] Figures
//-----------------------------------------------------------------------------

// When a figure holds: the source's own words where it gives no date, else the date or span.
std::string ObservationWhen(const Page& page, const Observation& o) {
    if (!o.label.empty()) return Inline(page, o.label);
    if (o.date.IsSet()) return TimeSpan(page, o.date, o.end);
    return "\u2014";
}

bool NeedsNoteColumn(const Metric& m, const std::vector<Index>& metric_sources) {
    return std::any_of(m.observations.begin(), m.observations.end(), [&](const Observation& o) {
        return !o.note.empty() || o.sources != metric_sources;
    });
}

void ObservationRow(Page& page, const Observation& o, bool notes, const std::vector<Index>& metric_sources) {
    page.Put("<tr><th scope=\"row\">" + ObservationWhen(page, o) + "</th><td class=\"num\">" +
             EscapeHtml(QualifiedNumber(o, page.ui)) + "</td>");
    if (notes) {
        page.Put("<td>" + Inline(page, o.note));
        if (o.sources != metric_sources) SourcesLine(page, o.sources);   // the metric's are cited below
        page.Put("</td>");
    }
    page.Put("</tr>\n");
}

void FiguresTable(Page& page, Index i) {
    const Metric& m = page.data.MetricOf(i);
    const std::vector<Index>& metric_sources = page.data.At(i).sources;
    const bool notes = NeedsNoteColumn(m, metric_sources);
    page.Put(std::string("<table class=\"figures\">\n<caption>") + page.Word(UiString::Unit) + ": " + Inline(page, m.unit) + "</caption>\n");
    page.Put(std::string("<thead><tr><th scope=\"col\">") + page.Word(UiString::When) + "</th><th scope=\"col\" class=\"num\">" +
             page.Word(UiString::Value) + "</th>");
    if (notes) page.Put(std::string("<th scope=\"col\">") + page.Word(UiString::Note) + "</th>");
    page.Put("</tr></thead>\n<tbody>\n");
    for (const Observation& o : m.observations) ObservationRow(page, o, notes, metric_sources);
    page.Put("</tbody>\n</table>\n");
}

void WriteMetric(Page& page, Index i) {
    const Entity& e = page.data.At(i);
    page.Put("<article" + IdAttr(e) + " class=\"metric\">\n<h3>" + Inline(page, e.name) + "</h3>\n");
    const Index subject = page.data.MetricOf(i).subject;
    if (subject != kNone)
        page.Put(std::string("<p class=\"subject\">") + page.Word(UiString::Related) + ": " + LinkTo(page, subject) + "</p>\n");
    Block(page, "p", e.description);
    FiguresTable(page, i);
    SourcesLine(page, e.sources);
    page.Put("</article>\n");
}

} // namespace

void WriteQuotes(Page& page) {
    const std::vector<Index> quotes = EntitiesOf(page.data, Kind::Quote);
    if (quotes.empty()) return;
    OpenSection(page, "polity_quotes", UiString::Quotes);
    WriteItems(page, quotes, WriteQuote);
    MoreNote(page, quotes.size());
    CloseSection(page);
}

void WriteFigures(Page& page) {
    const std::vector<Index> metrics = EntitiesOf(page.data, Kind::Metric);
    if (metrics.empty()) return;
    OpenSection(page, "polity_figures", UiString::Figures);
    WriteItems(page, metrics, WriteMetric);
    MoreNote(page, metrics.size());
    CloseSection(page);
}

} // namespace polity::html
