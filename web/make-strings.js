// Polity Explorer — every word of the "Make your own" page, in English, Russian and Kazakh,
// and the few functions that put them on the page. The diagnostics themselves are the polity
// command line's own words (English), written by the same C++; the page says so.
// Counts are written as "Errors: 3", never "3 errors", as in the widget (shared/include/polity/
// i18n.hpp): Russian has three plural forms and Kazakh none after a numeral.
//   {1}, {2}, ...   values, which a translation may move
//   data-i18n="key"                 the element's text (child elements with data-slot="n" are {n};
//                                   data-i18n-values='["a", "b"]' gives values to a message)
//   data-i18n-attr="attr:key,..."   attributes

export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'ru', name: 'Русский' },
  { code: 'kk', name: 'Қазақша' },
];

export const STRINGS = {
  // The page
  docTitle: ['Make your own explorer — Polity Explorer', 'Сделайте свой Polity Explorer',
    'Өз Polity Explorer-іңізді жасаңыз'],
  title: ['Make your own explorer', 'Сделайте свой Polity Explorer', 'Өз Polity Explorer-іңізді жасаңыз'],
  lede: ['Turn spreadsheet sheets into an explorer like the one in the article, in three steps. Everything ' +
    'happens in this browser: your sheets are never uploaded, and once loaded the page works offline too.',
  'Превратите листы таблицы в такой же интерактив, как в статье, за три шага. Всё происходит в этом ' +
    'браузере: листы никуда не отправляются, а загруженная страница работает и без интернета.',
  'Кесте парақтарын үш қадамда мақаладағыдай интерактивке айналдырыңыз. Барлығы осы браузерде ' +
    'орындалады: парақтарыңыз ешқайда жіберілмейді, ал жүктелген бет интернетсіз де жұмыс істейді.'],
  language: ['Language', 'Язык', 'Тіл'],
  skip: ['Skip to the steps', 'Перейти к шагам', 'Қадамдарға өту'],
  privacy: ['Nothing you add here leaves this browser.', 'Ничто из добавленного здесь не покидает этот браузер.',
    'Мұнда қосқан ештеңеңіз бұл браузерден шықпайды.'],
  cliWay: ['Prefer the command line? The same checks run in {1}.',
    'Удобнее командная строка? Те же проверки выполняет {1}.',
    'Командалық жол ыңғайлырақ па? Дәл осы тексерулерді {1} орындайды.'],

  // Step 1: sheets in
  step1: ['Bring your sheets', 'Добавьте листы', 'Парақтарды қосыңыз'],
  step1Intro: ['One CSV file per sheet, named as the templates are: meta.csv, sources.csv, people.csv… Any of ' +
    'them, in any order. A dataset file (.json) works too: it becomes sheets you can edit.',
  'По одному CSV-файлу на лист, названному как в шаблонах: meta.csv, sources.csv, people.csv… Любые из них, ' +
    'в любом порядке. Подойдёт и файл набора данных (.json): он превратится в листы, которые можно править.',
  'Әр параққа үлгілердегідей аталған бір CSV файлы: meta.csv, sources.csv, people.csv… Кез келгені, кез ' +
    'келген ретпен. Деректер жинағының файлы (.json) да жарайды: ол өңдеуге болатын парақтарға айналады.'],
  dropHere: ['Drop CSV sheets or a .json dataset here', 'Перетащите сюда CSV-листы или набор данных .json',
    'CSV парақтарын немесе .json деректер жинағын осында сүйреп әкеліңіз'],
  dropNow: ['Drop the files to add them', 'Отпустите файлы, чтобы добавить их', 'Файлдарды қосу үшін жіберіңіз'],
  chooseFiles: ['Choose files', 'Выбрать файлы', 'Файлдарды таңдау'],
  startFrom: ['No sheets yet? Download {1} or {2}, or {3}.', 'Листов ещё нет? Скачайте {1} или {2} — или {3}.',
    'Парақтар әлі жоқ па? {1} не {2} жүктеп алыңыз, немесе {3}.'],
  templatesZip: ['the blank templates (ZIP)', 'пустые шаблоны (ZIP)', 'бос үлгілерді (ZIP)'],
  articleZip: ["the article's sheets (ZIP)", 'листы из статьи (ZIP)', 'мақаланың парақтарын (ZIP)'],
  tryArticle: ["open the article's sheets right here", 'откройте листы статьи прямо здесь',
    'мақаланың парақтарын осы жерде ашыңыз'],
  urlHeading: ['Or a sheet published as CSV', 'Или лист, опубликованный в формате CSV',
    'Немесе CSV пішімінде жарияланған парақ'],
  urlHelp: ['In Google Sheets: File → Share → Publish to the web, choose the tab and “Comma-separated values ' +
    '(.csv)”, then copy the link. Each tab has its own link.',
  'В Google Таблицах: Файл → Поделиться → Опубликовать в интернете, выберите лист и формат CSV, затем ' +
    'скопируйте ссылку. У каждого листа своя ссылка.',
  'Google Sheets-те: Файл → Бөлісу → Интернетте жариялау, парақты және CSV пішімін таңдап, сілтемені ' +
    'көшіріңіз. Әр парақтың өз сілтемесі бар.'],
  urlLabel: ['Address of the published sheet', 'Адрес опубликованного листа', 'Жарияланған парақтың мекенжайы'],
  urlSheet: ['Which sheet it is', 'Какой это лист', 'Бұл қай парақ'],
  urlFetch: ['Fetch', 'Загрузить', 'Жүктеу'],
  urlFetching: ['Fetching {1}…', 'Загрузка {1}…', '{1} жүктелуде…'],
  urlFetched: ['{1} came from {2}.', 'Лист {1} загружен с {2}.', '{1} парағы {2} сайтынан жүктелді.'],
  urlMissing: ['Give the address of a published sheet.', 'Укажите адрес опубликованного листа.',
    'Жарияланған парақтың мекенжайын көрсетіңіз.'],
  urlBad: ['“{1}” is not an http(s) address.', '«{1}» — не адрес http(s).', '«{1}» — http(s) мекенжайы емес.'],
  urlNoCors: ['{1} does not let this page read the sheet: its server sends no CORS permission ' +
    '(Access-Control-Allow-Origin), or it could not be reached. Download the sheet as CSV and drop it here instead.',
  '{1} не позволяет этой странице прочитать лист: сервер не даёт разрешения CORS (Access-Control-Allow-Origin) ' +
    'или недоступен. Скачайте лист в формате CSV и перетащите его сюда.',
  '{1} бұл бетке парақты оқуға мүмкіндік бермейді: оның сервері CORS рұқсатын (Access-Control-Allow-Origin) ' +
    'жібермейді немесе оған қосылу мүмкін болмады. Парақты CSV пішімінде жүктеп алып, осында сүйреп әкеліңіз.'],
  urlHttp: ['{1} answered {2}: check the address.', '{1} ответил {2}: проверьте адрес.',
    '{1} {2} деп жауап берді: мекенжайды тексеріңіз.'],
  urlTimeout: ['{1} did not answer within 30 seconds.', '{1} не ответил за 30 секунд.',
    '{1} 30 секунд ішінде жауап бермеді.'],
  urlTooLarge: ['The sheet is larger than 64 MiB, the most this page reads.',
    'Лист больше 64 МиБ — это больше, чем читает страница.',
    'Парақ 64 МиБ-тан үлкен, бұл бет оқи алатыннан көп.'],
  sheetsHeading: ['Your sheets', 'Ваши листы', 'Сіздің парақтарыңыз'],
  sheetNotGiven: ['not added', 'не добавлен', 'қосылмаған'],
  rows: ['Rows: {1}', 'Строк: {1}', 'Жолдар: {1}'],
  fromPaste: ['pasted cells', 'вставленные ячейки', 'қойылған ұяшықтар'],
  fromUrl: ['from {1}', 'с {1}', '{1} сайтынан'],
  fromDataset: ['from {1}', 'из {1}', '{1} ішінен'],
  notASheet: ['not a sheet of the dataset', 'не лист набора данных', 'деректер жинағының парағы емес'],
  secondFile: ['a second file for {1}', 'второй файл для {1}', '{1} үшін екінші файл'],
  pasteCells: ['Paste cells', 'Вставить ячейки', 'Ұяшықтарды қою'],
  editCells: ['Edit cells', 'Править ячейки', 'Ұяшықтарды өңдеу'],
  remove: ['Remove', 'Убрать', 'Алып тастау'],
  removeFile: ['Remove {1}', 'Убрать {1}', '{1} алып тастау'],
  fetchAgain: ['Fetch again', 'Загрузить снова', 'Қайта жүктеу'],
  pasteLabel: ['Cells of {1}, copied from a spreadsheet with row 1 (the column names)',
    'Ячейки листа {1}, скопированные из таблицы вместе со строкой 1 (названиями столбцов)',
    'Кестеден 1-жолымен (баған атауларымен) бірге көшірілген {1} ұяшықтары'],
  pasteHint: ['Select the cells in Google Sheets, Excel or LibreOffice, copy them and paste them here: they are ' +
    'checked as you go.',
  'Выделите ячейки в Google Таблицах, Excel или LibreOffice, скопируйте и вставьте сюда: проверка идёт сразу.',
  'Google Sheets, Excel не LibreOffice-те ұяшықтарды белгілеп, көшіріп, осында қойыңыз: олар бірден тексеріледі.'],
  done: ['Done', 'Готово', 'Дайын'],
  clearAll: ['Remove all sheets', 'Убрать все листы', 'Барлық парақтарды алып тастау'],
  workbook: ['{1} is a spreadsheet workbook: save each sheet as “CSV UTF-8” and drop those.',
    '{1} — книга электронной таблицы: сохраните каждый лист как «CSV UTF-8» и перетащите их.',
    '{1} — электрондық кесте кітабы: әр парақты «CSV UTF-8» ретінде сақтап, соларды сүйреп әкеліңіз.'],
  jsonSheets: ['{1} is now sheets, one per kind of row: edit them here, or download them in step 3.',
    'Файл {1} разложен на листы, по одному на каждый вид строк: правьте их здесь или скачайте на шаге 3.',
    '{1} файлы жол түрлеріне қарай парақтарға бөлінді: оларды осында өңдеңіз немесе 3-қадамда жүктеп алыңыз.'],
  jsonErrors: ['{1} has errors, so it cannot become sheets: step 2 lists them. Fix them and drop the file again.',
    'В файле {1} есть ошибки, поэтому его нельзя разложить на листы: они перечислены на шаге 2. Исправьте их и ' +
      'перетащите файл снова.',
    '{1} файлында қателер бар, сондықтан оны парақтарға бөлу мүмкін емес: олар 2-қадамда көрсетілген. Оларды ' +
      'түзетіп, файлды қайта сүйреп әкеліңіз.'],
  sheetMeta: ['the dataset: title, languages, date, sources', 'о наборе данных: заголовок, языки, дата, источники',
    'деректер жинағы туралы: атауы, тілдері, күні, дереккөздері'],
  sheetThemes: ['one row per theme', 'по строке на тему', 'әр тақырыпқа бір жол'],
  sheetSources: ['one row per source: article, report, law', 'по строке на источник: статью, доклад, закон',
    'әр дереккөзге бір жол: мақала, баяндама, заң'],
  sheetInstitutions: ['one row per institution', 'по строке на институт', 'әр институтқа бір жол'],
  sheetReforms: ['one row per reform', 'по строке на реформу', 'әр реформаға бір жол'],
  sheetChanges: ['what each reform changed', 'что изменила каждая реформа', 'әр реформа нені өзгертті'],
  sheetEvents: ['one row per event on the timeline', 'по строке на событие хронологии',
    'хронологиядағы әр оқиғаға бір жол'],
  sheetPeople: ['one row per person', 'по строке на человека', 'әр адамға бір жол'],
  sheetRoles: ['the roles people hold', 'должности людей', 'адамдардың лауазымдары'],
  sheetQuotes: ['one row per quote', 'по строке на цитату', 'әр дәйексөзге бір жол'],
  sheetMetrics: ['one row per figure you track', 'по строке на отслеживаемый показатель',
    'бақыланатын әр көрсеткішке бір жол'],
  sheetObservations: ['the values of each figure', 'значения каждого показателя', 'әр көрсеткіштің мәндері'],
  sheetRelations: ['links no other column gives', 'связи, которых нет в других столбцах',
    'басқа бағандарда жоқ байланыстар'],

  // Step 2: check
  step2: ['Check', 'Проверка', 'Тексеру'],
  checkStarting: ['Starting the checker…', 'Запуск проверки…', 'Тексеру құралы іске қосылуда…'],
  checkFailed: ['The checker could not start: {1}', 'Не удалось запустить проверку: {1}',
    'Тексеру құралын іске қосу мүмкін болмады: {1}'],
  checkIdle: ['Add sheets in step 1: they are checked here at once, by the same code as the polity command-line tool.',
    'Добавьте листы на шаге 1: они сразу проверяются здесь тем же кодом, что и в инструменте командной строки polity.',
    '1-қадамда парақтарды қосыңыз: олар мұнда polity командалық жол құралының кодымен бірден тексеріледі.'],
  checking: ['Checking…', 'Проверка…', 'Тексерілуде…'],
  resultOk: ['No errors: the dataset is ready. Preview it and copy the embed code in step 3.',
    'Ошибок нет: набор данных готов. Посмотрите его и скопируйте код для встраивания на шаге 3.',
    'Қате жоқ: деректер жинағы дайын. Оны 3-қадамда қарап шығып, ендіру кодын көшіріңіз.'],
  resultErrors: ['Fix the errors in your spreadsheet, save the sheet as CSV UTF-8 again and drop it here: it is ' +
    'checked again at once.',
  'Исправьте ошибки в таблице, снова сохраните лист как CSV UTF-8 и перетащите его сюда: проверка повторится сразу.',
  'Кестедегі қателерді түзетіп, парақты қайтадан CSV UTF-8 ретінде сақтаңыз да, осында сүйреп әкеліңіз: ол ' +
    'бірден қайта тексеріледі.'],
  notChecked: ['The dataset itself is checked once the sheets can be read: fix these first.',
    'Сам набор данных проверяется, когда листы удаётся прочитать: сначала исправьте это.',
    'Деректер жинағының өзі парақтар оқылғанда тексеріледі: алдымен осыларды түзетіңіз.'],
  countErrors: ['Errors: {1}', 'Ошибки: {1}', 'Қателер: {1}'],
  countWarnings: ['Warnings: {1}', 'Предупреждения: {1}', 'Ескертулер: {1}'],
  cliWords: ['The messages are those of the polity command-line tool, in English: file, row, column, what is ' +
    'wrong, and how to fix it.',
  'Сообщения — те же, что у инструмента командной строки polity, на английском: файл, строка, столбец, что не ' +
    'так и как это исправить.',
  'Хабарламалар — polity командалық жол құралының хабарламалары, ағылшын тілінде: файл, жол, баған, не дұрыс ' +
    'емес және оны қалай түзету керек.'],
  errorsHeading: ['Errors', 'Ошибки', 'Қателер'],
  warningsHeading: ['Warnings', 'Предупреждения', 'Ескертулер'],
  whereRow: ['{1}, row {2}', '{1}, строка {2}', '{1}, {2}-жол'],
  whereCell: ['{1}, row {2}, column “{3}”', '{1}, строка {2}, столбец «{3}»', '{1}, {2}-жол, «{3}» бағаны'],
  whereField: ['{1}, row {2}, field “{3}”', '{1}, строка {2}, поле «{3}»', '{1}, {2}-жол, «{3}» өрісі'],
  whereLine: ['{1}, line {2}, column {3}', '{1}, строка {2}, позиция {3}', '{1}, {2}-жол, {3}-позиция'],
  rowOf: ['Row {1} of {2}, under its column names', 'Строка {1} листа {2} под названиями столбцов',
    '{2} парағының {1}-жолы, баған атауларының астында'],
  markedCell: ['the cell to fix', 'ячейка, которую нужно исправить', 'түзетілетін ұяшық'],
  showAll: ['Show all ({1})', 'Показать все ({1})', 'Барлығын көрсету ({1})'],

  // Step 3: preview, then out
  step3: ['Preview and embed', 'Просмотр и встраивание', 'Алдын ала қарау және ендіру'],
  previewExample: ["The preview shows the article's explorer until your sheets check without errors.",
    'Пока ваши листы не пройдут проверку без ошибок, здесь показан интерактив из статьи.',
    'Парақтарыңыз қатесіз тексерілгенше мұнда мақаладағы интерактив көрсетіледі.'],
  previewYours: ['Your explorer, as readers will see it. It follows your sheets as they change.',
    'Ваш интерактив таким, каким его увидят читатели. Он меняется вместе с листами.',
    'Оқырмандар көретін интерактивіңіз. Ол парақтармен бірге өзгереді.'],
  previewStale: ['Your sheets have errors: the preview shows their last version without errors.',
    'В листах есть ошибки: показана их последняя версия без ошибок.',
    'Парақтарда қателер бар: олардың қатесіз соңғы нұсқасы көрсетілген.'],
  previewLarge: ['This dataset is large ({1} MB): the preview shows it when you ask, so that checking stays quick ' +
    'while you edit.',
  'Набор данных большой ({1} МБ): предпросмотр покажет его по вашей просьбе, чтобы проверка оставалась быстрой, ' +
    'пока вы правите листы.',
  'Деректер жинағы үлкен ({1} МБ): өңдеп жатқанда тексеру жылдам болуы үшін алдын ала қарау оны сіз сұрағанда ' +
    'көрсетеді.'],
  previewShow: ['Show it in the preview', 'Показать в предпросмотре', 'Алдын ала қарауда көрсету'],
  previewMissing: ["The explorer's script (polity-embed.js) could not be loaded: reload the page.",
    'Не удалось загрузить скрипт интерактива (polity-embed.js): перезагрузите страницу.',
    'Интерактив скриптін (polity-embed.js) жүктеу мүмкін болмады: бетті қайта жүктеңіз.'],
  onPhone: ['On a phone', 'На телефоне', 'Телефонда'],
  inArticle: ['In an article', 'В статье', 'Мақалада'],
  narrowNote: ['On a wider screen the article width shows beside the phone.',
    'На широком экране рядом с телефоном видна и ширина статьи.',
    'Кең экранда телефонның жанынан мақаланың ені де көрінеді.'],
  publishHeading: ['Publish', 'Публикация', 'Жариялау'],
  publish1: ['Download the dataset', 'Скачайте набор данных', 'Деректер жинағын жүктеп алыңыз'],
  fileNameLabel: ['File name', 'Имя файла', 'Файл атауы'],
  downloadJson: ['Download the dataset (JSON)', 'Скачать набор данных (JSON)', 'Деректер жинағын жүктеп алу (JSON)'],
  needGood: ['Available once the sheets check without errors.', 'Доступно, когда в листах не останется ошибок.',
    'Парақтарда қате қалмағанда қолжетімді болады.'],
  publish2: ['Put it on your website, and give its address', 'Разместите его на своём сайте и укажите адрес',
    'Оны сайтыңызға орналастырып, мекенжайын көрсетіңіз'],
  datasetUrlLabel: ['Address of the dataset file', 'Адрес файла набора данных', 'Деректер жинағы файлының мекенжайы'],
  corsNote: ['If that address is on another site than this explorer, its server must allow this site to read it ' +
    '(Access-Control-Allow-Origin).',
  'Если этот адрес на другом сайте, чем сам интерактив, его сервер должен разрешать этому сайту читать файл ' +
    '(Access-Control-Allow-Origin).',
  'Егер бұл мекенжай интерактивтің сайтынан басқа сайтта болса, оның сервері бұл сайтқа файлды оқуға рұқсат ' +
    'беруі керек (Access-Control-Allow-Origin).'],
  publish3: ['Paste one of these into your article', 'Вставьте один из этих кодов в статью',
    'Осы кодтардың бірін мақалаңызға қойыңыз'],
  scriptEmbed: ['Script embed — the lightest', 'Встраивание скриптом — самое лёгкое', 'Скрипт арқылы ендіру — ең жеңілі'],
  iframeEmbed: ['iframe embed — for pages whose security policy does not allow WebAssembly',
    'Встраивание через iframe — для страниц, политика безопасности которых не разрешает WebAssembly',
    'iframe арқылы ендіру — қауіпсіздік саясаты WebAssembly-ге рұқсат бермейтін беттер үшін'],
  copy: ['Copy', 'Копировать', 'Көшіру'],
  copied: ['Copied', 'Скопировано', 'Көшірілді'],
  copyFailed: ['Select the text and copy it', 'Выделите текст и скопируйте', 'Мәтінді белгілеп, көшіріңіз'],
  sheetsOut: ['Edit it later in a spreadsheet', 'Править потом в таблице', 'Кейін кестеде өңдеу'],
  sheetsOutText: ['The dataset as CSV sheets, one per kind of row: what the polity export command writes. Drop ' +
    'them here again after editing.',
  'Набор данных в виде CSV-листов, по одному на каждый вид строк: то же, что пишет команда polity export. После ' +
    'правки перетащите их сюда снова.',
  'Деректер жинағы CSV парақтары түрінде, жолдың әр түріне бір парақтан: polity export командасы жазатын файлдар. ' +
    'Өңдегеннен кейін оларды осында қайта сүйреп әкеліңіз.'],
  downloadSheets: ['Download the sheets (ZIP)', 'Скачать листы (ZIP)', 'Парақтарды жүктеп алу (ZIP)'],
};

const SLOT = { en: 0, ru: 1, kk: 2 };

// The string `key` in `lang`, with {1}, {2}, ... replaced by `values`.
export function t(lang, key, ...values) {
  const row = STRINGS[key];
  if (!row) throw new Error(`no string "${key}"`);
  return row[SLOT[lang] ?? 0].replace(/\{(\d)\}/g, (marker, n) => (n - 1 < values.length ? String(values[n - 1]) : marker));
}

// The page's language: ?lang=, else the first of the browser's languages the page speaks.
export function pickLanguage(search, preferred) {
  const asked = new URLSearchParams(search).get('lang');
  if (asked in SLOT) return asked;
  for (const tag of preferred || []) {
    const code = String(tag).toLowerCase().split('-')[0];
    if (code in SLOT) return code;
  }
  return 'en';
}

// Fills `element` with the pattern's text, its {n} markers replaced by the element's children
// marked data-slot="n" (links, buttons, code), which keep their own listeners.
function fillPattern(element, pattern) {
  const slots = new Map(Array.from(element.querySelectorAll(':scope > [data-slot]'), (c) => [c.dataset.slot, c]));
  const parts = pattern.split(/\{(\d)\}/);
  element.replaceChildren(...parts.map((part, i) => (i % 2 ? slots.get(part) || `{${part}}` : part)));
}

// Writes the string `key` with `values` into `element`, and keeps them there for translate().
export function say(element, lang, key, ...values) {
  element.dataset.i18n = key;
  element.dataset.i18nValues = JSON.stringify(values.map(String));
  element.textContent = t(lang, key, ...values);
}

// Every data-i18n text and data-i18n-attr attribute under `root`, in `lang`.
export function translate(root, lang) {
  for (const element of root.querySelectorAll('[data-i18n]')) {
    const text = t(lang, element.dataset.i18n, ...JSON.parse(element.dataset.i18nValues || '[]'));
    if (element.querySelector(':scope > [data-slot]')) fillPattern(element, text);
    else element.textContent = text;
  }
  for (const element of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of element.dataset.i18nAttr.split(',')) {
      const [attribute, key] = pair.split(':');
      element.setAttribute(attribute, t(lang, key));
    }
  }
}
