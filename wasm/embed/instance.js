// Polity Explorer embed — one widget on a page: its box, lazy start, host API and teardown.
// Everything it adds to the page (listeners, observers, timers) goes through track(), so
// destroy() can take all of it off again; after destroy() nothing of it runs.
// In article mode the box fits the open view (the widget says how tall, after its frames), up
// to 85 % of the reader's viewport, and the page under the reader's eyes stays where it is.
// Each instance owns its text twin (twin.js) and tells it where the reader is.

import { applyFrame, applyHeight, applyTheme, buildChrome, fillCredit, fillHeader, relabelChrome, setCopyLabel,
  showFailureBar, showLinkField, showNotice, showStatus, updateBar } from './chrome.js';
import { explainStartFailure, loadFallbackFont, startModule } from './loader.js';
import { checkLink, checkOptions, refusedOrigin } from './options.js';
import { TextTwin } from './twin.js';
import { changedFrom, fragmentPrefix, LINK_KEYS, linkState, readFragment, replaceFragment,
  writeFragment } from './url_state.js';

const NEAR_VIEWPORT = '400px 0px';  // start loading this far before the widget scrolls into view
const HEIGHT_SHARE = 0.85;          // article mode: the most of the viewport's height the box takes
const READING_MS = 1500;            // input in the box this recently: the reader is working in it

// The page's language from <html lang> ("ru-RU" gives "ru"), or ''.
function pageLanguage() {
  const match = /^([a-z]{2,3})(?:-|$)/i.exec(document.documentElement.getAttribute('lang') || '');
  return match ? match[1].toLowerCase() : '';
}

export class Instance {
  // raw: data-* attributes read by readAttributes(), or mount() options; source: see checkOptions.
  constructor(element, raw, source) {
    const { options, problems } = checkOptions(raw, source);
    this.element = element;
    this.options = options;
    this.frame = raw.frame || 'embed';              // see applyFrame(); the site's own pages only
    this.ownFragment = raw.fragment === 'own';      // the page's fragment is ours alone
    this.prefix = this.ownFragment ? '' : fragmentPrefix(element);
    this.makeLink = typeof raw.makeLink === 'function' ? raw.makeLink : null;
    this.listedOriginsOnly = raw.listedOriginsOnly === true;   // the site's own pages: see refusedOrigin()
    this.scrollPage = typeof raw.scrollPage === 'function' ? raw.scrollPage : undefined;  // the site's own pages only
    // The viewport the box's height is measured against: the frame page gives the host's.
    this.viewportHeight = typeof raw.viewportHeight === 'function' ? raw.viewportHeight : null;
    this.fits = options.mode === 'article' && options.height === 'auto';
    this.pageLang = pageLanguage();
    this.lastInput = -Infinity;    // when the reader last pressed, typed or scrolled in the box
    this.base = { view: options.view, item: options.item, lang: options.lang, search: '', category: '' };
    this.wanted = Object.assign({}, this.base, checkLink(readFragment(location.hash, this.prefix)));
    this.cleanups = [];
    this.handlers = new Map();
    this.module = null;
    this.starts = 0;              // load() calls: a start that a retry replaced is not adopted
    this.phase = 'waiting';       // waiting (not near the viewport yet), loading, ready, failed, destroyed
    this.last = null;             // the last state the widget reported
    this.ready = new Promise((resolve) => { this.settle = resolve; });
    this.chrome = buildChrome(element, this.language(), options.mode);
    this.twin = new TextTwin(this);
    this.setup(problems, raw.lazy !== false && raw.lazy !== 'false');
  }

  // The reader's language as far as it is known: the widget's, the asked-for, the page's.
  language() {
    return (this.last && this.last.lang) || this.wanted.lang || this.pageLang || 'en';
  }

  setup(problems, lazy) {
    const chrome = this.chrome;
    applyFrame(chrome, this.frame);
    applyHeight(chrome, this.options.height);
    this.watchTheme();
    this.reportProblems(problems);
    this.track(chrome.copy, 'click', () => this.onCopyClick());
    this.track(chrome.close, 'click', () => showNotice(chrome, []));
    this.track(chrome.retry, 'click', () => this.retry());
    this.track(chrome.search, 'input', () => this.setSearch(chrome.search.value));
    this.track(chrome.credit, 'click', (e) => this.onCreditClick(e));
    this.track(this.element, 'polity:firstframe', (e) => this.callHandlers('firstframe', e.detail));
    if (this.ownFragment || this.options.mirrorUrl) this.track(window, 'hashchange', () => this.onHashChange());
    for (const type of ['pointerdown', 'keydown', 'wheel']) {
      this.track(chrome.root, type, () => { this.lastInput = performance.now(); }, { capture: true, passive: true });
    }
    this.track(window, 'resize', () => this.sendHeightLimit());
    this.watchPageLanguage();
    if (problems.some((p) => p.fatal)) return this.fail(problems.filter((p) => p.fatal)[0].message, [], false);
    const refused = this.listedOriginsOnly ? refusedOrigin(this.options.dataset) : '';
    if (refused) {
      console.warn(`Polity Explorer: this page does not load datasets from ${refused}; to allow it, list the ` +
        'origin in <meta name="polity-allowed-origins"> (and in the Content-Security-Policy\'s connect-src).');
      return this.fail(this.chrome.words.refused.replace('{origin}', refused), [], false);
    }
    if (lazy && 'IntersectionObserver' in window) this.startWhenNear();
    else this.load();
  }

  //---------------------------------------------------------------------------
  // Bookkeeping: everything added to the page is taken off by destroy()
  //---------------------------------------------------------------------------
  track(target, type, handler, options) {
    target.addEventListener(type, handler, options);
    this.cleanups.push(() => target.removeEventListener(type, handler, options));
  }

  later(ms, f) {
    const id = setTimeout(f, ms);
    this.cleanups.push(() => clearTimeout(id));
  }

  watchTheme() {
    const { theme, accent } = this.options;
    const query = theme === 'auto' && window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    applyTheme(this.chrome, theme, accent, !!(query && query.matches));
    if (query) this.track(query, 'change', () => applyTheme(this.chrome, theme, accent, query.matches));
  }

  // <html lang> may change (a site switching language without a reload; the frame page learning
  // its host's): the explorer follows it while no language was asked for.
  watchPageLanguage() {
    if (!('MutationObserver' in window)) return;
    const observer = new MutationObserver(() => {
      const lang = pageLanguage();
      if (lang === this.pageLang) return;
      this.pageLang = lang;
      if (this.module && this.module['started']()) this.module['setPageLanguage'](lang);
      else if (!this.wanted.lang) relabelChrome(this.chrome, this.language());
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.cleanups.push(() => observer.disconnect());
  }

  // Bad options: a console warning naming the attribute, and the same words in the box.
  reportProblems(problems) {
    for (const p of problems) console.warn(`Polity Explorer: ${p.message}.`, this.element);
    const lines = problems.filter((p) => !p.fatal).map((p) => p.message + '.');
    showNotice(this.chrome, lines);
  }

  //---------------------------------------------------------------------------
  // Starting
  //---------------------------------------------------------------------------
  startWhenNear() {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      this.load();
    }, { rootMargin: NEAR_VIEWPORT });
    observer.observe(this.element);
    this.cleanups.push(() => observer.disconnect());
  }

  load() {
    if (this.phase !== 'waiting') return;
    this.phase = 'loading';
    showStatus(this.chrome, this.chrome.words.loading, false);
    if (this.options.font === 'bundled') loadFallbackFont().catch(() => {});  // in parallel with the code
    const start = ++this.starts;
    const current = () => start === this.starts;
    const hooks = { options: () => this.startOptions(),
      onStateChange: (s) => current() && this.onState(s), onFailure: (m) => current() && this.fail(m, [], true),
      scrollPage: this.scrollPage, onHeight: (px) => current() && this.fitHeight(px),
      onFocus: (label) => current() && this.twin.focus(label), words: () => this.chrome.words };
    let starting;
    try {
      starting = startModule(this.chrome.canvas, this.element, this.options, hooks);
    } catch (error) {
      starting = Promise.reject(error);  // whatever throws on the way ends in the box, never "Loading…" forever
    }
    starting.then((module) => this.started(module, start),
      (error) => this.fail(explainStartFailure(error, this.chrome.words), [], true));
  }

  started(module, start) {
    const stale = start !== this.starts || this.phase === 'destroyed' || this.phase === 'failed';
    if (stale) return module['destroy']();
    this.module = module;
    if (!module['started']()) {
      this.fail(this.chrome.words.noWebgl, [], false);
      return this.twin.showInstead();
    }
    this.chrome.status.hidden = true;  // from here the canvas shows its own progress and errors
    if (this.options.datasetText !== undefined) this.showText();
    this.sendHeightLimit();
  }

  // What the app starts with, asked for once as it is made (after the code loaded): where the
  // reader is by then (the fragment, the host's calls), the page's language and the options.
  // From then on each change is a call (setLanguage, navigate, ...).
  startOptions() {
    const { mode, views, languageMenu, wheel, theme, accent } = this.options, wanted = this.wanted;
    return { 'language': wanted.lang, 'pageLanguage': this.pageLang, 'view': wanted.view, 'item': wanted.item,
      'search': wanted.search, 'mode': mode, 'views': views, 'languageMenu': languageMenu, 'wheel': wheel,
      'theme': theme, 'accent': accent };
  }

  // The dataset given as text (mount's datasetText, or setDatasetText): read at once, in place.
  showText() {
    const name = this.options.dataset ? new URL(this.options.dataset).pathname.split('/').pop() : '';
    this.module['loadBytes'](new TextEncoder().encode(this.options.datasetText), name || 'dataset.json');
  }

  // Another text for the dataset (a preview following an editor's sheets): the view stays, and
  // the item too while it exists. `ready` is a new promise for this text, and `ready` (or
  // `error`, for a text with errors) fires again once it shows.
  setDatasetText(text) {
    if (this.phase === 'destroyed') return false;
    if (this.phase === 'loading' && this.options.datasetText === undefined) {
      this.ready.then(() => this.setDatasetText(text));  // the download under way would replace it
      return true;
    }
    this.options.datasetText = text;
    if (!this.module || !this.module['started']()) return true;  // started() shows it
    this.ready = new Promise((resolve) => { this.settle = resolve; });
    this.phase = 'loading';
    this.last = null;  // the widget's next report is about this text
    const before = this.module['link']();
    this.showText();
    if (before && before.item) this.module['navigate'](before.view, before.item);
    return true;
  }

  //---------------------------------------------------------------------------
  // Article mode's height
  //---------------------------------------------------------------------------
  // The most the box may be, in CSS pixels: a share of the reader's viewport. Its layout height
  // (the ICB): a phone's address bar coming and going does not change it.
  sendHeightLimit() {
    if (!this.fits || !this.module || !this.module['started']()) return;
    const viewport = this.viewportHeight ? this.viewportHeight()
      : document.documentElement.clientHeight || window.innerHeight;
    this.module['setHeightLimit'](Math.max(240, Math.round(viewport * HEIGHT_SHARE)));
  }

  // The widget asks for a height (CSS pixels) after a frame: the box takes it, and when the box
  // starts above the viewport the page scrolls by the difference, so the text the reader is on
  // stays in place (unless the reader is working in the box: then the box is what they watch).
  // True when the height changed (the widget then draws again at once, before the page shows);
  // null when the box does not follow the view (app mode, or a height the page set).
  fitHeight(height) {
    if (!this.fits) return null;
    const box = this.chrome.box;
    const px = Math.ceil(height);
    if (Math.abs(box.getBoundingClientRect().height - px) < 1) return false;
    const before = this.element.getBoundingClientRect();
    const reading = performance.now() - this.lastInput < READING_MS;
    box.style.height = px + 'px';
    if (before.top < 0 && !reading) {
      const moved = this.element.getBoundingClientRect().bottom - before.bottom;
      if (moved) window.scrollBy(0, moved);
    }
    return true;
  }

  // canRetry: the cause may pass (the network), unlike a missing dataset or no WebGL.
  fail(message, diagnostics, canRetry) {
    if (this.phase === 'destroyed' || this.phase === 'failed') return;
    this.phase = 'failed';
    showStatus(this.chrome, message, true, diagnostics.join('\n'));
    showFailureBar(this.chrome, canRetry);
    this.element.setAttribute('data-error', message);
    this.settle(false);
    queueMicrotask(() => this.emit('error', { message, diagnostics }));  // after mount() returned
  }

  // The reader's "Try again": the dataset again, or the whole start when the code failed.
  retry() {
    if (this.phase !== 'failed') return;
    this.ready = new Promise((resolve) => { this.settle = resolve; });  // a new try, a new answer
    showFailureBar(this.chrome, false);
    if (this.module && this.module['started']()) {
      this.phase = 'loading';
      this.module['loadDataset'](this.options.dataset);
    } else {
      this.module = null;   // the failed start is abandoned; load() starts a new one
      this.phase = 'waiting';
      this.element.removeAttribute('data-error');
      this.load();
    }
  }

  //---------------------------------------------------------------------------
  // What the widget reports: events, the URL fragment, the phone search field
  //---------------------------------------------------------------------------
  onState(state) {
    const previous = this.last;
    this.last = state;
    if (state.phase === 'failed') {
      // The canvas shows the failure itself; the page hears of it. A download may succeed
      // when tried again; a dataset with errors (diagnostics) will not.
      this.phase = 'failed';
      this.element.setAttribute('data-error', state.message);
      showFailureBar(this.chrome, !(state.diagnostics && state.diagnostics.length));
      this.settle(false);
      return this.emit('error', { message: state.message, diagnostics: state.diagnostics || [] });
    }
    if (state.phase !== 'ready') return;
    const first = !previous || previous.phase !== 'ready';
    if (first || state.lang !== previous.lang) this.describeData(state.lang);
    if (first) this.becameReady(state);
    else this.emitChanges(previous, state);
    this.syncFragment(state);
    updateBar(this.chrome, state.view === 'search');
    if (this.chrome.search !== this.chrome.shadow.activeElement) this.chrome.search.value = state.search;
  }

  // The box's words, headline and credit line in the reader's language. Called in the frame
  // that shows the data, so they appear with it, not a frame later.
  describeData(lang) {
    relabelChrome(this.chrome, lang);
    const about = this.module && this.module['about']();
    if (!about) return;
    fillHeader(this.chrome, about, this.options.mode === 'article' && this.options.header !== 'none');
    fillCredit(this.chrome, about);
  }

  onCreditClick(e) {
    const button = e.target.closest && e.target.closest('button[data-get]');
    if (button) this.download(button.getAttribute('data-get'));
  }

  becameReady(state) {
    this.phase = 'ready';
    this.element.removeAttribute('data-error');
    if (!this.base.lang) this.base.lang = state.lang;   // the language the page gave it, as configured
    showFailureBar(this.chrome, false);
    if (this.wanted.category && this.module) this.module['setCategory'](this.wanted.category);
    this.settle(true);
    this.twin.ready(state.lang, state.item);
    this.emit('ready', { view: state.view, item: state.item, lang: state.lang, dataset: this.options.dataset });
    this.emitStateChange(state);
  }

  emitChanges(previous, state) {
    if (state.view !== previous.view) this.emit('viewchange', { view: state.view });
    if (state.item && state.item !== previous.item) {
      this.twin.select(state.item);
      this.emit('select', { id: state.item, kind: state.kind, view: state.view });
    }
    if (LINK_KEYS.some((k) => state[k] !== previous[k])) this.emitStateChange(state);
  }

  emitStateChange(state) {
    this.twin.follow(state.lang, state.item);
    this.emit('statechange', linkDetail(state));
  }

  syncFragment(state) {
    const link = linkState(state);
    if (this.ownFragment) replaceFragment(writeFragment(location.hash, '', link));
    else if (this.options.mirrorUrl) replaceFragment(writeFragment(location.hash, this.prefix, changedFrom(link, this.base)));
  }

  // Back/forward or an edited fragment: go where it points (keys it lacks: the configured ones).
  onHashChange() {
    this.applyLink(Object.assign({}, this.base, checkLink(readFragment(location.hash, this.prefix))));
  }

  applyLink(target) {
    this.wanted = Object.assign({}, target);
    if (!this.module) return;
    const now = this.module['link']();
    if (target.lang && target.lang !== now.lang) this.module['setLanguage'](target.lang);
    if ((target.search || '') !== (now.search || '')) this.module['setSearch'](target.search || '');
    if (target.view !== now.view || (target.item || '') !== (now.item || '')) {
      this.module['navigate'](target.view, target.item || '');
    }
    if (this.phase === 'ready' && (target.category || '') !== (now.category || '')) {
      this.module['setCategory'](target.category || '');
    }
  }

  //---------------------------------------------------------------------------
  // Host API (checked in api.js). Before the widget has loaded, requests change where it
  // will start; after, they go to it. Each returns true when taken.
  //---------------------------------------------------------------------------
  navigate(view, item) {
    this.wanted = Object.assign({}, this.currentLink(), { view, item });
    if (!this.module) return true;
    if (!this.module['navigate'](view, item)) return false;
    const now = this.module['link']();
    return !item || now.phase !== 'ready' || now.item === item;  // an unknown id selects nothing
  }

  setLanguage(code) {
    this.wanted.lang = code;
    return this.module ? this.module['setLanguage'](code) : true;
  }

  setSearch(text) {
    this.wanted.search = text;
    if (this.module) this.module['setSearch'](text);
    return true;
  }

  setCategory(name) {
    this.wanted.category = name;
    if (this.module && this.phase === 'ready') this.module['setCategory'](name);
    return true;
  }

  setHeight(height) {
    this.options.height = height;
    applyHeight(this.chrome, height);
    this.fits = this.options.mode === 'article' && height === 'auto';
    if (!this.fits) this.chrome.box.style.height = '';   // the CSS's height again
    if (this.module && this.module['started']()) this.module['setHeightLimit'](0);
    this.sendHeightLimit();
  }

  // The reader's downloads (web_downloads.js): 'csv', 'json' or 'png' at a preset's size; the
  // file name, or null.
  download(kind, preset) {
    return this.module && this.phase === 'ready' ? this.module['download'](kind, {'preset': preset}) : Promise.resolve(null);
  }

  // The dataset's credit line, and its address where it is an http(s) link by the widget's own
  // rule (a page may link it).
  about() {
    const about = this.module && this.phase === 'ready' ? this.module['about']() : null;
    if (about) about.dataset = this.module['isWebLink'](this.options.dataset) ? this.options.dataset : '';
    return about;
  }

  state() {
    if (this.last) return Object.assign({}, this.last);
    return Object.assign({ phase: this.phase, kind: '' }, this.wanted, { lang: this.language() });
  }

  frames() { return this.module ? this.module['frames']() : 0; }

  // The widget's full report (DescribeState in wasm/app.cpp), for debugging and tests.
  debugState() { return this.module ? this.module['debugState']() : null; }

  go(direction) {
    if (this.module) this.module[direction < 0 ? 'back' : 'forward']();
  }

  //---------------------------------------------------------------------------
  // Events: a DOM CustomEvent on the element (bubbling), then the on() handlers
  //---------------------------------------------------------------------------
  emit(name, detail) {
    if (this.phase === 'destroyed') return;
    this.element.dispatchEvent(new CustomEvent('polity:' + name, { detail, bubbles: true }));
    this.callHandlers(name, detail);
  }

  callHandlers(name, detail) {
    for (const handler of Array.from(this.handlers.get(name) || [])) {
      try {
        handler(detail, this.api);
      } catch (error) {
        console.error('Polity Explorer: a polity:' + name + ' handler failed', error);  // the others still run
      }
    }
  }

  //---------------------------------------------------------------------------
  // Links
  //---------------------------------------------------------------------------
  currentLink() {
    return linkState(this.last && this.last.phase === 'ready' ? this.last : this.wanted);
  }

  link() {
    const state = this.currentLink();
    if (this.makeLink) return this.makeLink(state);
    return location.href.split('#')[0] + writeFragment(location.hash, this.prefix, state);
  }

  copyLink() {
    const link = this.link();
    const clipboard = navigator.clipboard && navigator.clipboard.writeText
      ? navigator.clipboard.writeText(link) : Promise.reject(new Error('no clipboard'));
    return clipboard.then(() => link, () => {
      if (copyWithSelection(this.chrome.shadow, link)) return link;
      throw Object.assign(new Error('the browser did not allow copying'), { link });
    });
  }

  onCopyClick() {
    this.copyLink().then(() => {
      setCopyLabel(this.chrome, true);
      this.later(2000, () => setCopyLabel(this.chrome, false));
    }, (error) => showLinkField(this.chrome, error.link));
  }

  //---------------------------------------------------------------------------
  // Teardown
  //---------------------------------------------------------------------------
  destroy() {
    if (this.phase === 'destroyed') return;
    this.phase = 'destroyed';
    this.cleanups.forEach((cleanup) => cleanup());
    this.cleanups = [];
    this.twin.stop();
    if (this.module) this.module['destroy']();
    this.module = null;  // unreachable now: the browser reclaims its memory
    this.handlers.clear();
    this.settle(false);
    const shadow = this.chrome.shadow;
    shadow.replaceChildren(document.createElement('slot'));  // the element's own content shows again
    if ('adoptedStyleSheets' in shadow) shadow.adoptedStyleSheets = [];
    this.element.removeAttribute('data-error');
  }
}

// The statechange detail: what a link holds.
function linkDetail(state) {
  return { view: state.view, item: state.item, lang: state.lang, search: state.search, category: state.category };
}

// The fallback for browsers or frames without the async clipboard (needs a click to run in).
function copyWithSelection(shadow, text) {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  shadow.append(field);
  field.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch (e) {
    copied = false;
  }
  field.remove();
  return copied;
}
