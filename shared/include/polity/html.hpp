// Polity Explorer — the semantic HTML twin of a dataset.
// One static page, written from the same model as the widget: what readers get where
// JavaScript or WebGL is unavailable, what search engines index, what prints, and what screen
// readers read. Plain semantic HTML (headings, articles, tables, lists, blockquote/cite, time)
// that needs no script and no stylesheet to make sense.
//
// Index of this file
// [SECTION] Options
// [SECTION] Rendering
// [SECTION] Building blocks
//
// Contract:
// - Every string from the dataset is escaped (& < > " '), in text and in attributes alike.
// - Links leave the page only for http(s) links by polity/link.hpp's rule (checked again here,
//   whatever the loader did), always with rel="noopener noreferrer".
// - Every entity is one element with id="<entity id>", so "page.html#ombudsman" deep-links to
//   it. Section ids start with "polity_", which entity ids cannot contain, so they never clash.
// - Text in a language other than the page's carries its own lang attribute.
// - With max_per_section, a section's items are the first ones in its usual order.
#pragma once

#include "polity/model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace polity {

//-----------------------------------------------------------------------------
// [SECTION] Options
//-----------------------------------------------------------------------------

// The same page in another language, for a language menu (standalone documents only).
struct HtmlAlternate {
    std::string lang;             // "ru"
    std::string href;             // "twin-ru.html"
};

struct HtmlOptions {
    std::string lang = "en";      // page and interface language: "en", "ru" or "kk" (others: "en")
    bool standalone = true;       // a whole document; false: one <article> to paste into a page
    std::string stylesheet;       // href of a stylesheet for the whole document; "" for none
    // Standalone only: the page in other languages (a menu at the top, each named in its own
    // language, and <link rel="alternate" hreflang>), and where the interactive explorer is.
    std::vector<HtmlAlternate> alternates;
    std::string app_href;         // "" for no link
    // At most this many items per section (0: all): then a note says how many are shown, with a
    // <button data-twin-all> for a script to show the rest. For the widget's twin of a large
    // dataset, which is built while the reader already uses the explorer.
    std::size_t max_per_section = 0;
};

//-----------------------------------------------------------------------------
// [SECTION] Rendering
//-----------------------------------------------------------------------------

// The dataset as one HTML page (or fragment), in UTF-8. Never fails: a section without
// entities is left out. Datasets are expected to be loaded (ids unique, references valid);
// references that point nowhere are skipped rather than followed.
std::string RenderHtml(const Dataset& data, const HtmlOptions& options = {});

//-----------------------------------------------------------------------------
// [SECTION] Building blocks
//-----------------------------------------------------------------------------

// & < > " ' as character references; everything else (UTF-8 included) as it is.
std::string EscapeHtml(std::string_view text);

} // namespace polity
