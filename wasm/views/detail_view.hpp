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

// What the panel shows for one entity, gathered once when the selection changes: the queries
// walk every relation, too slow to repeat each frame on a large dataset.
struct DetailFacts {
    Index item = kNone;                 // the entity these facts are about
    std::vector<std::size_t> relations; // RelationsOf(item)
    std::vector<ChangeRef> changes;     // ChangesTo (institution) or WhatChanged (reform)
    std::vector<Index> reforms;         // related reforms
    std::vector<Index> institutions;    // related institutions
    std::vector<Index> people;          // people who speak for it / are linked to it
    std::vector<Index> quotes;          // their quotes, or quotes about it
    std::vector<Index> metrics;         // figures that measure it
    std::vector<Index> events;          // related events
    std::vector<Index> cited_by;        // for a source: what cites it
    std::vector<ConnectionGroup> connected; // its neighbourhood, grouped by relation ("Connected to")
    Index enacted_by = kNone;           // for a reform: the event that enacted it that day
};
DetailFacts GatherFacts(const AppState& app, Index item);

struct DetailView {
    DetailFacts facts;                  // for app.current.item, refreshed when it changes
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

void DrawInstitutionSections(AppState& app, const DetailFacts& facts);
void DrawReformSections(AppState& app, const DetailFacts& facts);
void DrawPersonSections(AppState& app, const DetailFacts& facts);
void DrawQuoteSections(AppState& app, const DetailFacts& facts);
void DrawEventSections(AppState& app, const DetailFacts& facts);
void DrawMetricSections(AppState& app, const DetailFacts& facts);
void DrawSourceSections(AppState& app, const DetailFacts& facts);
// Everything the item is linked to, grouped by relation ("leads", "changed by"), each a link: the
// network's view of it, for every kind.
void DrawConnections(AppState& app, const DetailFacts& facts);

} // namespace polity::ui
