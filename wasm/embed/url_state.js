// Polity Explorer embed — deep links: the widget's state in a URL fragment.
//   own page (hosted page, iframe page):  #view=institutions&item=ombudsman&lang=ru
//   a host page's URL (script embed):     #polity.view=institutions&polity.item=ombudsman
// On a host page the keys carry a prefix (the element's id, else "polity"), so several widgets
// and the host's own fragment parameters live side by side; entries that are not ours are kept
// as they were. The fragment is rewritten with history.replaceState, which keeps history.state
// (a host's router may keep its own state there) and adds no history entries.

export const LINK_KEYS = ['view', 'item', 'lang', 'search', 'category'];

// The key prefix for an element on a host page: its id when it makes a readable key.
export function fragmentPrefix(element) {
  return /^[A-Za-z][A-Za-z0-9_-]{0,40}$/.test(element.id || '') ? element.id + '.' : 'polity.';
}

// "a=1&b=2" -> [[key, value, rawEntry], ...]; entries without '=' keep key null.
function splitFragment(fragment) {
  const text = fragment.charAt(0) === '#' ? fragment.slice(1) : fragment;
  return text.split('&').filter((entry) => entry !== '').map((entry) => {
    const at = entry.indexOf('=');
    if (at < 0) return [null, null, entry];
    try {
      return [decodeURIComponent(entry.slice(0, at)), decodeURIComponent(entry.slice(at + 1).replace(/\+/g, ' ')), entry];
    } catch (e) {
      return [null, null, entry];  // malformed escapes: not ours, left as they are
    }
  });
}

// The link state a fragment holds for `prefix` ("" on the widget's own page): {view, item, ...}
// with only the keys present.
export function readFragment(fragment, prefix) {
  const state = {};
  for (const [key, value] of splitFragment(fragment)) {
    if (key === null || !key.startsWith(prefix)) continue;
    const name = key.slice(prefix.length);
    if (LINK_KEYS.includes(name)) state[name] = value;
  }
  return state;
}

// A fragment with our keys set to `state` and everything else kept. Keys absent from `state`
// are dropped; an empty string is written as "key=" (it overrides an element's attribute).
export function writeFragment(fragment, prefix, state) {
  const kept = splitFragment(fragment).filter(([key]) => key === null || !key.startsWith(prefix) ||
                                                         !LINK_KEYS.includes(key.slice(prefix.length)));
  const ours = LINK_KEYS.filter((name) => typeof state[name] === 'string')
    .map((name) => encodeURIComponent(prefix + name) + '=' + encodeURIComponent(state[name]));
  const entries = kept.map((entry) => entry[2]).concat(ours);
  return entries.length ? '#' + entries.join('&') : '';
}

// Replaces the page's fragment without a history entry, scroll or hashchange event.
export function replaceFragment(fragment) {
  const url = location.href.split('#')[0] + fragment;
  if (url !== location.href) history.replaceState(history.state, '', url);
}

// A link in a message between the iframe page and its host (web/polity-frame.js and
// polity-iframe.js): link keys only, each a short string.
export function isLink(link) {
  return link !== null && typeof link === 'object' && Object.keys(link).every((key) =>
    LINK_KEYS.includes(key) && typeof link[key] === 'string' && link[key].length <= 200);
}

// The state a link reopens: the non-empty link keys of a reported state.
export function linkState(state) {
  const out = {};
  for (const name of LINK_KEYS) if (state[name]) out[name] = state[name];
  return out;
}

// Only what differs from `base` (the options the element was configured with), so a host
// page's URL carries nothing until the reader changes something.
export function changedFrom(state, base) {
  const out = {};
  for (const name of LINK_KEYS) if ((state[name] || '') !== (base[name] || '')) out[name] = state[name] || '';
  return out;
}
