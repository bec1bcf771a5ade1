// polity html: the semantic HTML twin of a dataset — the page for readers without JavaScript
// or WebGL, for search engines, print and screen readers.
#include "commands.hpp"

#include "polity/html.hpp"
#include "polity/i18n.hpp"
#include "polity/load.hpp"

#include <cstdio>

namespace polity::cli {

namespace {

const char kHtmlHelp[] =
    "usage: polity html [--lang en|ru|kk] [--fragment] [--css HREF] [-o OUT.html] FILE\n"
    "\n"
    "Writes the dataset as one static, semantic HTML page: headings, articles, tables,\n"
    "quotes and sources, with an id per entity (page.html#ombudsman links to it).\n"
    "\n"
    "  --lang CODE    page and interface language: en (default), ru or kk\n"
    "  --fragment     one <article> to paste into an existing page, not a whole document\n"
    "  --css HREF     stylesheet linked from the document (default: twin.css; \"\" for none)\n"
    "  -o FILE        write to FILE instead of standard output\n"
    "\n"
    "Exit status: 0 written, 1 the dataset does not load, 2 usage or I/O error.\n";

struct HtmlArgs {
    HtmlOptions options;
    std::string input;
    std::string output;   // "" = standard output
};

// Takes the value after an option; false when it is missing.
bool TakeValue(const std::vector<std::string>& args, std::size_t* k, std::string* out) {
    if (*k + 1 >= args.size()) return false;
    *out = args[++*k];
    return true;
}

// Parses the command line; prints what is wrong and returns false on a usage error.
bool ParseHtmlArgs(const std::vector<std::string>& args, HtmlArgs* out) {
    out->options.stylesheet = "twin.css";
    for (std::size_t k = 0; k < args.size(); ++k) {
        const std::string& a = args[k];
        Lang lang = Lang::En;
        if (a == "--fragment") out->options.standalone = false;
        else if (a == "--lang") {
            if (!TakeValue(args, &k, &out->options.lang) || !ParseLang(out->options.lang, &lang)) {
                std::fprintf(stderr, "polity html: --lang takes en, ru or kk\n");
                return false;
            }
        } else if (a == "--css" || a == "-o") {
            if (!TakeValue(args, &k, a == "-o" ? &out->output : &out->options.stylesheet)) {
                std::fprintf(stderr, "polity html: %s needs a value\n", a.c_str());
                return false;
            }
        } else if (a.size() > 1 && a[0] == '-') {
            std::fprintf(stderr, "polity html: unknown option '%s'\n", a.c_str());
            return false;
        } else if (!out->input.empty()) {
            std::fprintf(stderr, "polity html: one dataset at a time\n");
            return false;
        } else out->input = a;
    }
    if (out->input.empty()) std::fprintf(stderr, "polity html: no dataset given\n");
    return !out->input.empty();
}

bool WriteAll(const std::string& path, const std::string& text) {
    std::FILE* f = path.empty() ? stdout : std::fopen(path.c_str(), "wb");
    if (!f) return false;
    bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    ok = (path.empty() ? std::fflush(f) : std::fclose(f)) == 0 && ok;
    return ok;
}

} // namespace

int RunHtml(const std::vector<std::string>& args) {
    if (WantsHelp(args)) {
        std::fputs(kHtmlHelp, stdout);
        return kExitClean;
    }
    HtmlArgs parsed;
    if (!ParseHtmlArgs(args, &parsed)) {
        std::fprintf(stderr, "\n%s", kHtmlHelp);
        return kExitUsage;
    }
    const LoadResult r = LoadDatasetFile(parsed.input);
    if (!r.ok()) {
        for (const auto& d : r.diagnostics) std::fprintf(stderr, "%s\n", FormatDiagnostic(d).c_str());
        std::fprintf(stderr, "polity html: %s does not load; run 'polity check' for details\n", parsed.input.c_str());
        return r.diagnostics.size() == 1 && r.diagnostics[0].line == 0 ? kExitUsage : kExitInvalid;
    }
    if (!WriteAll(parsed.output, RenderHtml(*r.dataset, parsed.options))) {
        std::fprintf(stderr, "polity html: cannot write %s\n", parsed.output.empty() ? "to standard output" : parsed.output.c_str());
        return kExitUsage;
    }
    return kExitClean;
}

} // namespace polity::cli
