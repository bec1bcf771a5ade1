// Polity Explorer embed — the text twin of each explorer: the same dataset as semantic HTML
// (headings, lists, tables, quotes with their sources; rendered by the widget's own C++, see
// shared/include/polity/html.hpp) in the explorer's shadow root, beside the canvas.
// - Screen readers read it: the canvas (role application) points to it with aria-describedby.
// - It follows the explorer: the entity the reader opens is marked aria-current, and a polite
//   live region says its name, or which control the keyboard moved to (polity:focus).
// - A "Text version" button, shown when it gets the keyboard focus, opens it for everyone.
// - Without WebGL it is what the box shows, rendered from the downloaded dataset.
// - The first view never waits for it: it is built once the explorer's first frame is on the
//   screen, in idle slices of a few milliseconds, with the first items of each section and a
//   "Show all" button per section for the rest.
// Each explorer instance (instance.js) owns its twin and tells it what happened: the data is
// ready, the reader moved (a statechange, a select, the keyboard's focus), or the explorer cannot
// start without WebGL. Events that the page itself dispatches on the element do not reach it.

import { make } from './chrome.js';
import { DATASETS } from './loader.js';

const TWIN_WORDS = {
  en: { open: 'Text version', close: 'Back to the explorer', region: 'Text version of the explorer',
    data: 'The data behind it (JSON)',
    noWebgl: 'This browser offers no WebGL 2, so the interactive explorer cannot start. Here is all of it as text.',
    about: 'A text version of the explorer, with everything it shows, follows the canvas; the item you open ' +
      'there is marked in it.' },
  ru: { open: 'Текстовая версия', close: 'Вернуться к интерактивной версии', region: 'Текстовая версия',
    data: 'Данные, на которых она построена (JSON)',
    noWebgl: 'Этот браузер не поддерживает WebGL 2, поэтому интерактивная версия не запускается. ' +
      'Вот всё её содержание текстом.',
    about: 'После холста следует текстовая версия со всем, что показывает интерактивная версия; то, что вы ' +
      'открываете, в ней отмечается.' },
  kk: { open: 'Мәтіндік нұсқа', close: 'Интерактивті нұсқаға оралу', region: 'Мәтіндік нұсқа',
    data: 'Оның негізіндегі деректер (JSON)',
    noWebgl: 'Бұл браузерде WebGL 2 жоқ, сондықтан интерактивті нұсқа іске қосылмайды. ' +
      'Оның барлық мазмұны мәтін түрінде төменде.',
    about: 'Кенептен кейін интерактивті нұсқадағы барлық мәліметтің мәтіндік нұсқасы берілген; сіз ашқан ' +
      'нәрсе онда белгіленеді.' },
};

// Hidden: out of sight but read (not display: none, which screen readers skip as well).
const TWIN_STYLES = `
.pe-twin-live, .pe-twin:not(.pe-twin-shown), .pe-twin-open:not(:focus), .pe-twin-shown .pe-twin-about {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.pe-twin-open { position: absolute; z-index: 3; top: 0.5em; left: 0.5em; }
.pe-twin.pe-twin-shown { position: absolute; inset: 0; z-index: 2; overflow: auto; padding: 0.75em 1.25em 2em;
  background: var(--pe-bg); color: var(--pe-text); }
.pe-twin-close { position: sticky; top: 0; z-index: 1; float: right; }
.pe-twin:not(.pe-twin-shown) .pe-twin-close, .pe-fallback .pe-twin-close { display: none; }
.pe-twin-data { margin: 0 0 1em; }
.pe-twin-data a { color: var(--pe-link); }
.pe-twin-body .more { font-style: italic; }
.pe-twin-note { margin: 0 0 1em; padding: 0.5em 0.75em; border-left: 4px solid var(--pe-error); }
.pe-twin-body article { max-width: 44em; margin: 0 auto; font-size: 16px; line-height: 1.55; }
.pe-twin-body h1 { font-size: 1.5em; line-height: 1.25; }
.pe-twin-body h2 { font-size: 1.25em; margin-top: 1.5em; border-bottom: 1px solid var(--pe-line); }
.pe-twin-body h3 { font-size: 1.1em; margin-bottom: 0.25em; }
.pe-twin-body h4 { font-size: 1em; margin: 0.75em 0 0.25em; color: var(--pe-muted); }
.pe-twin-body a { color: var(--pe-link); }
.pe-twin-body nav ul { display: flex; flex-wrap: wrap; gap: 0.25em 1.25em; padding: 0; list-style: none; }
.pe-twin-body .dek, .pe-twin-body .meta, .pe-twin-body .sources { color: var(--pe-muted); }
.pe-twin-body table { border-collapse: collapse; }
.pe-twin-body th, .pe-twin-body td { padding: 0.2em 0.6em; border-bottom: 1px solid var(--pe-line); text-align: left; }
.pe-twin-body blockquote { margin: 0.5em 0; padding-left: 1em; border-left: 3px solid var(--pe-line); }
.pe-twin-body [aria-current="true"] { outline: 3px solid var(--pe-link); outline-offset: 6px; border-radius: 2px; }
.pe-twin-body :focus-visible { outline: 2px solid var(--pe-link); outline-offset: 2px; }
`;

const TWIN_SLICE_MS = 4;       // the longest a slice of the build runs (its layout comes after)
const TWIN_SLICE_NODES = 60;   // the most elements a slice inserts

let twinSheet = null;          // one parsed stylesheet for every twin on the page
let twinPolicy;                // a Trusted Types policy, where the page enforces them (see twinParse)

function twinWords(lang) {
  return TWIN_WORDS[lang] || TWIN_WORDS[String(lang).split('-')[0]] || TWIN_WORDS.en;
}

function adoptTwinStyles(shadow) {
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!twinSheet) {
      twinSheet = new CSSStyleSheet();
      twinSheet.replaceSync(TWIN_STYLES);
    }
    if (!shadow.adoptedStyleSheets.includes(twinSheet)) {
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, twinSheet];
    }
  } else {
    shadow.append(make('style', {}, TWIN_STYLES));
  }
}

// The twin's HTML as nodes. It is ours (every dataset string escaped by the C++ writer), but a
// page enforcing Trusted Types still wants a policy; if it allows none, there is no twin.
function twinParse(html) {
  if (twinPolicy === undefined) {
    try {
      twinPolicy = window.trustedTypes ? window.trustedTypes.createPolicy('polity-twin', { createHTML: (s) => s }) : null;
    } catch (e) {
      twinPolicy = false;
    }
  }
  if (twinPolicy === false) return null;
  const doc = new DOMParser().parseFromString(twinPolicy ? twinPolicy.createHTML(html) : html, 'text/html');
  return doc.body.firstElementChild;
}

//-----------------------------------------------------------------------------
// Building, filling and showing
//-----------------------------------------------------------------------------

// The twin's nodes beside the canvas.
function buildTwin(instance, lang) {
  const chrome = instance.chrome;
  adoptTwinStyles(chrome.shadow);
  const words = twinWords(lang);
  const open = make('button', { type: 'button', class: 'pe-twin-open', 'aria-expanded': 'false',
    'aria-controls': 'pe-twin' }, words.open);
  const section = make('section', { id: 'pe-twin', class: 'pe-twin', 'aria-label': words.region });
  const about = make('p', { id: 'pe-twin-about', class: 'pe-twin-about' }, words.about);
  const close = make('button', { type: 'button', class: 'pe-twin-close' }, words.close);
  const note = make('p', { class: 'pe-twin-note', hidden: '' });
  // The dataset file itself, for readers of the text version (the canvas has its own download menu).
  const data = make('p', { class: 'pe-twin-data' });
  const dataLink = make('a', { href: new URL(instance.options.dataset, document.baseURI).href, download: '',
    tabindex: '-1' }, words.data);
  data.append(dataLink);
  const body = make('div', { class: 'pe-twin-body' });
  const live = make('p', { class: 'pe-twin-live', role: 'status', 'aria-live': 'polite' });
  section.append(about, close, note, data, body);
  chrome.box.prepend(open);                     // before the canvas: met first, with Tab too
  chrome.box.append(section, live);
  chrome.canvas.setAttribute('role', 'application');
  chrome.canvas.setAttribute('aria-describedby', 'pe-twin-about');
  const twin = { chrome, open, section, about, close, note, dataLink, body, live, lang: '', current: null, shown: false,
    render: null, all: false, build: null, item: '' };
  open.addEventListener('click', () => showTwin(twin, true));
  close.addEventListener('click', () => { showTwin(twin, false); chrome.canvas.focus(); });
  section.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && twin.shown && !chrome.root.classList.contains('pe-fallback')) close.click();
  });
  body.addEventListener('click', (e) => followInPageLink(twin, e) || showAll(twin, e));
  return twin;
}

// The twin's own words, in the explorer's language.
function labelTwin(twin, lang) {
  const words = twinWords(lang);
  twin.open.textContent = words.open;
  twin.close.textContent = words.close;
  twin.about.textContent = words.about;
  twin.dataLink.textContent = words.data;
  twin.section.setAttribute('aria-label', words.region);
}

// Fills the twin with `render(lang, all)`'s HTML, built in idle slices (see buildInSlices);
// `done` runs once it is all in. False when there is nothing to show.
function fillTwin(twin, render, lang, all = false, done = () => {}) {
  const html = render(lang, all);
  const article = html ? twinParse(html) : null;
  if (!article) return false;
  labelTwin(twin, lang);
  setControlsFocusable(article, twin.shown);
  twin.render = render;
  twin.lang = lang;
  twin.all = all;
  twin.current = null;
  const shell = document.importNode(article, false);
  twin.body.replaceChildren(shell);
  twin.section.setAttribute('aria-busy', 'true');
  twin.build = buildInSlices(article, shell, () => {
    twin.build = null;
    twin.section.removeAttribute('aria-busy');
    setLinksFocusable(twin, twin.shown);   // in case the twin was opened or closed meanwhile
    markCurrent(twin, twin.item);
    done();
  });
  return true;
}

// Moves the parsed twin into the page a slice at a time, each slice started in idle time:
// inserting thousands of nodes at once holds the page for a tenth of a second or more (style
// and layout come with them). Returns {cancel}.
function buildInSlices(from, to, done) {
  const steps = moveSteps(from, to);
  let cancelled = false;
  const slice = () => {
    if (cancelled) return;
    const end = performance.now() + TWIN_SLICE_MS;
    for (let inserted = 0; inserted < TWIN_SLICE_NODES && performance.now() < end;) {
      const step = steps.next();
      if (step.done) return done();
      inserted += step.value;
    }
    whenIdle(slice);
  };
  whenIdle(slice);
  return { cancel: () => { cancelled = true; } };
}

// One child of `from` into `to` per step, yielding how many elements it inserted; an element
// with many children goes in empty and is filled in later steps.
function* moveSteps(from, to) {
  for (const node of Array.from(from.childNodes)) {
    const size = node.nodeType === Node.ELEMENT_NODE ? node.getElementsByTagName('*').length + 1 : 0;
    if (size > TWIN_SLICE_NODES) {
      const shell = document.importNode(node, false);
      to.append(shell);
      yield 1;
      yield* moveSteps(node, shell);
    } else {
      to.append(document.importNode(node, true));
      yield size;
    }
  }
}

function whenIdle(callback) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 500 });
  else setTimeout(callback, 1);
}

// After the explorer's first frame is on the screen (a frame later, in idle time).
function afterFirstFrame(instance, callback) {
  const later = () => requestAnimationFrame(() => whenIdle(callback));
  if (instance.element.hasAttribute('data-first-frame-ms')) later();
  else instance.track(instance.element, 'polity:firstframe', later, { once: true });
}

function cancelBuild(twin) {
  if (twin.build) twin.build.cancel();
  twin.build = null;
}

// "Show all" in a section: the twin again with every item, the reader kept at that section.
function showAll(twin, e) {
  const button = e.target.closest && e.target.closest('button[data-twin-all]');
  if (!button || !twin.render) return;
  const section = button.closest('section');
  const id = section ? section.id : '';
  cancelBuild(twin);
  fillTwin(twin, twin.render, twin.lang, true, () => {
    const target = id && twin.body.querySelector('#' + CSS.escape(id));
    if (!target) return;
    target.setAttribute('tabindex', '-1');
    target.focus();
  });
}

// Hidden, its hundreds of links stay out of the Tab order (screen readers still reach them).
function setControlsFocusable(root, focusable) {
  for (const control of root.querySelectorAll('a[href], button[data-twin-all]')) {
    if (focusable) control.removeAttribute('tabindex');
    else control.setAttribute('tabindex', '-1');
  }
}

function setLinksFocusable(twin, focusable) {
  setControlsFocusable(twin.section, focusable);
}

function showTwin(twin, shown, moveFocus = true) {
  twin.shown = shown;
  twin.section.classList.toggle('pe-twin-shown', shown);
  twin.open.setAttribute('aria-expanded', String(shown));
  setLinksFocusable(twin, shown);
  if (!shown || !moveFocus) return;
  // Reading starts at what is open in the explorer, else at the top.
  const start = twin.current || twin.body.querySelector('h1') || twin.close;
  start.setAttribute('tabindex', '-1');
  start.focus({ preventScroll: true });
  start.scrollIntoView({ block: 'start' });
}

// "#ombudsman" links move inside the twin: the page's own fragment (which may hold the
// explorer's state) is left alone. True when `e` was such a link.
function followInPageLink(twin, e) {
  const link = e.target.closest && e.target.closest('a[href^="#"]');
  if (!link) return false;
  e.preventDefault();
  const target = twin.body.querySelector('#' + CSS.escape(link.getAttribute('href').slice(1)));
  if (!target) return true;
  target.setAttribute('tabindex', '-1');
  target.focus();
  return true;
}

// Marks the entity open in the explorer (once the twin is built, if it is being built);
// returns its name, as the twin writes it.
function markCurrent(twin, id) {
  twin.item = id || '';
  if (twin.build) return '';
  if (twin.current) twin.current.removeAttribute('aria-current');
  twin.current = id ? twin.body.querySelector('#' + CSS.escape(id)) : null;
  if (!twin.current) return '';
  twin.current.setAttribute('aria-current', 'true');
  if (twin.shown) twin.current.scrollIntoView({ block: 'nearest' });
  const name = twin.current.querySelector('h3, strong, cite, q, a');
  return (name || twin.current).textContent.trim().slice(0, 200);
}

// A message for the live region. Opening an entity moves the keyboard focus too: messages
// within half a second are joined, so the second does not cut the first short.
function say(twin, text) {
  if (!text) return;
  const now = Date.now(), recent = now - (twin.saidAt || 0) < 500 && twin.live.textContent;
  twin.live.textContent = recent ? twin.live.textContent + '. ' + text : text;
  twin.saidAt = now;
}

//-----------------------------------------------------------------------------
// Following the explorer
//-----------------------------------------------------------------------------

export class TextTwin {
  constructor(instance) {
    this.instance = instance;
    this.nodes = null;   // built when the data is first ready (or the explorer cannot start)
  }

  // Its nodes, built on first use.
  built(lang) {
    if (!this.nodes) this.nodes = buildTwin(this.instance, lang);
    return this.nodes;
  }

  // The explorer shows its data: the nodes at once (the canvas points to them), the text once
  // the first frame is on the screen.
  ready(lang, item) {
    const instance = this.instance;
    const twin = this.built(lang);
    const start = instance.starts;   // this start of the explorer, not a later one (Try again)
    // The module through its instance, never held: after destroy() nothing keeps its memory alive.
    const render = (l, all) => (instance.module ? instance.module['twinHtml'](l, all) : '');
    twin.item = item || '';
    twin.lang = lang;
    cancelBuild(twin);
    const waiting = { cancel: () => {} };   // a build to come: marks wait for it as well
    twin.build = waiting;
    twin.section.setAttribute('aria-busy', 'true');
    afterFirstFrame(instance, () => {
      if (twin.build !== waiting || instance.starts !== start || !instance.module) return;
      twin.build = null;
      if (!fillTwin(twin, render, twin.lang)) twin.section.removeAttribute('aria-busy');
    });
  }

  // Where the reader is (a statechange): the language it is written in, the item marked.
  follow(lang, item) {
    const twin = this.nodes;
    if (!twin) return;
    if (lang !== twin.lang) {
      twin.lang = lang;
      if (twin.render) {
        cancelBuild(twin);
        fillTwin(twin, twin.render, lang, twin.all);
      }
    }
    markCurrent(twin, item);
  }

  // The reader opened an entity: marked, and its name said.
  select(id) {
    if (this.nodes) say(this.nodes, markCurrent(this.nodes, id));
  }

  // The keyboard moved to another control of the canvas.
  focus(label) {
    if (this.nodes) say(this.nodes, label);
  }

  // Without WebGL the module runs but no widget does: the box shows the twin of the dataset,
  // which the module downloaded all the same, under the reason the canvas is missing.
  showInstead() {
    const instance = this.instance;
    const download = DATASETS.get(instance.options.dataset);
    if (!download) return;
    const lang = instance.language();
    download.then((bytes) => {
      if (!instance.module) return;   // destroyed meanwhile
      const twin = this.built(lang);
      cancelBuild(twin);
      if (!fillTwin(twin, (l, all) => (instance.module ? instance.module['twinFromBytes'](bytes, l, all) : ''), lang)) return;
      instance.chrome.root.classList.add('pe-fallback');
      twin.note.textContent = twinWords(lang).noWebgl;
      twin.note.hidden = false;
      showTwin(twin, true, false);
    }, () => {});
  }

  stop() {
    if (this.nodes) cancelBuild(this.nodes);
  }
}
