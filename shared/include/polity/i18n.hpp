// Polity Explorer — the interface languages: numbers, dates and interface words in English,
// Russian and Kazakh. Dataset texts are translated in the dataset itself (see Text in
// model.hpp); this file covers only what the program writes around them.
//
// Index of this file
// [SECTION] Interface languages
// [SECTION] Numbers
// [SECTION] Dates
// [SECTION] Interface strings
//
// Choices, so that every view and the HTML twin write the same thing:
// - Numbers: en "7,000" and "0.5"; ru and kk "7 000" and "0,5". The thousands separator is
//   U+00A0 NO-BREAK SPACE, as in CLDR for ru and kk and in Russian print practice (a space
//   that never breaks "7 000" across lines). The narrower U+202F is typographically finer but
//   missing from many fonts, including the widget's glyph ranges; U+00A0 renders everywhere.
// - Dates are labels (timeline rows, table cells), not running text: en "30 August 1995",
//   "June 2022", "1995"; ru "30 августа 1995" (genitive after a day), "июнь 2022" (nominative
//   without a day), "1995", with no "г."/"года" so that all three forms stay alike, as in
//   reference works; kk "30 тамыз 1995", "маусым 2022", "1995" (Kazakh month names do not
//   decline here; the official "1995 жылғы 30 тамыз" is longer than a label needs).
// - Qualified figures: en "nearly 7,000"; ru "почти 7 000"; kk puts the word after the number
//   with a case suffix that follows vowel harmony and the last spoken numeral word:
//   "шамамен 7 000" (about), "7 000-ға жуық" (nearly), "7 000-нан астам" (over),
//   "7 000-нан кем" (under); "800-ге жуық", "80-нен астам", "40-тан кем". Changes between two
//   figures are templates per language with each figure in the form its place needs (ChangePhrase).
#pragma once

#include "polity/model.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace polity {

//-----------------------------------------------------------------------------
// [SECTION] Interface languages
// The languages the program itself speaks. Dataset texts may be in any language; a reader
// asking for one the program does not speak gets English interface words.
//-----------------------------------------------------------------------------

enum class Lang : std::uint8_t { En, Ru, Kk };
inline constexpr int kLangCount = 3;

bool ParseLang(std::string_view code, Lang* out);  // "en", "ru", "kk"; false for anything else
Lang LangFromCode(std::string_view code);         // like ParseLang, but English for unknown codes
const char* LangCode(Lang lang);                  // "en", "ru", "kk"

//-----------------------------------------------------------------------------
// [SECTION] Numbers
// Independent of the C locale. At most two decimals, trailing zeros dropped.
//-----------------------------------------------------------------------------

// en "7,000", "0.5"; ru/kk "7 000" (U+00A0 between groups), "0,5". NaN gives "".
std::string FormatNumber(double value, Lang lang);

// A figure with the word the source used: en "nearly 7,000", ru "почти 7 000",
// kk "7 000-ға жуық". Qualifier::Exact gives the bare number. Units are the caller's.
std::string QualifiedNumber(double value, Qualifier qualifier, Lang lang);
inline std::string QualifiedNumber(const Observation& obs, Lang lang) { return QualifiedNumber(obs.value, obs.qualifier, lang); }
// The same figure after "from" ("down from about 50"): Russian "с" takes "примерно", "почти",
// "более чем", "менее чем" before a number ("снижение с примерно 50"; "с около 50" is not Russian).
std::string QualifiedNumberAfterFrom(double value, Qualifier qualifier, Lang lang);

// A change between two figures, each qualified as its source said it, in words each language
// reads as a sentence: en "up from 1,800 to nearly 7,000", "down from about 50% to 20%";
// ru "рост с 1 800 до почти 7 000", "снижение с примерно 50 % до 20 %" ("с около 50" is not
// Russian: after «с» a qualifier is an adverb); kk "1 800-ден 7 000-ға жуық деңгейге дейін
// өсті", "шамамен 50 %-дан 20 %-ға дейін азайды" (the case suffixes follow the last word spoken,
// "пайыз" after a percent sign). `percent`: the figures are percentages. "up" when `to` is not
// below `from`.
std::string ChangePhrase(const Observation& from, const Observation& to, bool percent, Lang lang);

//-----------------------------------------------------------------------------
// [SECTION] Dates
//-----------------------------------------------------------------------------

// A partial date as a label: en "30 August 1995", "June 2022", "1995"; an unset date gives "".
std::string FormatDate(Date date, Lang lang);
// A span: "2021–2024", "30 August 1995 – June 2022" (an en dash, spaced when the ends have
// spaces). An unset or equal end gives FormatDate(from).
std::string FormatDateSpan(Date from, Date to, Lang lang);
const char* MonthName(int month, Lang lang);      // 1..12, nominative ("июнь"); "" out of range
// A time axis tick (a TimeTick's numbers; 0 for no month or day). A year: "2018". A month: en
// "Jul 2018", ru "июль 2018", kk "2018 ж. шілде". A day: en "5 Jul", ru "5 июля", kk "5 шілде",
// or with the year when `with_year`: "5 Jul 2018", "5 июля 2018", "2018 ж. 5 шілде".
std::string FormatTick(int year, int month, int day, bool with_year, Lang lang);

//-----------------------------------------------------------------------------
// [SECTION] Interface strings
// Every word the widget and the HTML twin write themselves. Theme names, entity names and
// other dataset words are data, not here. The table is in i18n_strings.cpp. Counts are written
// as "Results: 5", never "5 results": Russian has three plural forms and Kazakh none after a
// numeral, and a label with a colon reads right in all three languages without them.
//-----------------------------------------------------------------------------

enum class UiString : std::uint16_t {
    // Views, also the section headings of the HTML twin
    Overview, Institutions, Reforms, Timeline, Network, Figures, Quotes, Sources, Search, People, Events,
    // Navigation and status
    Back, Forward, SearchPlaceholder, NoResults, Loading, LoadFailed, Contents, More,
    // Reforms and changes
    WhatChanged, Topic, Before, After, Adopted, AdoptedByReferendum, AdoptedByLaw, AdoptedByDecree,
    AdoptedByAmendment,
    // Entity fields
    Source, Role, Founded, Date, Related, Value, When, Note, Unit,
    // Quotes and languages
    Translation, Original, OriginalLanguage, LanguageEnglish, LanguageRussian, LanguageKazakh,
    // About the dataset
    DataChecked, Licence,
    // The widget's buttons, section labels and notes
    Close, Fit, Open, OpenSource, Explore, InFigures, Themes, Links, All, NotStated, UpFrom, DownFrom,
    PeopleWhoSpeak, InstitutionsTouched, Roles, Context, AboutWhom, PartOf, Measures, Excerpt, CitedFor,
    Institution, AndMore, EmptyView, PleaseWait, Hint, DataWarnings, Problems, Results, SearchHint,
    YearFrom, YearTo, YearHint, ItemsHere, FirstOfShown, ShowAll, ShowingOf, TimelineHint, NetworkHint,
    TimelineTouchHint, NetworkTouchHint,
    ConnectedTo, SameDay, LayingOutNetwork, LinksDrawnOf, NetworkWithoutFigures, NetworkWithoutFiguresEvents,
    Language, InteractiveVersion, Quoted,
    // Downloads
    Download, DownloadCsv, DownloadJson, DownloadPng, DownloadPngSocial, DownloadPngPortrait, PictureSaved,
    PictureMore, Credit, Dataset,
    // How to zoom and move the timeline and network inside an article ({1}: Ctrl or ⌘)
    WheelZoomHint, TwoFingersHint,
    // The credit line under the explorer: "Source: … · Graphic: … · Get the data: CSV · JSON · Picture"
    Graphic, GetTheData, Picture,
    // Column headings of the data tables (table.hpp); others reuse the words above
    ColumnId, ColumnKind, ColumnName, ColumnEndDate, ColumnDescription, ColumnShortName, ColumnCategory,
    ColumnAdoptedBy, ColumnReform, ColumnSaidBy, ColumnLatestValue, ColumnLatestDate, ColumnPublisher,
    ColumnPlace, ColumnUrl, ColumnSourceLinks, ColumnReformId, ColumnInstitutionId, ColumnFigure, ColumnFigureId,
    ColumnSubjectId, ColumnNumber, ColumnFrom, ColumnRelation, ColumnTo, ColumnFromId, ColumnToId,
    // Getting the dataset: progress, and why it did not arrive
    DownloadingFile, DownloadingSoFar, DownloadingOf, Kilobytes, CouldNotDownload, ServerAnswered, NetworkError,
    NoDataFor, TooLarge, NoMemory, DatasetHasErrors,
    // Kinds of entity, singular ("institution", "институт")
    KindInstitution, KindReform, KindEvent, KindPerson, KindQuote, KindMetric, KindSource,
    // Relations as read from one end: "created" from the reform, "created by" from the institution
    RelCreated, RelCreatedBy, RelChanged, RelChangedBy, RelEnacted, RelEnactedBy, RelLeads, RelLedBy,
    RelMemberOf, RelHasMember, RelInitiated, RelInitiatedBy, RelPartOf, RelIncludes, RelRepresentedIn,
    RelHasRepresentatives, RelSaid, RelSaidBy, RelMeasures, RelMeasuredBy, RelAbout, RelSubjectOf, RelRelated,
    Count_  // not a string: the number of entries
};
inline constexpr int kUiStringCount = static_cast<int>(UiString::Count_);

// The string in `lang`; English where a translation is missing. Never null; "" for Count_.
const char* Tr(UiString id, Lang lang);
// `pattern` with {1}, {2}, ... replaced by values[0], values[1], ...: word order differs between
// languages, so a translation may move a value. Unknown or malformed markers are kept as written.
std::string FillIn(std::string_view pattern, const std::vector<std::string>& values);
// The kind's name, singular and lower case: "figure" for Kind::Metric, "институт", "дереккөз".
const char* KindLabel(Kind kind, Lang lang);
// How a relation reads from one of its ends: "part of" (outgoing), "includes" (incoming).
const char* RelationPhrase(RelationType type, bool outgoing, Lang lang);
// An institution's category (a free word in the dataset: "court", "head-of-state") as readers
// say it: the common ones in each language, any other with its hyphens as spaces.
std::string CategoryLabel(std::string_view category, Lang lang);
// The language's own name for itself: "English", "Русский", "Қазақша".
const char* LangEndonym(Lang lang);
// "Adopted by referendum" for "referendum", likewise law, decree, amendment; else "Adopted".
UiString AdoptedByString(std::string_view adopted_by);
// The name of a language in `lang` ("Russian", "английский"); the code itself for languages
// without a name here ("uz").
std::string LanguageName(std::string_view code, Lang lang);

// Every character beyond ASCII that the program's own words may use, in any of its languages:
// the interface strings, categories, month names, the Russian and Kazakh alphabets (figures in
// Kazakh take suffixes) and the typographic marks. Ascending. A renderer that draws only the
// glyphs it needs asks for these, and for the dataset's own (Dataset::characters).
std::vector<char32_t> InterfaceCharacters();

} // namespace polity
