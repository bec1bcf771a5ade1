// Polity Explorer embed — the widget's box: a shadow root holding the canvas, the loading and
// error status, the notice for bad options, and a bar with the phone search field and "Copy
// link". The shadow root keeps styles apart both ways; `all: initial` on its root stops the
// inherited ones (font, colour, line height) at the border. Built with createElement and
// textContent only (no innerHTML), so pages that enforce Trusted Types accept it too.

const STYLES = `
:host { display: block; }
.pe-root {
  all: initial;
  --pe-accent: #1a5fb4; --pe-text: #1f2328; --pe-muted: #5b6470; --pe-bg: #ffffff;
  --pe-panel: #f3f4f6; --pe-line: #d8dce1; --pe-error: #b3261e; --pe-warn-bg: #fff4d6;
  display: flex; flex-direction: column; box-sizing: border-box; position: relative;
  container-type: inline-size; color: var(--pe-text); background: var(--pe-bg);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  border: 1px solid var(--pe-line); border-radius: 6px; overflow: hidden;
}
.pe-root[data-theme="dark"] {
  --pe-text: #e6e8eb; --pe-muted: #a4acb6; --pe-bg: #16181c; --pe-panel: #23262c;
  --pe-line: #3a3f47; --pe-error: #ff8a80; --pe-warn-bg: #3d3314;
}
.pe-root *, .pe-root *::before, .pe-root *::after { box-sizing: border-box; }
.pe-root.pe-flex { height: 100%; }
.pe-root.pe-bare { border: 0; border-radius: 0; }
.pe-box { position: relative; flex: none; height: clamp(440px, 160cqw, 680px); }
@container (min-width: 640px) { .pe-box { height: clamp(460px, 72cqw, 760px); } }
.pe-flex .pe-box { flex: 1 1 auto; height: auto; min-height: 240px; }
/* Every touch gesture over the canvas is the explorer's: it scrolls its lists and panels itself
   and hands the article what they cannot take (web_library.js), so no swipe is trapped. */
.polity-canvas { display: block; width: 100%; height: 100%; touch-action: none; outline: none; }
.pe-page .pe-bar { display: none; }               /* the page has its own "Copy link" */
.pe-page.pe-can-retry .pe-bar { display: flex; }  /* but not its own "Try again" */
.polity-canvas:focus-visible { outline: 2px solid var(--pe-accent); outline-offset: -2px; }
.polity-status {
  position: absolute; inset: 0; display: flex; flex-direction: column; align-items: center;
  justify-content: center; gap: 0.5em; padding: 1em; background: var(--pe-bg); text-align: center;
}
.polity-status[hidden], .pe-notice[hidden], .pe-bar[hidden], .pe-bar [hidden] { display: none; }
.polity-status-text { margin: 0; max-width: 36em; }
.pe-error .polity-status-text { color: var(--pe-error); }
.pe-error progress { display: none; }
.pe-details { margin: 0; padding: 0; max-width: 40em; max-height: 40%; overflow: auto; color: var(--pe-muted);
  font: 12px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; text-align: left; white-space: pre-wrap; }
progress { width: 16em; max-width: 80%; accent-color: var(--pe-accent); }
.pe-notice { display: flex; gap: 0.5em; align-items: flex-start; padding: 0.4em 0.6em;
  background: var(--pe-warn-bg); border-bottom: 1px solid var(--pe-line); font-size: 13px; }
.pe-notice-text { flex: 1; margin: 0; }
.pe-bar { display: flex; gap: 0.5em; align-items: center; justify-content: flex-end; padding: 0.25em 0.5em;
  border-top: 1px solid var(--pe-line); background: var(--pe-panel); }
.pe-bar:empty { display: none; }
button, input { font: inherit; color: inherit; margin: 0; }
button { min-height: 32px; padding: 0.2em 0.8em; border: 1px solid var(--pe-line); border-radius: 0.4em;
  background: var(--pe-bg); cursor: pointer; }
button:hover { border-color: var(--pe-accent); }
button:focus-visible, input:focus-visible { outline: 2px solid var(--pe-accent); outline-offset: 1px; }
.pe-close { min-height: 28px; padding: 0 0.5em; background: transparent; border: 0; }
.pe-search { flex: 1; min-width: 0; min-height: 44px; padding: 0.4em 0.7em; border: 1px solid var(--pe-line);
  border-radius: 0.4em; background: var(--pe-bg); font-size: 16px; display: none; }
.pe-link { flex: 1; min-width: 0; min-height: 32px; padding: 0.2em 0.5em; border: 1px solid var(--pe-line);
  border-radius: 0.4em; background: var(--pe-bg); font-size: 13px; }
.pe-short, .pe-retry { display: none; }
.pe-can-retry .pe-retry { display: inline-block; }
.pe-can-retry .pe-copy, .pe-can-retry .pe-search, .pe-can-retry .pe-link { display: none; }
@container (max-width: 479px) { .pe-long { display: none; } .pe-short { display: inline; } }
@media (pointer: coarse) {
  .pe-search { display: block; }
  .pe-page .pe-bar { display: flex; }
  .pe-page .pe-copy { display: none; }
  button { min-height: 44px; min-width: 44px; }
  .pe-close { min-height: 44px; }
}
`;

// Interface words of the box, in the explorer's languages (the canvas has its own).
const STRINGS = {
  en: { copy: 'Copy link', copyShort: 'Link', copied: 'Link copied', copiedShort: 'Copied', copyThis: 'Copy this link:',
    retry: 'Try again',
    refused: 'This page does not show data from {origin}: only from its own site and from sites its owner allows.',
    loading: 'Loading Polity Explorer…',
    search: 'Search institutions, reforms, people', close: 'Close',
    label: 'Polity Explorer: state institutions and reforms. Use the mouse, touch or the keyboard.' },
  // A short word is a word of the full label (the accessible name): WCAG's label in name.
  ru: { copy: 'Копировать ссылку', copyShort: 'Копировать', copied: 'Ссылка скопирована', copiedShort: 'Готово',
    retry: 'Повторить',
    refused: 'Эта страница не показывает данные с сайта {origin}: только со своего сайта и с сайтов, ' +
      'которые разрешил её владелец.',
    copyThis: 'Скопируйте ссылку:',
    loading: 'Загрузка Polity Explorer…', search: 'Поиск: институты, реформы, люди', close: 'Закрыть',
    label: 'Polity Explorer: государственные институты и реформы. Мышь, касание или клавиатура.' },
  kk: { copy: 'Сілтемені көшіру', copyShort: 'Көшіру', copied: 'Сілтеме көшірілді', copiedShort: 'Дайын',
    retry: 'Қайталау',
    refused: 'Бұл бет {origin} сайтынан алынған деректерді көрсетпейді: тек өз сайтындағы және иесі ' +
      'рұқсат берген сайттардағы деректерді көрсетеді.',
    copyThis: 'Сілтемені көшіріңіз:',
    loading: 'Polity Explorer жүктелуде…', search: 'Іздеу: институттар, реформалар, адамдар', close: 'Жабу',
    label: 'Polity Explorer: мемлекеттік институттар мен реформалар. Тінтуір, жанасу немесе пернетақта.' },
};

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

function make(tag, attributes = {}, text = '') {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text) element.textContent = text;
  return element;
}

// Builds the box in `element`'s shadow root (reused when the element is mounted again).
function buildChrome(element, options) {
  const shadow = element.shadowRoot || element.attachShadow({ mode: 'open' });
  shadow.replaceChildren();
  adoptStyles(shadow);
  const words = strings(options.lang);
  const root = make('div', { class: 'pe-root', part: 'root' });
  const notice = make('div', { class: 'pe-notice', role: 'note', hidden: '' });
  const noticeText = make('p', { class: 'pe-notice-text' });
  const close = make('button', { type: 'button', class: 'pe-close', 'aria-label': words.close }, '×');
  notice.append(noticeText, close);
  const box = make('div', { class: 'pe-box' });
  const canvas = make('canvas', { class: 'polity-canvas', tabindex: '0', 'aria-label': words.label });
  const status = make('div', { class: 'polity-status', role: 'status', 'aria-live': 'polite' });
  const statusText = make('p', { class: 'polity-status-text' }, words.loading);
  const details = make('pre', { class: 'pe-details', hidden: '' });
  status.append(statusText, make('progress'), details);
  box.append(canvas, status);
  const bar = make('div', { class: 'pe-bar' });
  const search = make('input', { class: 'pe-search', type: 'search', placeholder: words.search,
    'aria-label': words.search, enterkeyhint: 'search', autocomplete: 'off' });
  const copy = make('button', { type: 'button', class: 'pe-copy', 'aria-label': words.copy });
  const retry = make('button', { type: 'button', class: 'pe-retry' }, words.retry);
  bar.append(search, copy, retry);
  root.append(notice, box, bar);
  shadow.append(root);
  const chrome = { shadow, root, notice, noticeText, close, box, canvas, status, statusText, details, bar, search,
    copy, retry, words };
  setCopyLabel(chrome, false);
  return chrome;
}

// "Copy link", or "Link copied" after a click; narrow boxes show the short words (CSS above).
function setCopyLabel(chrome, copied) {
  const words = chrome.words;
  chrome.copy.replaceChildren(make('span', { class: 'pe-long' }, copied ? words.copied : words.copy),
                              make('span', { class: 'pe-short' }, copied ? words.copiedShort : words.copyShort));
}

// Height: "auto" follows the width (CSS above); "fill" takes the element's height; a length
// sets the whole box, bar included. Only CSSOM writes: allowed under any style-src.
function applyHeight(chrome, height) {
  chrome.root.classList.toggle('pe-flex', height !== 'auto');
  chrome.root.style.height = height === 'auto' || height === 'fill' ? '' : height;
}

// frame: "embed" (a box in an article), "bare" (no border: the iframe page, whose iframe is
// the box) or "page" (the hosted page: no border, and a Copy link of its own).
function applyFrame(chrome, frame) {
  chrome.root.classList.toggle('pe-bare', frame === 'bare' || frame === 'page');
  chrome.root.classList.toggle('pe-page', frame === 'page');
}

function applyTheme(chrome, theme, accent, prefersDark) {
  chrome.root.setAttribute('data-theme', theme === 'auto' ? (prefersDark ? 'dark' : 'light') : theme);
  if (accent) chrome.root.style.setProperty('--pe-accent', accent);
  else chrome.root.style.removeProperty('--pe-accent');
}

function showStatus(chrome, text, isError, details) {
  chrome.status.hidden = false;
  chrome.status.classList.toggle('pe-error', !!isError);
  chrome.statusText.textContent = text;
  chrome.details.hidden = !details;
  chrome.details.textContent = details || '';
}

// After a failure: only "Try again" in the bar when it may help, else no bar at all.
function showFailureBar(chrome, canRetry) {
  chrome.root.classList.toggle('pe-can-retry', canRetry);
  chrome.bar.hidden = !canRetry;
}

function showNotice(chrome, lines) {
  chrome.noticeText.textContent = lines.join(' ');
  chrome.notice.hidden = lines.length === 0;
}

// When copying failed: the link in a selected field, for the reader to copy by hand.
function showLinkField(chrome, link) {
  let field = chrome.bar.querySelector('.pe-link');
  if (!field) {
    field = make('input', { class: 'pe-link', type: 'text', readonly: '', 'aria-label': chrome.words.copyThis });
    chrome.bar.insertBefore(field, chrome.copy);
  }
  field.value = link;
  field.focus();
  field.select();
}
