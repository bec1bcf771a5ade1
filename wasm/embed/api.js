// Polity Explorer embed — the page's one global, PolityExplorer:
//   PolityExplorer.mount(element, options) -> instance   (options as the data-* attributes:
//       dataset, view, item, lang, theme, accent, height, mirrorUrl, wheel, font; and lazy: false to load at once)
//   PolityExplorer.scan(root?) -> [instance]              mounts every new .polity-explorer element
//   PolityExplorer.get(element) -> instance or null
// An instance: select(id), setView(name), setLanguage(code), setSearch(text), setCategory(name),
// navigate(view, item), back(), forward(), setHeight(h), state(), link(), copyLink() -> Promise,
// download('csv' | 'json' | 'png', {preset}) -> Promise (the saved file's name, or null before
// the data shows; a picture's preset: 'article' (default), 'social' or 'portrait'),
// about() -> {title, credit, licence, checked, checked_text, sources} or null,
// setDatasetText(text) (shows another dataset given as text, as mount's datasetText option),
// on(name, fn) -> off(), off(name, fn), destroy(), element, ready (Promise: true once the data
// shows, false if it never will; after the reader's "Try again", a new one for that try);
// frames() and debugState() for tests.
// Events, as DOM CustomEvents "polity:<name>" on the element and to on(name) handlers: ready,
// firstframe, select, viewchange, statechange, error.
// This is the embed's entry module: the build bundles it and what it imports into polity-embed.js.

import { Instance } from './instance.js';
import { OPTION_CHECKS, readAttributes } from './options.js';

const DOWNLOAD_KINDS = ['csv', 'json', 'png'];
const PICTURE_PRESETS = ['article', 'social', 'portrait'];
const EVENT_NAMES = ['ready', 'firstframe', 'select', 'viewchange', 'statechange', 'error'];
const registry = new Map();  // element -> Instance, while mounted

function eventName(name) {
  const short = String(name).replace(/^polity:/, '');
  if (!EVENT_NAMES.includes(short)) throw new TypeError(`PolityExplorer: no event "${name}"; events: ${EVENT_NAMES.join(', ')}`);
  return short;
}

// Checks a value like the matching attribute would be checked; warns and returns false if bad.
function valid(name, value) {
  const result = OPTION_CHECKS[name][1](String(value));
  if (Array.isArray(result)) return true;
  console.warn(`Polity Explorer: ${name} ${result}.`);
  return false;
}

function publicApi(instance) {
  const on = (name, handler) => {
    if (typeof handler !== 'function') throw new TypeError('PolityExplorer: on() needs a function');
    const key = eventName(name);
    if (!instance.handlers.has(key)) instance.handlers.set(key, new Set());
    instance.handlers.get(key).add(handler);
    return () => off(name, handler);
  };
  const off = (name, handler) => { (instance.handlers.get(eventName(name)) || new Set()).delete(handler); };
  return Object.freeze({
    element: instance.element,
    get ready() { return instance.ready; },  // a new promise after the reader's "Try again"
    select: (id) => valid('item', id) && instance.navigate(instance.currentLink().view || 'overview', String(id)),
    setView: (name) => valid('view', name) && instance.navigate(String(name), ''),
    navigate: (view, item) => valid('view', view) && (!item || valid('item', item)) &&
      instance.navigate(String(view), item ? String(item) : ''),
    setLanguage: (code) => valid('lang', code) && instance.setLanguage(String(code)),
    setSearch: (text) => instance.setSearch(String(text === undefined || text === null ? '' : text).slice(0, 127)),
    setCategory: (name) => instance.setCategory(String(name === undefined || name === null ? '' : name).slice(0, 127)),
    setHeight: (height) => valid('height', height) && (instance.setHeight(String(height)), true),
    back: () => instance.go(-1),
    forward: () => instance.go(1),
    state: () => instance.state(),
    frames: () => instance.frames(),
    debugState: () => instance.debugState(),
    link: () => instance.link(),
    copyLink: () => instance.copyLink(),
    download: (kind, options = {}) => {
      const preset = options && options.preset !== undefined ? options.preset : 'article';
      if (DOWNLOAD_KINDS.includes(kind) && PICTURE_PRESETS.includes(preset)) return instance.download(kind, preset);
      const list = (values) => values.map((v) => `"${v}"`).join(', ');
      console.warn(`Polity Explorer: download() takes ${list(DOWNLOAD_KINDS)} and a preset of ${list(PICTURE_PRESETS)}, ` +
                   `not "${kind}", ${JSON.stringify(preset)}.`);
      return Promise.resolve(null);
    },
    about: () => instance.about(),
    setDatasetText: (text) => {
      if (typeof text === 'string') return instance.setDatasetText(text);
      console.warn('Polity Explorer: setDatasetText() takes the dataset as a string.');
      return false;
    },
    on,
    off,
    destroy: () => {
      instance.destroy();
      registry.delete(instance.element);
    },
  });
}

// Mounting an element again replaces its widget (new options take effect).
function mount(element, options) {
  if (!(element instanceof Element)) throw new TypeError('PolityExplorer.mount: the first argument must be an element');
  if (registry.has(element)) registry.get(element).api.destroy();
  const raw = options === undefined ? readAttributes(element) : Object(options);
  const source = options === undefined ? 'attributes' : raw.source === 'params' ? 'params' : 'script';
  const instance = new Instance(element, raw, source);
  instance.api = publicApi(instance);
  warnSharedPrefix(instance);
  registry.set(element, instance);
  return instance.api;
}

// Two explorers mirroring into the page's URL under one prefix would overwrite each other.
function warnSharedPrefix(instance) {
  if (!instance.options.mirrorUrl || instance.ownFragment) return;
  for (const other of registry.values()) {
    if (other.options.mirrorUrl && other.prefix === instance.prefix) {
      console.warn(`Polity Explorer: two explorers keep their place in the URL as "${instance.prefix}…"; ` +
                   'give each element its own id.', instance.element);
    }
  }
}

function scan(root) {
  const found = (root || document).querySelectorAll('.polity-explorer');
  return Array.from(found).filter((element) => !registry.has(element)).map((element) => mount(element));
}

function get(element) {
  const instance = registry.get(element);
  return instance ? instance.api : null;
}

// Pasting the snippet twice (one per widget, as CMSs do) loads the script twice: the second
// copy only looks for new elements.
function install() {
  const existing = window.PolityExplorer;
  const whenParsed = (f) => (document.readyState === 'loading'
    ? document.addEventListener('DOMContentLoaded', () => f(), { once: true }) : f());
  if (existing && typeof existing.scan === 'function') {
    whenParsed(() => existing.scan());
    return;
  }
  window.PolityExplorer = Object.freeze({ version: '1', mount, scan, get });
  whenParsed(() => scan());
}

install();
