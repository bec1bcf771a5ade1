// Internal to the loader: a quick first look at a dataset's text, before the full reading.
// References may point forward (a relation near the top naming an institution further down),
// and the model is sized once rather than grown: so the loader first learns how many entities
// of each kind the file holds, their ids, the declared languages and the theme ids. The survey
// checks nothing and reports nothing — the full reading does that — and stops quietly where the
// text stops making sense.
#pragma once

#include "polity/model.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace polity::detail {

struct Survey {
    struct Element {
        std::string id;
        bool has_id = false;   // an object with a string "id"
    };
    // The top level's members: how often each name occurs (the last occurrence counts).
    std::unordered_map<std::string, int> occurrences;
    std::array<std::vector<Element>, kKindCount> entities;  // per kind, in file order
    std::vector<std::string> languages;  // meta.languages, the strings among them
    std::vector<std::string> themes;     // the id of each object in "themes" ("" when it has none)
    std::size_t relations = 0;           // elements of "relations"
};

Survey SurveyDataset(std::string_view text);

} // namespace polity::detail
