// Polity Explorer — writes the site's static HTML twin pages: twin.html (English), twin-ru.html
// and twin-kk.html, each with a menu of the others and a link to the explorer. They are what
// readers without JavaScript reach from the hosted page's <noscript>, and what search engines
// and print see. Built with the WebAssembly site (this build has no native `polity` to call)
// and run by node at build time; the same RenderHtml as `polity html` and the widget's twin.
//   node site-twin.cjs DATASET.json OUTPUT_FOLDER
#include "polity/html.hpp"
#include "polity/i18n.hpp"
#include "polity/load.hpp"

#include <cstdio>
#include <string>
#include <vector>

namespace {

std::string PageName(polity::Lang lang) {
    return lang == polity::Lang::En ? "twin.html" : std::string("twin-") + polity::LangCode(lang) + ".html";
}

bool WriteFile(const std::string& path, const std::string& text) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (file == nullptr) return false;
    const bool ok = std::fwrite(text.data(), 1, text.size(), file) == text.size();
    return std::fclose(file) == 0 && ok;
}

// One page per interface language, each linking the others.
bool WritePages(const polity::Dataset& data, const std::string& folder) {
    for (int k = 0; k < polity::kLangCount; ++k) {
        const auto lang = static_cast<polity::Lang>(k);
        polity::HtmlOptions options;
        options.lang = polity::LangCode(lang);
        options.stylesheet = "twin.css";
        options.app_href = std::string("./#lang=") + polity::LangCode(lang);
        for (int other = 0; other < polity::kLangCount; ++other)
            if (other != k)
                options.alternates.push_back({polity::LangCode(static_cast<polity::Lang>(other)),
                                              PageName(static_cast<polity::Lang>(other))});
        const std::string path = folder + "/" + PageName(lang);
        if (!WriteFile(path, polity::RenderHtml(data, options))) {
            std::fprintf(stderr, "site-twin: cannot write %s\n", path.c_str());
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: site-twin DATASET.json OUTPUT_FOLDER\n");
        return 2;
    }
    const polity::LoadResult result = polity::LoadDatasetFile(argv[1]);
    for (const polity::Diagnostic& d : result.diagnostics)
        std::fprintf(stderr, "%s\n", polity::FormatDiagnostic(d).c_str());
    if (!result.ok()) return 1;
    return WritePages(*result.dataset, argv[2]) ? 0 : 1;
}
