// Polity Explorer embed — options: what a page may ask for, from data-* attributes or from
// PolityExplorer.mount(element, options), checked before anything loads. A bad value never
// leaves a blank box: the problem is shown in the widget's box and warned in the console,
// naming the attribute; only a missing or unusable dataset stops the widget from starting.

// The views' names, in tab order, written by the build from the widget's view table.
import { VIEWS } from 'polity-view-names';

const THEMES = ['auto', 'light', 'dark'];
const MODES = ['article', 'app'];
const HEADERS = ['show', 'none'];
// The wheel over the timeline and network: "scroll" scrolls the article (Ctrl/Cmd + wheel and
// two fingers zoom), as embedded maps do; "zoom" zooms with a plain wheel (the hosted page).
const WHEEL_MODES = ['scroll', 'zoom'];
const FONTS = ['host', 'bundled'];
// A language code such as en, ru, kk or pt-br.
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/;
// lang '': none asked for; the page's <html lang> then, where the dataset has it, else English.
const DEFAULTS = { mode: 'article', view: 'overview', item: '', lang: '', theme: 'auto', accent: '', height: 'auto',
  mirrorUrl: false, views: '', header: 'show', languageMenu: false, wheel: 'scroll',
  font: 'host' };

// Each option: its attribute, a check returning [value] when fine or a message when not, and
// its URL parameter on the iframe page (embed.html).
export const OPTION_CHECKS = {
  dataset: ['data-dataset', checkDataset, 'data'],
  mode: ['data-mode', (v) => (MODES.includes(v) ? [v] : `"${v}" is not a mode; use article or app`)],
  views: ['data-views', checkViews],
  header: ['data-header', (v) => (HEADERS.includes(v) ? [v] : `"${v}" is not a header; use show or none`)],
  languageMenu: ['data-language-menu', checkBoolean, 'language-menu'],
  view: ['data-view', (v) => (VIEWS.includes(v) ? [v] : `"${v}" is not a view; use one of ${VIEWS.join(', ')}`)],
  item: ['data-item', (v) => (/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(v) ? [v]
    : `"${v}" is not an entity id (letters, digits, '.', '_' and '-')`)],
  lang: ['data-lang', (v) => (LANGUAGE_CODE.test(v) ? [v]
    : `"${v}" is not a language code such as en, ru or kk`)],
  theme: ['data-theme', (v) => (THEMES.includes(v) ? [v] : `"${v}" is not a theme; use auto, light or dark`)],
  accent: ['data-accent', checkAccent],
  height: ['data-height', checkHeight],
  mirrorUrl: ['data-mirror-url', checkBoolean, 'mirror-url'],
  wheel: ['data-wheel', (v) => (WHEEL_MODES.includes(v) ? [v] : `"${v}" is not a wheel mode; use scroll or zoom`)],
  font: ['data-font', (v) => (FONTS.includes(v) ? [v] : `"${v}" is not a font; use host (the page's) or bundled`)],
};

// A dataset URL relative to the page, or http(s); javascript:, data: and friends are refused.
function checkDataset(value) {
  if (!value) return 'is missing: give the URL of a dataset (a .json file made with polity import)';
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? [url.href]
      : `"${value}" is not an http(s) URL`;
  } catch (e) {
    return `"${value}" is not a URL`;
  }
}

// The origin of a dataset address the page may not show, or '' when it may. The site's own
// pages take their dataset from a link (?data=), and a link must not put another site's words
// under this site's name: only the page's own origin, and the origins the site's owner lists in
// <meta name="polity-allowed-origins" content="https://data.example https://other.example">.
export function refusedOrigin(dataset) {
  const origin = new URL(dataset, document.baseURI).origin;
  const meta = document.querySelector('meta[name="polity-allowed-origins"]');
  const listed = (meta && meta.getAttribute('content') || '').split(/[\s,]+/).filter(Boolean).map((entry) => {
    try {
      return new URL(entry).origin;
    } catch (e) {
      return null;  // not an origin: allows nothing
    }
  });
  return origin === location.origin || listed.includes(origin) ? '' : origin;
}

// "reforms, timeline,quotes": the views of article mode's row of tabs, in order, as
// "reforms,timeline,quotes". Every name must be a view's.
function checkViews(value) {
  const names = value.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const wrong = names.filter((name) => !VIEWS.includes(name));
  if (wrong.length) {
    return `${wrong.map((name) => `"${name}"`).join(', ')} ${wrong.length === 1 ? 'is not a view' : 'are not views'}; ` +
      `list some of ${VIEWS.join(', ')}, separated by commas`;
  }
  if (!names.length) return 'is empty; list some of ' + VIEWS.join(', ') + ', separated by commas';
  return [names.filter((name, k) => names.indexOf(name) === k).join(',')];
}

// Returned as #rrggbb, the form the widget takes.
function checkAccent(value) {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  if (short) return ['#' + short[1] + short[1] + short[2] + short[2] + short[3] + short[3]].map((c) => c.toLowerCase());
  return /^#[0-9a-f]{6}$/i.test(value) ? [value.toLowerCase()]
    : `"${value}" is not a colour; use #rgb or #rrggbb, for example #0a6`;
}

// "auto" (a height that suits the width), "fill" (the element's own height, set by the page's
// CSS), or a CSS length the widget can be used at.
function checkHeight(value) {
  if (value === 'auto' || value === 'fill') return [value];
  const match = /^(\d+(?:\.\d+)?)(px|em|rem|vh|svh|dvh)$/.exec(value);
  if (!match) return `"${value}" is not a height; use auto, fill or a length such as 600px`;
  const px = Number(match[1]) * ({ px: 1, em: 16, rem: 16 }[match[2]] || 0);
  if (px && (px < 240 || px > 4000)) return `${value} is outside 240px..4000px, where the explorer is usable`;
  if (!px && (Number(match[1]) < 30 || Number(match[1]) > 100)) return `${value} should be between 30 and 100`;
  return [value];
}

function checkBoolean(value) {
  if (value === true || value === 'true' || value === '') return [true];
  if (value === false || value === 'false') return [false];
  return `"${value}" is not true or false`;
}

// The options an element's data-* attributes give (only the ones it has).
export function readAttributes(element) {
  const raw = {};
  for (const [name, [attribute]] of Object.entries(OPTION_CHECKS)) {
    if (element.hasAttribute(attribute)) raw[name] = element.getAttribute(attribute).trim();
  }
  return raw;
}

// Checks `raw`: from "attributes", mount() options ("script") or embed.html's URL ("params").
// Returns {options, problems}: options hold every option, with defaults where a value was
// missing or bad; each problem is {attribute, message, fatal}, named as the page wrote it
// (data-view, options.view or the view= parameter).
export function checkOptions(raw, source) {
  const options = Object.assign({}, DEFAULTS, { dataset: '' });
  const problems = [];
  // mount() only: the dataset's text itself, for a page that made it in memory ("Make your
  // own"); `dataset`, if given, then only names it.
  const text = source === 'script' && typeof raw.datasetText === 'string' ? raw.datasetText : null;
  if (text !== null) options.datasetText = text;
  const set = new Set();     // the options the page set to a good value
  for (const [name, [attribute, check, param]] of Object.entries(OPTION_CHECKS)) {
    const given = raw[name];
    if ((given === undefined || given === null) && (name !== 'dataset' || text !== null)) continue;
    const result = check(typeof given === 'boolean' ? given : String(given === undefined || given === null ? '' : given));
    const label = source === 'script' ? 'options.' + name
      : source === 'params' ? `the ${param || name}= parameter` : attribute;
    if (Array.isArray(result)) {
      options[name] = result[0];
      set.add(name);
    } else problems.push({ attribute: label, message: `${label} ${result}`, fatal: name === 'dataset' });
  }
  // How long a stalled download may wait for its next bytes (mount() only; tests shorten it).
  if (Number(raw.dataTimeoutMs) > 0) options.dataTimeoutMs = Number(raw.dataTimeoutMs);
  // An editor who picks the row's views opens the explorer on the first of them.
  if (options.mode === 'article' && options.views && !set.has('view')) options.view = options.views.split(',')[0];
  return { options, problems };
}

// A deep link's values, checked like the options; bad ones are dropped (a link is not the
// page's fault, so no notice).
export function checkLink(link) {
  const out = {};
  for (const name of ['view', 'item', 'lang']) {
    if (link[name] === undefined) continue;
    if (link[name] === '' && name === 'item') out.item = '';
    else if (Array.isArray(OPTION_CHECKS[name][1](link[name]))) out[name] = link[name];
  }
  for (const name of ['search', 'category']) {
    if (typeof link[name] === 'string' && link[name].length <= 127) out[name] = link[name];
  }
  return out;
}
