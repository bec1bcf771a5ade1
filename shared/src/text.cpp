// Multilingual text: lookup with a fallback order, and the languages we accept.
#include "polity/model.hpp"

#include <algorithm>

namespace polity {

namespace {

// ISO 639-1 codes a dataset may use. Wide enough for the region and the languages newsrooms
// publish in; a code outside it is almost always a typo ("kz" for Kazakh is the classic one).
const char* const kKnownLanguages[] = {
    "ar", "az", "be", "bg", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "he",
    "hi", "hu", "hy", "id", "it", "ja", "ka", "kk", "ko", "ky", "lt", "lv", "mn", "nl", "no",
    "pl", "pt", "ro", "ru", "sk", "sl", "sr", "sv", "tg", "tk", "tr", "tt", "uk", "ur", "uz",
    "vi", "zh"};

// After the reader's and the dataset's own languages: the project's three languages.
const char* const kLastResortLanguages[] = {"en", "ru", "kk"};

void AddOnce(std::vector<std::string>& codes, std::string_view code) {
    if (code.empty()) return;
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.emplace_back(code);
}

const std::string& EmptyString() {
    static const std::string empty;  // immutable, so sharing it between widgets is harmless
    return empty;
}

} // namespace

const std::string* Text::Find(std::string_view lang) const {
    for (const auto& [code, text] : values)
        if (code == lang) return &text;
    return nullptr;
}

void Text::Set(std::string_view lang, std::string text) {
    for (auto& [code, value] : values) {
        if (code == lang) {
            value = std::move(text);
            return;
        }
    }
    values.emplace_back(std::string(lang), std::move(text));
}

LanguageOrder MakeLanguageOrder(std::string_view requested, const std::vector<std::string>& dataset_languages) {
    LanguageOrder order;
    AddOnce(order.codes, requested);
    for (const auto& code : dataset_languages) AddOnce(order.codes, code);
    for (const char* code : kLastResortLanguages) AddOnce(order.codes, code);
    return order;
}

const std::string& Localize(const Text& text, const LanguageOrder& order, const std::string** used_lang) {
    for (const auto& code : order.codes) {
        for (const auto& entry : text.values) {
            if (entry.first == code) {
                if (used_lang) *used_lang = &entry.first;
                return entry.second;
            }
        }
    }
    if (!text.values.empty()) {
        if (used_lang) *used_lang = &text.values.front().first;
        return text.values.front().second;
    }
    if (used_lang) *used_lang = nullptr;
    return EmptyString();
}

const std::string& Localize(const Text& text, const LanguageOrder& order) {
    return Localize(text, order, nullptr);
}

bool IsKnownLanguage(std::string_view code) {
    return std::any_of(std::begin(kKnownLanguages), std::end(kKnownLanguages),
                       [code](const char* known) { return code == known; });
}

} // namespace polity
