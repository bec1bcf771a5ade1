// Polity Explorer widget — the detail panel shared by every view: everything known about the
// selected entity, with links to what it relates to. A side panel on wide widgets, the whole
// body on narrow ones (phones inside an article).
//
// Index of this file
// [SECTION] DetailView
// [SECTION] Sections per kind (detail_sections.cpp)
#pragma once

#include "polity/model.hpp"
#include "polity/query.hpp"

#include <cstddef>
#include <vector>

namespace polity::ui {

struct AppState;

// Most links of one kind the panel lists: a panel, not an index; search finds the rest.
inline constexpr std::size_t kMaxPanelLinks = 60;

//-----------------------------------------------------------------------------
// [SECTION] DetailView
//-----------------------------------------------------------------------------

struct DetailView {
    EntityFacts facts;                  // GatherFacts for app.current.item, refreshed when it changes
    Index shown = kNone;                // the item drawn in the frame numbered shown_frame
    int shown_frame = -1;

    void Draw(AppState& app);           // the panel for app.current.item (nothing when kNone)
    // What the panel holds, without its frame, close button and breadcrumb (a picture's body).
    void DrawContent(AppState& app);
};

//-----------------------------------------------------------------------------
// [SECTION] Sections per kind (detail_sections.cpp)
// Each draws the part of the panel only that kind has, below the shared header.
//-----------------------------------------------------------------------------

void DrawInstitutionSections(AppState& app, const EntityFacts& facts);
void DrawReformSections(AppState& app, const EntityFacts& facts);
void DrawPersonSections(AppState& app, const EntityFacts& facts);
void DrawQuoteSections(AppState& app, const EntityFacts& facts);
void DrawEventSections(AppState& app, const EntityFacts& facts);
void DrawMetricSections(AppState& app, const EntityFacts& facts);
void DrawSourceSections(AppState& app, const EntityFacts& facts);
// Everything the item is linked to, grouped by relation ("leads", "changed by"), each a link: the
// network's view of it, for every kind.
void DrawConnections(AppState& app, const EntityFacts& facts);

} // namespace polity::ui
