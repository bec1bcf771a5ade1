// Polity Explorer — interface words in English, Russian and Kazakh: the table behind Tr(), and
// the few words chosen by a value (kinds, relations, how a reform was adopted, language names).
//
// Index of this file
// [SECTION] Interface strings
// [SECTION] Words chosen by a value
// [SECTION] Filling in values
// [SECTION] Characters

#include "polity/i18n.hpp"

#include "utf8.hpp"

#include <algorithm>

namespace polity {

//-----------------------------------------------------------------------------
// [SECTION] Interface strings
// One row per UiString, in enum order (checked at compile time): English, Russian, Kazakh.
//-----------------------------------------------------------------------------

namespace {

int Slot(Lang lang) { return static_cast<int>(lang); }

struct UiRow {
    UiString id;
    const char* text[kLangCount];
};

constexpr UiRow kUiStrings[] = {
    {UiString::Overview, {"Overview", "Обзор", "Шолу"}},
    {UiString::Institutions, {"Institutions", "Институты", "Институттар"}},
    {UiString::Reforms, {"Reforms", "Реформы", "Реформалар"}},
    {UiString::Timeline, {"Timeline", "Хронология", "Хронология"}},
    {UiString::Network, {"Network", "Связи", "Байланыстар"}},
    {UiString::Figures, {"Figures", "Цифры", "Сандар"}},
    {UiString::Quotes, {"Quotes", "Цитаты", "Дәйексөздер"}},
    {UiString::Sources, {"Sources", "Источники", "Дереккөздер"}},
    {UiString::Search, {"Search", "Поиск", "Іздеу"}},
    {UiString::People, {"People", "Люди", "Тұлғалар"}},
    {UiString::Events, {"Events", "События", "Оқиғалар"}},
    {UiString::Back, {"Back", "Назад", "Артқа"}},
    {UiString::Forward, {"Forward", "Вперёд", "Алға"}},
    {UiString::SearchPlaceholder, {"Search\u2026", "Поиск\u2026", "Іздеу\u2026"}},
    {UiString::NoResults, {"No results", "Ничего не найдено", "Ештеңе табылмады"}},
    {UiString::Loading, {"Loading\u2026", "Загрузка\u2026", "Жүктелуде\u2026"}},
    {UiString::LoadFailed, {"Could not load the dataset", "Не удалось загрузить данные", "Деректерді жүктеу мүмкін болмады"}},
    {UiString::Contents, {"Contents", "Содержание", "Мазмұны"}},
    // The menu of the views that do not fit in article mode's row of tabs: short, as the row
    // must hold it and two tabs at 320 pixels ("Басқа", "other [sections]").
    {UiString::More, {"More", "Ещё", "Басқа"}},
    {UiString::WhatChanged, {"What changed", "Что изменилось", "Не өзгерді"}},
    {UiString::Topic, {"Topic", "Тема", "Тақырып"}},
    {UiString::Before, {"Before", "До", "Бұрын"}},
    {UiString::After, {"After", "После", "Кейін"}},
    // A reform or a constitution is the subject: both feminine in Russian ("реформа принята").
    {UiString::Adopted, {"Adopted", "Принята", "Қабылданды"}},
    {UiString::AdoptedByReferendum, {"Adopted by referendum", "Принята на референдуме", "Референдумда қабылданды"}},
    {UiString::AdoptedByLaw, {"Adopted by law", "Принята законом", "Заңмен қабылданды"}},
    {UiString::AdoptedByDecree, {"Adopted by decree", "Введена указом", "Жарлықпен енгізілді"}},
    {UiString::AdoptedByAmendment, {"Adopted by amendment", "Принята в виде поправки", "Түзету ретінде қабылданды"}},
    {UiString::Source, {"Source", "Источник", "Дереккөз"}},
    {UiString::Role, {"Role", "Роль", "Рөлі"}},
    {UiString::Founded, {"Founded", "Дата основания", "Құрылған"}},
    {UiString::Date, {"Date", "Дата", "Күні"}},
    {UiString::Related, {"Related", "Связанное", "Байланысты"}},
    {UiString::Value, {"Value", "Значение", "Мәні"}},
    {UiString::When, {"When", "Когда", "Қашан"}},
    {UiString::Note, {"Note", "Примечание", "Ескертпе"}},
    {UiString::Unit, {"Unit", "Единица измерения", "Өлшем бірлігі"}},
    {UiString::Translation, {"Translation", "Перевод", "Аударма"}},
    {UiString::Original, {"Original", "Оригинал", "Түпнұсқа"}},
    {UiString::OriginalLanguage, {"Original language", "Язык оригинала", "Түпнұсқа тілі"}},
    {UiString::LanguageEnglish, {"English", "английский", "ағылшын тілі"}},
    {UiString::LanguageRussian, {"Russian", "русский", "орыс тілі"}},
    {UiString::LanguageKazakh, {"Kazakh", "казахский", "қазақ тілі"}},
    {UiString::DataChecked, {"Data checked", "Данные проверены", "Деректер тексерілді"}},
    {UiString::Licence, {"Licence", "Лицензия", "Лицензия"}},
    // The widget's buttons, section labels and notes
    {UiString::Close, {"Close", "Закрыть", "Жабу"}},
    {UiString::Fit, {"Fit", "Показать всё", "Барлығын көрсету"}},
    {UiString::Open, {"Open", "Открыть", "Ашу"}},
    {UiString::OpenSource, {"Open the source", "Открыть источник", "Дереккөзді ашу"}},
    {UiString::Explore, {"Explore", "Разделы", "Бөлімдер"}},
    {UiString::InFigures, {"In figures", "В цифрах", "Сандармен"}},
    {UiString::Themes, {"Themes", "Темы", "Тақырыптар"}},
    {UiString::Links, {"Links", "Связи", "Байланыстар"}},
    {UiString::All, {"all", "все", "барлығы"}},
    {UiString::NotStated, {"(not stated in the sources)", "(в источниках не указано)", "(дереккөздерде көрсетілмеген)"}},
    // {1} where the change starts, {2} where it ends, each in the form its place needs
    // (ChangePhrase): ru "с примерно 50 % до 20 %"; kk "1 800-ден 7 000-ға дейін", the cases
    // on the figures themselves.
    {UiString::UpFrom, {"up from {1} to {2}", "рост с {1} до {2}", "{1} {2} дейін өсті"}},
    {UiString::DownFrom, {"down from {1} to {2}", "снижение с {1} до {2}", "{1} {2} дейін азайды"}},
    {UiString::PeopleWhoSpeak, {"People who speak for it", "Кто говорит от его имени", "Оның атынан сөйлейтіндер"}},
    {UiString::InstitutionsTouched, {"Institutions touched", "Затронутые институты", "Қамтылған институттар"}},
    {UiString::Roles, {"Roles", "Должности", "Лауазымдары"}},
    {UiString::Context, {"Context", "Контекст", "Мәнмәтін"}},
    {UiString::AboutWhom, {"About", "О ком и о чём", "Кім және не туралы"}},
    {UiString::PartOf, {"Part of", "Входит в", "Құрамында"}},
    {UiString::Measures, {"Measures", "Что измеряет", "Нені өлшейді"}},
    {UiString::Excerpt, {"Excerpt", "Выдержка", "Үзінді"}},
    {UiString::CitedFor, {"Cited for", "На него ссылаются", "Оған сілтеме жасайтындар"}},
    {UiString::Institution, {"Institution", "Институт", "Институт"}},
    {UiString::AndMore, {"and {1} more", "и ещё {1}", "тағы {1}"}},
    {UiString::EmptyView, {"Nothing to show here in this dataset.", "В этих данных здесь нечего показать.",
                           "Бұл деректерде мұнда көрсететін ештеңе жоқ."}},
    {UiString::PleaseWait, {"Please wait.", "Пожалуйста, подождите.", "Күте тұрыңыз."}},
    {UiString::Hint, {"hint", "подсказка", "кеңес"}},
    {UiString::DataWarnings, {"Data warnings: {1}", "Предупреждения о данных: {1}", "Деректер туралы ескертулер: {1}"}},
    {UiString::Problems, {"Problems: {1}", "Ошибки: {1}", "Қателер: {1}"}},
    {UiString::Results, {"Results: {1}", "Найдено: {1}", "Табылды: {1}"}},
    {UiString::SearchHint, {"Type in the search box, or pick a kind, theme or years.",
                            "Введите запрос в поле поиска или выберите тип, тему или годы.",
                            "Іздеу жолына сөз жазыңыз немесе түрін, тақырыбын не жылдарын таңдаңыз."}},
    {UiString::YearFrom, {"from", "с", "басы"}},
    {UiString::YearTo, {"to", "по", "соңы"}},
    {UiString::YearHint, {"year", "год", "жыл"}},
    {UiString::ItemsHere, {"Items here: {1}. Click or scroll to zoom in.",
                           "Здесь записей: {1}. Щёлкните или прокрутите, чтобы приблизить.",
                           "Мұнда жазба саны: {1}. Жақындату үшін басыңыз не айналдырыңыз."}},
    {UiString::FirstOfShown, {"The first {1} of {2} are shown here.", "Здесь показаны первые {1} из {2}.",
                              "Мұнда {2} ішінен алғашқы {1} көрсетілген."}},
    {UiString::ShowAll, {"Show all", "Показать все", "Барлығын көрсету"}},
    {UiString::ShowingOf, {"Showing {1} of {2}, around the best-connected. Search finds the others.",
                           "Показано {1} из {2} — вокруг самых связанных. Остальные найдёт поиск.",
                           "{2} ішінен {1} көрсетілді — ең көп байланысқандардың маңында. Қалғандарын іздеу табады."}},
    // Ctrl + wheel zooms everywhere; a plain wheel only on the hosted page (in an article it
    // scrolls the article), so the hints name the one that always works.
    {UiString::TimelineHint, {"Ctrl + scroll, pinch or +/- to zoom; drag or \u2190/\u2192 to move; click or Enter for details.",
                              "Масштаб: Ctrl + колесо, два пальца или +/-; сдвиг: перетаскивание или \u2190/\u2192; "
                              "подробности: щелчок или Enter.",
                              "Масштаб: Ctrl + дөңгелек, екі саусақ не +/-; жылжыту: сүйреу не \u2190/\u2192; "
                              "толығырақ: басу не Enter."}},
    {UiString::NetworkHint, {"Hover or Tab to see links; click or Enter for details; drag to move; "
                             "Ctrl + scroll, pinch or +/- to zoom.",
                             "Связи: наведите курсор или нажмите Tab; подробности: щелчок или Enter; "
                             "сдвиг: перетаскивание; масштаб: Ctrl + колесо, два пальца или +/-.",
                             "Байланыстар: меңзерді апарыңыз не Tab басыңыз; толығырақ: басу не Enter; "
                             "жылжыту: сүйреу; масштаб: Ctrl + дөңгелек, екі саусақ не +/-."}},
    {UiString::TimelineTouchHint, {"Tap a mark for details; pinch to zoom.",
                                   "Подробности — касанием отметки, масштаб — двумя пальцами.",
                                   "Толығырақ — белгіні түртіңіз, масштаб — екі саусақпен."}},
    {UiString::NetworkTouchHint, {"Tap a name for its links; pinch to zoom.",
                                  "Связи — касанием названия, масштаб — двумя пальцами.",
                                  "Байланыстар — атауды түртіңіз, масштаб — екі саусақпен."}},
    {UiString::ConnectedTo, {"Connected to", "Связи", "Байланыстары"}},
    {UiString::SameDay, {"The same day", "В тот же день", "Сол күні"}},
    {UiString::LayingOutNetwork, {"Laying out the network: {1}%", "Строится схема связей: {1}\u00a0%",
                                  "Байланыстар сызбасы құрылуда: {1}\u00a0%"}},
    {UiString::LinksDrawnOf, {"Links drawn: {1} of {2}.", "Показано связей: {1} из {2}.",
                              "Көрсетілген байланыстар: {2} ішінен {1}."}},
    // The network leaves kinds out only where the canvas cannot name every node (network_view.cpp).
    {UiString::NetworkWithoutFigures, {"Figures are left out to fit this screen; every item's details list its links.",
                                       "Чтобы схема поместилась на экране, цифры не показаны; все связи элемента — "
                                       "в его подробностях.",
                                       "Сызба экранға сыюы үшін сандар көрсетілмеді; әр элементтің барлық байланысы "
                                       "оның толық мәліметінде."}},
    {UiString::NetworkWithoutFiguresEvents, {"Figures and events are left out to fit this screen; every item's details "
                                             "list its links.",
                                             "Чтобы схема поместилась на экране, цифры и события не показаны; все связи "
                                             "элемента — в его подробностях.",
                                             "Сызба экранға сыюы үшін сандар мен оқиғалар көрсетілмеді; әр элементтің "
                                             "барлық байланысы оның толық мәліметінде."}},
    {UiString::Language, {"Language", "Язык", "Тіл"}},
    {UiString::InteractiveVersion, {"Interactive version (needs JavaScript)", "Интерактивная версия (нужен JavaScript)",
                                    "Интерактивті нұсқа (JavaScript қажет)"}},
    // Quotation marks as each language prints them: “…” in English, «…» in Russian and Kazakh.
    {UiString::Quoted, {"\u201C{1}\u201D", "\u00AB{1}\u00BB", "\u00AB{1}\u00BB"}},
    // Downloads
    {UiString::Download, {"Download", "Скачать", "Жүктеп алу"}},
    {UiString::DownloadCsv, {"Data of this view (CSV)", "Данные этого раздела (CSV)", "Осы бөлімнің деректері (CSV)"}},
    {UiString::DownloadJson, {"Whole dataset (JSON)", "Весь набор данных (JSON)", "Бүкіл деректер жинағы (JSON)"}},
    {UiString::DownloadPng, {"Picture of this view (PNG)", "Картинка этого раздела (PNG)", "Осы бөлімнің суреті (PNG)"}},
    {UiString::DownloadPngSocial, {"Picture for social media (1200 \u00D7 675)", "Картинка для соцсетей (1200 \u00D7 675)",
                                   "Әлеуметтік желілерге арналған сурет (1200 \u00D7 675)"}},
    {UiString::DownloadPngPortrait, {"Portrait picture (1080 \u00D7 1350)", "Вертикальная картинка (1080 \u00D7 1350)",
                                     "Тік сурет (1080 \u00D7 1350)"}},
    {UiString::PictureSaved, {"Saved {1}", "Сохранено {1}", "Сақталды: {1}"}},
    // Under a picture that holds only the start of a long view.
    {UiString::PictureMore, {"More in the interactive version", "Продолжение — в интерактивной версии",
                             "Жалғасы интерактивті нұсқада"}},
    {UiString::Credit, {"Credit", "Авторы", "Авторлары"}},
    {UiString::Dataset, {"Dataset", "Набор данных", "Деректер жинағы"}},
    // Over the timeline and network in an article, the wheel and one finger scroll the article.
    {UiString::WheelZoomHint, {"{1} + scroll to zoom", "Чтобы изменить масштаб, прокручивайте с нажатой клавишей {1}",
                               "Масштабын өзгерту үшін {1} пернесін басып тұрып айналдырыңыз"}},
    {UiString::TwoFingersHint, {"Use two fingers to move and zoom", "Перемещайте и масштабируйте двумя пальцами",
                                "Жылжыту және масштабтау үшін екі саусақты қолданыңыз"}},
    // The credit line under the explorer, as news graphics print it.
    {UiString::Graphic, {"Graphic", "Графика", "Графика"}},
    {UiString::GetTheData, {"Get the data", "Скачать данные", "Деректерді жүктеп алу"}},
    {UiString::Picture, {"Picture", "Картинка", "Сурет"}},
    // Column headings of the data tables. Headings, not sentences: nominative nouns, capitalised.
    // Ids are the dataset's own, a key for joining tables; "ID" reads as jargon in ru and kk.
    {UiString::ColumnId, {"ID", "Идентификатор", "Идентификатор"}},
    {UiString::ColumnKind, {"Kind", "Тип", "Түрі"}},
    {UiString::ColumnName, {"Name", "Название", "Атауы"}},
    {UiString::ColumnEndDate, {"End date", "Дата окончания", "Аяқталу күні"}},
    {UiString::ColumnDescription, {"Description", "Описание", "Сипаттамасы"}},
    {UiString::ColumnShortName, {"Short name", "Краткое название", "Қысқаша атауы"}},
    {UiString::ColumnCategory, {"Category", "Категория", "Санаты"}},
    // The cells say "Adopted by referendum" (AdoptedByString), so the heading asks "how".
    {UiString::ColumnAdoptedBy, {"How adopted", "Как принята", "Қалай қабылданды"}},
    {UiString::ColumnReform, {"Reform", "Реформа", "Реформа"}},
    {UiString::ColumnSaidBy, {"Said by", "Автор", "Айтқан адам"}},
    {UiString::ColumnLatestValue, {"Latest value", "Последнее значение", "Соңғы мәні"}},
    {UiString::ColumnLatestDate, {"Date of latest value", "Дата последнего значения", "Соңғы мәннің күні"}},
    {UiString::ColumnPublisher, {"Publisher", "Издатель", "Жариялаушы"}},
    {UiString::ColumnPlace, {"Place", "Место", "Орны"}},
    {UiString::ColumnUrl, {"URL", "Ссылка", "Сілтеме"}},
    {UiString::ColumnSourceLinks, {"Source links", "Ссылки на источники", "Дереккөз сілтемелері"}},
    {UiString::ColumnReformId, {"Reform ID", "Идентификатор реформы", "Реформа идентификаторы"}},
    {UiString::ColumnInstitutionId, {"Institution ID", "Идентификатор института", "Институт идентификаторы"}},
    {UiString::ColumnFigure, {"Figure", "Показатель", "Көрсеткіш"}},
    {UiString::ColumnFigureId, {"Figure ID", "Идентификатор показателя", "Көрсеткіш идентификаторы"}},
    {UiString::ColumnSubjectId, {"Subject ID", "Идентификатор объекта измерения", "Өлшенетін нысан идентификаторы"}},
    {UiString::ColumnNumber, {"Number", "Число", "Сан"}},
    // A relation row reads as a phrase: "Senate | part of | Parliament", "Сенат | входит в состав: | Парламент".
    {UiString::ColumnFrom, {"From", "Объект", "Нысан"}},
    {UiString::ColumnRelation, {"Relation", "Связь", "Байланыс"}},
    {UiString::ColumnTo, {"To", "Связанный объект", "Байланысты нысан"}},
    {UiString::ColumnFromId, {"From ID", "Идентификатор объекта", "Нысан идентификаторы"}},
    {UiString::ColumnToId, {"To ID", "Идентификатор связанного объекта", "Байланысты нысан идентификаторы"}},
    {UiString::DownloadingFile, {"Downloading {1}", "Загрузка {1}", "{1} жүктелуде"}},
    {UiString::DownloadingSoFar, {"Downloading {1}: {2}", "Загрузка {1}: {2}", "{1} жүктелуде: {2}"}},
    {UiString::DownloadingOf, {"Downloading {1}: {2} of {3}", "Загрузка {1}: {2} из {3}",
                               "{1} жүктелуде: {3} ішінен {2}"}},
    {UiString::Kilobytes, {"{1} KB", "{1} КБ", "{1} КБ"}},
    {UiString::CouldNotDownload, {"Could not download {1}: {2}.", "Не удалось скачать {1}: {2}.",
                                  "{1} жүктеп алу мүмкін болмады: {2}."}},
    {UiString::ServerAnswered, {"the server answered {1}", "сервер ответил {1}", "сервер {1} деп жауап берді"}},
    {UiString::NetworkError, {"network error (the address may be wrong, or the server unreachable)",
                              "ошибка сети (возможно, адрес неверен или сервер недоступен)",
                              "желі қатесі (мекенжай қате немесе сервер қолжетімсіз болуы мүмкін)"}},
    {UiString::NoDataFor, {"no data arrived for {1} s", "данные не поступали {1} с", "{1} с бойы деректер келмеді"}},
    {UiString::TooLarge, {"The dataset is larger than 64 MiB, the most the explorer reads.",
                          "Набор данных больше 64 МиБ — больше, чем может прочитать обозреватель.",
                          "Деректер жинағы 64 МиБ-тан үлкен: шолғыш мұнан үлкенін оқи алмайды."}},
    {UiString::NoMemory, {"There is not enough memory to open this dataset.",
                          "Недостаточно памяти, чтобы открыть этот набор данных.",
                          "Бұл деректер жинағын ашуға жад жеткіліксіз."}},
    {UiString::DatasetHasErrors, {"The dataset {1} has errors.", "В наборе данных {1} есть ошибки.",
                                  "{1} деректер жинағында қателер бар."}},
    // Kinds of entity
    {UiString::KindInstitution, {"institution", "институт", "институт"}},
    {UiString::KindReform, {"reform", "реформа", "реформа"}},
    {UiString::KindEvent, {"event", "событие", "оқиға"}},
    {UiString::KindPerson, {"person", "человек", "тұлға"}},
    {UiString::KindQuote, {"quote", "цитата", "дәйексөз"}},
    {UiString::KindMetric, {"figure", "показатель", "көрсеткіш"}},
    {UiString::KindSource, {"source", "источник", "дереккөз"}},
    // Relations. A phrase is followed by one entity's name of any gender, so Russian uses
    // present-tense verbs, nouns or impersonal forms with a colon ("создано:"), never a
    // past-tense verb that would have to agree; Kazakh verbs do not agree in gender.
    {UiString::RelCreated, {"created", "создано:", "құрды:"}},
    {UiString::RelCreatedBy, {"created by", "создатель:", "құрған:"}},
    {UiString::RelChanged, {"changed", "изменено:", "өзгертті:"}},
    {UiString::RelChangedBy, {"changed by", "изменено в результате:", "өзгерткен:"}},
    {UiString::RelEnacted, {"enacted", "принято:", "қабылдады:"}},
    {UiString::RelEnactedBy, {"enacted by", "кем принято:", "қабылдаған:"}},
    {UiString::RelLeads, {"leads", "руководит:", "басқарады:"}},
    {UiString::RelLedBy, {"led by", "руководитель:", "басшысы:"}},
    {UiString::RelMemberOf, {"member of", "входит в:", "мүшесі:"}},
    {UiString::RelHasMember, {"has member", "в составе:", "мүшелері:"}},
    {UiString::RelInitiated, {"initiated", "инициировано:", "бастамашылық етті:"}},
    {UiString::RelInitiatedBy, {"initiated by", "инициатор:", "бастамашысы:"}},
    {UiString::RelPartOf, {"part of", "входит в состав:", "құрамына кіреді:"}},
    {UiString::RelIncludes, {"includes", "включает:", "қамтиды:"}},
    {UiString::RelRepresentedIn, {"represented in", "представительство в:", "өкілдігі бар:"}},
    {UiString::RelHasRepresentatives, {"has representatives of", "представители:", "өкілдері:"}},
    {UiString::RelSaid, {"said", "высказывание:", "айтқаны:"}},
    {UiString::RelSaidBy, {"said by", "автор:", "айтқан:"}},
    {UiString::RelMeasures, {"measures", "характеризует:", "сипаттайды:"}},
    {UiString::RelMeasuredBy, {"measured by", "показатели:", "көрсеткіштері:"}},
    {UiString::RelAbout, {"about", "касается:", "туралы:"}},
    {UiString::RelSubjectOf, {"subject of", "упоминается в:", "айтылады:"}},
    {UiString::RelRelated, {"related to", "см. также:", "байланысты:"}},
};

constexpr bool RowsInEnumOrder() {
    for (int k = 0; k < kUiStringCount; ++k)
        if (static_cast<int>(kUiStrings[k].id) != k) return false;
    return true;
}
static_assert(sizeof kUiStrings / sizeof kUiStrings[0] == kUiStringCount, "one row per UiString");
static_assert(RowsInEnumOrder(), "kUiStrings rows must follow the UiString order");

} // namespace

const char* Tr(UiString id, Lang lang) {
    const int k = static_cast<int>(id);
    if (k < 0 || k >= kUiStringCount) return "";
    const char* text = kUiStrings[k].text[Slot(lang)];
    return text && *text ? text : kUiStrings[k].text[Slot(Lang::En)];
}

//-----------------------------------------------------------------------------
// [SECTION] Words chosen by a value
//-----------------------------------------------------------------------------

UiString AdoptedByString(std::string_view adopted_by) {
    if (adopted_by == "referendum") return UiString::AdoptedByReferendum;
    if (adopted_by == "law") return UiString::AdoptedByLaw;
    if (adopted_by == "decree") return UiString::AdoptedByDecree;
    if (adopted_by == "amendment") return UiString::AdoptedByAmendment;
    return UiString::Adopted;
}

std::string LanguageName(std::string_view code, Lang lang) {
    if (code == "en") return Tr(UiString::LanguageEnglish, lang);
    if (code == "ru") return Tr(UiString::LanguageRussian, lang);
    if (code == "kk") return Tr(UiString::LanguageKazakh, lang);
    return std::string(code);
}

const char* LangEndonym(Lang lang) {
    switch (lang) {
    case Lang::Ru: return "Русский";
    case Lang::Kk: return "Қазақша";
    case Lang::En: break;
    }
    return "English";
}

const char* KindLabel(Kind kind, Lang lang) {
    const int k = static_cast<int>(kind);
    if (k < 0 || k >= kKindCount) return "";
    return Tr(static_cast<UiString>(static_cast<int>(UiString::KindInstitution) + k), lang);
}

// The Rel* rows come in pairs in RelationType order (outgoing, incoming), then RelRelated.
const char* RelationPhrase(RelationType type, bool outgoing, Lang lang) {
    const int t = static_cast<int>(type);
    if (type == RelationType::Related || t < 0 || t >= kRelationTypeCount) return Tr(UiString::RelRelated, lang);
    return Tr(static_cast<UiString>(static_cast<int>(UiString::RelCreated) + 2 * t + (outgoing ? 0 : 1)), lang);
}
static_assert(static_cast<int>(UiString::RelSubjectOf) - static_cast<int>(UiString::RelCreated) ==
                  2 * static_cast<int>(RelationType::About) + 1,
              "two Rel* rows per relation type, in RelationType order");
static_assert(static_cast<int>(UiString::KindSource) - static_cast<int>(UiString::KindInstitution) == kKindCount - 1,
              "one Kind* row per kind, in Kind order");

// The categories newsroom datasets use most (the shipped one uses all of these); a table here
// rather than in each dataset, so a category means the same in every explorer.
namespace {
struct CategoryRow {
    const char* id;
    const char* text[kLangCount];
};
constexpr CategoryRow kCategories[] = {
    {"academy", {"academy", "академия", "академия"}},
    {"agency", {"agency", "агентство", "агенттік"}},
    {"assembly", {"assembly", "ассамблея", "ассамблея"}},
    {"commission", {"commission", "комиссия", "комиссия"}},
    {"council", {"council", "совет", "кеңес"}},
    {"court", {"court", "суд", "сот"}},
    {"government", {"government", "правительство", "үкімет"}},
    {"head-of-state", {"head of state", "глава государства", "мемлекет басшысы"}},
    {"human-rights-institution", {"human rights institution", "правозащитный институт", "құқық қорғау институты"}},
    {"judicial-council", {"judicial council", "судебный совет", "сот кеңесі"}},
    {"legislature", {"legislature", "законодательная власть", "заң шығарушы билік"}},
    {"ministry", {"ministry", "министерство", "министрлік"}},
    {"ombudsman", {"ombudsman", "омбудсмен", "омбудсмен"}},
    {"parliamentary-group", {"parliamentary group", "депутатская группа", "депутаттық топ"}},
    {"party", {"party", "партия", "партия"}},
    {"prosecutor", {"prosecutor's office", "прокуратура", "прокуратура"}},
    {"research-institute", {"research institute", "научно-исследовательский институт", "ғылыми-зерттеу институты"}},
};
} // namespace

std::string CategoryLabel(std::string_view category, Lang lang) {
    for (const CategoryRow& row : kCategories)
        if (category == row.id) return row.text[Slot(lang)];
    std::string out(category);
    std::replace(out.begin(), out.end(), '-', ' ');
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Filling in values
//-----------------------------------------------------------------------------

std::string FillIn(std::string_view pattern, const std::vector<std::string>& values) {
    std::string out;
    for (std::size_t k = 0; k < pattern.size(); ++k) {
        const bool marker = pattern[k] == '{' && k + 2 < pattern.size() && pattern[k + 2] == '}' &&
                            pattern[k + 1] >= '1' && pattern[k + 1] <= '9';
        const std::size_t slot = marker ? static_cast<std::size_t>(pattern[k + 1] - '1') : 0;
        if (marker && slot < values.size()) {
            out += values[slot];
            k += 2;
        } else {
            out += pattern[k];
        }
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Characters
//-----------------------------------------------------------------------------

std::vector<char32_t> InterfaceCharacters() {
    // The alphabets (Kazakh's own letters after Russian's) and the marks figures, dates and
    // quotes are written with: no-break space, « » “ ” ‘ ’ – — … · • № ₸ % ← → ↑ ↓ › ‹ × ✓.
    std::string text = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
                       "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
                       "\u00A0«»“”‘’–—…·•№₸←→↑↓›‹×✓";
    for (int lang = 0; lang < kLangCount; ++lang) {
        for (const UiRow& row : kUiStrings)
            if (row.text[lang]) text += row.text[lang];
        for (const CategoryRow& row : kCategories) text += row.text[lang];
        for (int month = 1; month <= 12; ++month)
            text += FormatDate(Date{2000, static_cast<std::uint8_t>(month), 1}, static_cast<Lang>(lang)) + MonthName(month, static_cast<Lang>(lang));
        text += LangEndonym(static_cast<Lang>(lang));
    }
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < text.size();) {
        std::uint32_t cp = 0;
        const std::size_t length = static_cast<unsigned char>(text[i]) < 0x80 ? 0 : detail::DecodeUtf8(text, i, &cp);
        if (length > 0) out.push_back(cp);
        i += length > 0 ? length : 1;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace polity
