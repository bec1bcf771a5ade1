// Polity Explorer embed — the widget's box: a shadow root holding the headline (article mode),
// the canvas, the loading and error status, the notice for bad options, a bar with the phone
// search field and "Try again", and the credit line under the graphic: "Source: … · Graphic: …
// · Get the data: CSV · JSON · Picture", then the licence, the date the data was checked and
// "Copy link". The shadow root keeps styles apart both ways; `all: initial` on its root stops
// the inherited ones (font, colour, line height) at the border; article mode takes back only
// the article's font family and size, to read as part of the story. Built with createElement
// and textContent only (no innerHTML), so pages that enforce Trusted Types accept it too.

const STYLES = `
:host { display: block; }
.pe-root {
  all: initial;
  --pe-accent: #1a5fb4; --pe-text: #1f2328; --pe-muted: #5b6470; --pe-bg: #ffffff;
  --pe-panel: #f3f4f6; --pe-line: #d8dce1; --pe-error: #b3261e; --pe-warn-bg: #fff4d6;
  --pe-link: #0b53a8; --pe-inset: 14px;
  display: flex; flex-direction: column; box-sizing: border-box; position: relative;
  container-type: inline-size; color: var(--pe-text); background: var(--pe-bg);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  border: 1px solid var(--pe-line); border-radius: 6px; overflow: hidden;
}
.pe-root[data-theme="dark"] {
  --pe-text: #e6e8eb; --pe-muted: #a4acb6; --pe-bg: #16181c; --pe-panel: #23262c;
  --pe-line: #3a3f47; --pe-error: #ff8a80; --pe-warn-bg: #3d3314; --pe-link: #8ab8ff;
}
/* Article mode: no frame, the article's own font family and size; a graphic in the story. */
.pe-root.pe-article { border: 0; border-radius: 0; font-family: inherit; font-size: inherit; line-height: 1.45; }
.pe-root *, .pe-root *::before, .pe-root *::after { box-sizing: border-box; }
.pe-root.pe-flex { height: 100%; }
.pe-root.pe-bare { border: 0; border-radius: 0; }
.pe-box { position: relative; flex: none; height: clamp(440px, 160cqw, 680px); }
@container (min-width: 640px) { .pe-box { height: clamp(460px, 72cqw, 760px); } }
.pe-flex .pe-box { flex: 1 1 auto; height: var(--polity-box-height, auto); min-height: 240px; }
/* Every touch gesture over the canvas is the explorer's: it scrolls its lists and panels itself
   and hands the article what they cannot take (web_library.js), so no swipe is trapped. */
.polity-canvas { display: block; width: 100%; height: 100%; touch-action: none; outline: none; }
.polity-canvas:focus-visible { outline: 2px solid var(--pe-accent); outline-offset: -2px; }
.polity-status {
  position: absolute; inset: 0; display: flex; flex-direction: column; align-items: center;
  justify-content: center; gap: 0.5em; padding: 1em; background: var(--pe-bg); text-align: center;
}
.polity-status[hidden], .pe-notice[hidden], .pe-bar[hidden], .pe-bar [hidden], .pe-head[hidden],
.pe-credit[hidden] { display: none; }
.polity-status-text { margin: 0; max-width: 36em; }
.pe-error .polity-status-text { color: var(--pe-error); }
.pe-error progress { display: none; }
.pe-details { margin: 0; padding: 0; max-width: 40em; max-height: 40%; overflow: auto; color: var(--pe-muted);
  font: 12px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; text-align: left; white-space: pre-wrap; }
progress { width: 16em; max-width: 80%; accent-color: var(--pe-accent); }
.pe-notice { display: flex; gap: 0.5em; align-items: flex-start; padding: 0.4em 0.6em;
  background: var(--pe-warn-bg); border-bottom: 1px solid var(--pe-line); font-size: 13px; }
.pe-notice-text { flex: 1; margin: 0; }
/* The headline and dek (article mode): the dataset's, in the reader's language. */
.pe-head { padding: 0.4em var(--pe-inset) 0.2em; }
.pe-title { margin: 0; font-size: 1.15em; font-weight: bold; line-height: 1.25; }
.pe-dek { margin: 0.3em 0 0; color: var(--pe-muted); font-size: 0.9em; }
.pe-bar { display: flex; gap: 0.5em; align-items: center; justify-content: flex-end; padding: 0.25em 0.5em;
  border-top: 1px solid var(--pe-line); background: var(--pe-panel); }
.pe-article .pe-bar { border: 0; background: none; padding: 0.25em var(--pe-inset); }
button, input { font: inherit; color: inherit; margin: 0; }
button { min-height: 32px; padding: 0.2em 0.8em; border: 1px solid var(--pe-line); border-radius: 0.4em;
  background: var(--pe-bg); cursor: pointer; }
button:hover { border-color: var(--pe-accent); }
button:focus-visible, input:focus-visible, a:focus-visible { outline: 2px solid var(--pe-accent); outline-offset: 1px; }
.pe-close { min-height: 28px; padding: 0 0.5em; background: transparent; border: 0; }
.pe-search { flex: 1; min-width: 0; min-height: 44px; padding: 0.4em 0.7em; border: 1px solid var(--pe-line);
  border-radius: 0.4em; background: var(--pe-bg); font-size: 16px; display: none; }
.pe-link { flex: 1; min-width: 0; min-height: 32px; padding: 0.2em 0.5em; border: 1px solid var(--pe-line);
  border-radius: 0.4em; background: var(--pe-bg); font-size: 13px; }
.pe-short, .pe-retry { display: none; }
.pe-can-retry .pe-retry { display: inline-block; }
.pe-can-retry .pe-search, .pe-can-retry .pe-link { display: none; }
/* The credit line under the graphic: small, muted, every part a real link or button. */
.pe-credit { padding: 0.35em var(--pe-inset) 0.5em; border-top: 1px solid var(--pe-line); color: var(--pe-muted);
  font-size: max(12px, 0.75em); line-height: 1.5; }
.pe-article .pe-credit { border-top-color: transparent; }
.pe-credit p { margin: 0; }
.pe-credit a, .pe-credit button { color: var(--pe-link); }
.pe-credit button { min-height: 0; padding: 0; border: 0; background: none; text-decoration: underline;
  text-underline-offset: 0.15em; font: inherit; }
.pe-credit cite { font-style: normal; }
.pe-credit .pe-copy { margin-left: 0.2em; }
@container (max-width: 479px) { .pe-long { display: none; } .pe-short { display: inline; } }
@media (pointer: coarse) {
  .pe-search { display: block; }
  button { min-height: 44px; min-width: 44px; }
  .pe-close { min-height: 44px; }
  .pe-credit { line-height: 2.2; }                       /* the links, a finger's height apart */
  .pe-credit button { min-height: 0; min-width: 0; padding: 0.5em 0.25em; margin: -0.5em 0; }
}
`;

// Interface words of the box, in the explorer's languages (the canvas has its own). Messages
// take values as {1}, so a translation can move them.
const STRINGS = {
  en: { copy: 'Copy link', copyShort: 'Link', copied: 'Link copied', copiedShort: 'Copied', copyThis: 'Copy this link:',
    retry: 'Try again',
    refused: 'This page does not show data from {origin}: only from its own site and from sites its owner allows.',
    loading: 'Loading Polity Explorer…',
    search: 'Search institutions, reforms, people', searchShort: 'Search', close: 'Close',
    label: 'Polity Explorer: state institutions and reforms. Use the mouse, touch or the keyboard.',
    noWebgl: 'Polity Explorer needs WebGL 2, which this browser does not offer. Any current Chrome, Edge, ' +
      'Firefox or Safari has it.',
    noWasm: "This page's Content-Security-Policy does not allow WebAssembly: add 'wasm-unsafe-eval' to its " +
      'script-src, or use the iframe embed.',
    noCode: "The explorer's code could not be downloaded from {1} (network error, or the server does not let " +
      'this page read it: it must send Access-Control-Allow-Origin).',
    cannotStart: 'The explorer could not start: {1}', stopped: 'The explorer stopped: {1}' },
  // A short word is a word of the full label (the accessible name): WCAG's label in name.
  ru: { copy: 'Копировать ссылку', copyShort: 'Копировать', copied: 'Ссылка скопирована', copiedShort: 'Готово',
    retry: 'Повторить',
    refused: 'Эта страница не показывает данные с сайта {origin}: только со своего сайта и с сайтов, ' +
      'которые разрешил её владелец.',
    copyThis: 'Скопируйте ссылку:',
    loading: 'Загрузка Polity Explorer…', search: 'Поиск: институты, реформы, люди', searchShort: 'Поиск',
    close: 'Закрыть',
    label: 'Polity Explorer: государственные институты и реформы. Мышь, касание или клавиатура.',
    noWebgl: 'Для Polity Explorer нужен WebGL 2, а этот браузер его не поддерживает. Он есть в любой ' +
      'современной версии Chrome, Edge, Firefox и Safari.',
    noWasm: 'Политика безопасности содержимого (Content-Security-Policy) этой страницы не разрешает ' +
      "WebAssembly: добавьте 'wasm-unsafe-eval' в её script-src или используйте встраивание через iframe.",
    noCode: 'Не удалось скачать код обозревателя с {1} (ошибка сети, или сервер не разрешает этой странице ' +
      'его читать: он должен отправлять Access-Control-Allow-Origin).',
    cannotStart: 'Обозреватель не запустился: {1}', stopped: 'Обозреватель остановился: {1}' },
  kk: { copy: 'Сілтемені көшіру', copyShort: 'Көшіру', copied: 'Сілтеме көшірілді', copiedShort: 'Дайын',
    retry: 'Қайталау',
    refused: 'Бұл бет {origin} сайтынан алынған деректерді көрсетпейді: тек өз сайтындағы және иесі ' +
      'рұқсат берген сайттардағы деректерді көрсетеді.',
    copyThis: 'Сілтемені көшіріңіз:',
    loading: 'Polity Explorer жүктелуде…', search: 'Іздеу: институттар, реформалар, адамдар',
    searchShort: 'Іздеу', close: 'Жабу',
    label: 'Polity Explorer: мемлекеттік институттар мен реформалар. Тінтуір, жанасу немесе пернетақта.',
    noWebgl: 'Polity Explorer үшін WebGL 2 қажет, ал бұл браузерде ол жоқ. Ол Chrome, Edge, Firefox және ' +
      'Safari браузерлерінің кез келген қазіргі нұсқасында бар.',
    noWasm: 'Бұл беттің қауіпсіздік саясаты (Content-Security-Policy) WebAssembly-ге рұқсат бермейді: ' +
      "оның script-src бөліміне 'wasm-unsafe-eval' қосыңыз немесе iframe арқылы ендіруді қолданыңыз.",
    noCode: 'Шолғыштың кодын {1} мекенжайынан жүктеп алу мүмкін болмады (желі қатесі немесе сервер бұл бетке ' +
      'оны оқуға рұқсат бермейді: ол Access-Control-Allow-Origin жіберуі керек).',
    cannotStart: 'Шолғыш іске қосылмады: {1}', stopped: 'Шолғыш тоқтап қалды: {1}' },
};

// `text` with {1}, {2}, ... replaced by `values`.
export function fillIn(text, ...values) { return text.replace(/\{(\d)\}/g, (all, n) => (n - 1 < values.length ? values[n - 1] : all)); }

function strings(lang) { return STRINGS[lang] || STRINGS[String(lang).split('-')[0]] || STRINGS.en; }

let sharedSheet = null;  // one parsed stylesheet for every widget on the page

function adoptStyles(shadow) {
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(STYLES);
    }
    shadow.adoptedStyleSheets = [sharedSheet];  // not an inline <style>: no CSP style-src needed
  } else {
    shadow.append(make('style', {}, STYLES));   // older browsers; needs style-src 'unsafe-inline'
  }
}

export function make(tag, attributes = {}, text = '') {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text) element.textContent = text;
  return element;
}

// Builds the box in `element`'s shadow root (reused when the element is mounted again), its
// words in `lang` (relabelChrome changes them); `mode` "article" or "app".
export function buildChrome(element, lang, mode) {
  const shadow = element.shadowRoot || element.attachShadow({ mode: 'open' });
  shadow.replaceChildren();
  adoptStyles(shadow);
  const words = strings(lang);
  const root = make('div', { class: 'pe-root', part: 'root' });
  root.classList.toggle('pe-article', mode === 'article');
  const notice = make('div', { class: 'pe-notice', role: 'note', hidden: '' });
  const noticeText = make('p', { class: 'pe-notice-text' });
  const close = make('button', { type: 'button', class: 'pe-close' }, '×');
  notice.append(noticeText, close);
  const head = make('header', { class: 'pe-head', hidden: '' });
  const title = make('h2', { class: 'pe-title' });
  const dek = make('p', { class: 'pe-dek' });
  head.append(title, dek);
  const box = make('div', { class: 'pe-box' });
  const canvas = make('canvas', { class: 'polity-canvas', tabindex: '0' });
  const status = make('div', { class: 'polity-status', role: 'status', 'aria-live': 'polite' });
  const statusText = make('p', { class: 'polity-status-text' }, words.loading);
  const details = make('pre', { class: 'pe-details', hidden: '' });
  status.append(statusText, make('progress'), details);
  box.append(canvas, status);
  const bar = make('div', { class: 'pe-bar' });
  const search = make('input', { class: 'pe-search', type: 'search', enterkeyhint: 'search', autocomplete: 'off' });
  const retry = make('button', { type: 'button', class: 'pe-retry' });
  bar.append(search, retry);
  const credit = make('footer', { class: 'pe-credit', hidden: '' });
  const creditMain = make('p', { class: 'pe-credit-main' });
  const creditFine = make('p', { class: 'pe-credit-fine' });
  const copy = make('button', { type: 'button', class: 'pe-copy' });
  credit.append(creditMain, creditFine);
  root.append(notice, head, box, bar, credit);
  shadow.append(root);
  const chrome = { shadow, root, notice, noticeText, close, head, title, dek, box, canvas, status, statusText,
    details, bar, search, retry, credit, creditMain, creditFine, copy, words, lang: '' };
  relabelChrome(chrome, lang);
  updateBar(chrome);
  // Shown, hidden or resized with the box: the placeholder is chosen again.
  if (window.ResizeObserver) new ResizeObserver(() => fitSearchPlaceholder(chrome)).observe(search);
  return chrome;
}

// The box's own words in `lang` (the explorer's language changed); the canvas has its own.
export function relabelChrome(chrome, lang) {
  const words = strings(lang);
  chrome.words = words;
  chrome.lang = lang;
  chrome.root.setAttribute('lang', lang);
  chrome.close.setAttribute('aria-label', words.close);
  chrome.canvas.setAttribute('aria-label', words.label);
  chrome.search.setAttribute('aria-label', words.search);
  fitSearchPlaceholder(chrome);
  chrome.copy.setAttribute('aria-label', words.copy);
  chrome.retry.textContent = words.retry;
  if (!chrome.status.classList.contains('pe-error')) chrome.statusText.textContent = words.loading;
  setCopyLabel(chrome, false);
}

// The search field's placeholder whole: the full words where they fit the field, else the short
// ones (the field's accessible name keeps the full words).
function fitSearchPlaceholder(chrome) {
  const field = chrome.search, words = chrome.words;
  const style = getComputedStyle(field);
  const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const context = document.createElement('canvas').getContext('2d');
  if (context) context.font = style.font;
  const fits = !context || !(room > 0) || context.measureText(words.search).width <= room;
  field.setAttribute('placeholder', fits ? words.search : words.searchShort);
}

// "Copy link", or "Link copied" after a click; narrow boxes show the short words (CSS above).
export function setCopyLabel(chrome, copied) {
  const words = chrome.words;
  chrome.copy.replaceChildren(make('span', { class: 'pe-long' }, copied ? words.copied : words.copy),
                              make('span', { class: 'pe-short' }, copied ? words.copiedShort : words.copyShort));
}

// The dataset's headline and dek, in the reader's language (about(): AboutDataset in wasm/app.hpp).
export function fillHeader(chrome, about, shown) {
  chrome.title.textContent = about.title;
  chrome.dek.textContent = about.dek;
  chrome.dek.hidden = !about.dek;
  chrome.head.hidden = !shown || !about.title;
}

// An http(s) address, or null: nothing else becomes a link.
function webUrl(text) {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch (e) {
    return null;
  }
}

// "Label: " then the parts, as one piece of the credit line.
function creditPiece(label, ...parts) {
  const piece = make('span', { class: 'pe-credit-piece' });
  piece.append(make('span', { class: 'pe-credit-label' }, label + ':'), ' ', ...parts);
  return piece;
}

// Each main source: its title, linked when it has a web address, and its publisher.
function sourceNodes(sources) {
  const nodes = [];
  sources.forEach((source, k) => {
    if (k > 0) nodes.push('; ');
    const url = webUrl(source.url);
    nodes.push(url ? make('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, source.title)
      : make('cite', {}, source.title));
    if (source.publisher && source.publisher !== source.title) nodes.push(` (${source.publisher})`);
  });
  return nodes;
}

const DOT = ' \u00b7 ';

function joined(pieces) {
  return pieces.flatMap((piece, k) => (k > 0 ? [DOT, piece] : [piece]));
}

// The credit line, from about() and in its language: "Source: … · Graphic: … · Get the data:
// CSV · JSON · Picture", then "Licence: … · Data checked: … · Copy link". The downloads are
// buttons with data-get="csv" | "json" | "png" (the instance listens on the credit line).
export function fillCredit(chrome, about) {
  const words = about.words;
  const main = [];
  if (about.sources.length) {
    main.push(creditPiece(about.sources.length > 1 ? words.sources : words.source, ...sourceNodes(about.sources)));
  }
  if (about.credit) main.push(creditPiece(words.graphic, about.credit));
  const get = (kind, label) => make('button', { type: 'button', 'data-get': kind }, label);
  main.push(creditPiece(words.data, ...joined([get('csv', 'CSV'), get('json', 'JSON'), get('png', words.picture)])));
  chrome.creditMain.replaceChildren(...joined(main));
  const fine = [];
  if (about.licence) fine.push(creditPiece(words.licence, about.licence));
  if (about.checked_text) fine.push(creditPiece(words.checked, make('time', { datetime: about.checked }, about.checked_text)));
  if (!chrome.root.classList.contains('pe-page')) fine.push(chrome.copy);   // the hosted page has its own
  chrome.creditFine.replaceChildren(...joined(fine));
  chrome.credit.hidden = false;
}

// Height: "auto" follows the width (CSS above); "fill" takes the element's height; a length
// sets the whole box, bar included. Only CSSOM writes: allowed under any style-src.
export function applyHeight(chrome, height) {
  chrome.root.classList.toggle('pe-flex', height !== 'auto');
  chrome.root.style.height = height === 'auto' || height === 'fill' ? '' : height;
}

// frame: "embed" (a box in an article), "bare" (no border: the iframe page, whose iframe is
// the box) or "page" (the hosted page: no border, and a Copy link of its own).
export function applyFrame(chrome, frame) {
  chrome.root.classList.toggle('pe-bare', frame === 'bare' || frame === 'page');
  chrome.root.classList.toggle('pe-page', frame === 'page');
}

export function applyTheme(chrome, theme, accent, prefersDark) {
  chrome.root.setAttribute('data-theme', theme === 'auto' ? (prefersDark ? 'dark' : 'light') : theme);
  if (accent) chrome.root.style.setProperty('--pe-accent', accent);
  else chrome.root.style.removeProperty('--pe-accent');
}

export function showStatus(chrome, text, isError, details) {
  chrome.status.hidden = false;
  chrome.status.classList.toggle('pe-error', !!isError);
  chrome.statusText.textContent = text;
  chrome.details.hidden = !details;
  chrome.details.textContent = details || '';
}

// After a failure: only "Try again" in the bar when it may help.
export function showFailureBar(chrome, canRetry) {
  chrome.root.classList.toggle('pe-can-retry', canRetry);
  updateBar(chrome);
}

// The bar shows when it holds something: "Try again", a link to copy by hand, or on touch
// screens (a canvas has no soft keyboard) the search field: always in app mode, while the
// search view is open in article mode.
export function updateBar(chrome, searching) {
  if (searching !== undefined) chrome.root.classList.toggle('pe-searching', searching);
  const touch = !!(window.matchMedia && window.matchMedia('(pointer: coarse)').matches);
  const root = chrome.root.classList;
  const search = touch && !root.contains('pe-can-retry') &&
    (!root.contains('pe-article') || root.contains('pe-searching'));
  chrome.bar.hidden = !(root.contains('pe-can-retry') || chrome.bar.querySelector('.pe-link') || search);
}

export function showNotice(chrome, lines) {
  chrome.noticeText.textContent = lines.join(' ');
  chrome.notice.hidden = lines.length === 0;
}

// When copying failed: the link in a selected field, for the reader to copy by hand.
export function showLinkField(chrome, link) {
  let field = chrome.bar.querySelector('.pe-link');
  if (!field) {
    field = make('input', { class: 'pe-link', type: 'text', readonly: '', 'aria-label': chrome.words.copyThis });
    chrome.bar.append(field);
    updateBar(chrome);
  }
  field.value = link;
  field.focus();
  field.select();
}
