// Polity Explorer — the iframe page (embed.html): the explorer as the whole document.
//   Options as URL parameters, as the script embed's attributes: data (the dataset URL), mode
//   (article | app), views, header, language-menu, view, item, lang, theme, accent, height
//   (auto | fill | a length), mirror-url (true: the host page's URL follows the reader), wheel
//   (scroll | zoom). Where the reader is lives in this page's fragment, as on the hosted page:
//   embed.html?data=...#view=institutions&item=ombudsman.
// The conversation with polity-iframe.js on the host page, every message an object
// {source: 'polity-explorer', version: 1, type, ...}:
//   frame -> host  resize {height, reading}  the explorer's height in CSS pixels; reading: the
//                                       reader is working in it (the host then keeps the frame's
//                                       top in place, not the text under it)
//                  state {link}         mirror-url=true only: where the reader is, as far as it
//                                       differs from the parameters
//                  scroll {dy}          a swipe's part the explorer could not take: the host
//                                       page scrolls by dy CSS pixels (an iframe cannot)
//   host -> frame  hello {url, prefix, lang, viewport}   the resizer is there (url and prefix:
//                                       mirroring only); the host's <html lang> and viewport height
//                  viewport {height}    the host's viewport changed height
//                  navigate {link}      the host's URL points somewhere else (back button, link)
// Messages go to the parent's origin only, and are taken only from the parent window at that
// origin; anything else is ignored.
// An ES module, bundled by the build into a classic script; links and language codes follow the
// script embed's rules (wasm/embed/url_state.js, options.js).
import { LANGUAGE_CODE } from '../wasm/embed/options.js';
import { changedFrom, isLink, linkState, writeFragment } from '../wasm/embed/url_state.js';

main();

function main() {
  const SOURCE = 'polity-explorer';
  const DEFAULT_DATA = 'data/kazakhstan-constitution.json';
  const params = new URLSearchParams(location.search);
  const element = document.getElementById('explorer');
  const framed = window.parent !== window;
  const given = (name) => (params.has(name) ? params.get(name) : undefined);
  const height = given('height') || 'auto';
  const mirror = given('mirror-url') === 'true';
  const base = { view: given('view') || 'overview', item: given('item') || '', lang: given('lang') || 'en' };
  let parentOrigin = knownParentOrigin();
  let host = null;               // {url, prefix} from the host's hello, when mirroring
  let hostViewport = 0;          // the host's viewport height (CSS pixels), once it said
  let lastInput = -Infinity;     // when the reader last pressed, typed or scrolled in the frame
  for (const type of ['pointerdown', 'keydown', 'wheel']) {
    window.addEventListener(type, () => { lastInput = performance.now(); }, { capture: true, passive: true });
  }
  // A language asked for is this document's; otherwise the host's, once it says (the explorer
  // follows <html lang> while no language was asked for).
  if (given('lang') && LANGUAGE_CODE.test(given('lang'))) document.documentElement.lang = given('lang');

  // Where the browser says the parent is (Chrome, Safari); else learnt from the host's hello.
  function knownParentOrigin() {
    if (!framed) return null;
    const ancestors = location.ancestorOrigins;
    if (ancestors && ancestors.length && ancestors[0] !== 'null') return ancestors[0];
    return null;
  }

  function post(message) {
    if (framed && parentOrigin) window.parent.postMessage(Object.assign({ source: SOURCE, version: 1 }, message), parentOrigin);
  }

  //---------------------------------------------------------------------------
  // Links: the host's URL when it mirrors, else the hosted page on this site
  //---------------------------------------------------------------------------
  const changed = (state) => changedFrom(state, base);
  // The link's keys as a fragment, without its '#'.
  const fragment = (link, prefix) => writeFragment('', prefix, link).slice(1);

  // Touch scrolling the explorer hands on: the article is the host's page, which polity-iframe.js
  // scrolls (a wheel the explorer does not take reaches the host page by itself).
  function scrollPage(dy) {
    if (framed && parentOrigin) {
      post({ type: 'scroll', dy });
      return undefined;   // whether the host page moved is not known here
    }
    const before = window.scrollY;
    window.scrollBy(0, dy);
    return window.scrollY !== before;
  }

  function makeLink(state) {
    if (host) return host.url + '#' + fragment(changed(state), host.prefix);
    const site = new URL('.', location.href);
    let data = given('data') || DEFAULT_DATA;
    try {
      data = new URL(data, location.href).href;
    } catch (e) {
      // no URL at all: the link carries it as written (the explorer shows why it cannot load)
    }
    const query = data === new URL(DEFAULT_DATA, site).href ? '' : '?data=' + encodeURIComponent(data);
    return site.href + query + '#' + fragment(linkState(state), '');
  }

  const explorer = window.PolityExplorer.mount(element, {
    source: 'params',
    dataset: given('data') || DEFAULT_DATA,
    listedOriginsOnly: true,  // a link must not show another site's data under this one's name
    mode: given('mode'),
    views: given('views'),
    header: given('header'),
    languageMenu: given('language-menu'),
    view: given('view'),
    item: given('item'),
    lang: given('lang'),
    theme: given('theme'),
    accent: given('accent'),
    height: height === 'auto' ? 'fill' : height,   // content-sized once the host's resizer is there
    wheel: given('wheel'),
    frame: 'bare',
    fragment: 'own',
    lazy: false,         // the host's <iframe loading="lazy"> already waits for the viewport
    makeLink,
    scrollPage,
    viewportHeight: () => hostViewport || window.innerHeight,   // the reader's, not this frame's
  });

  //---------------------------------------------------------------------------
  // Height: reported to the host while the iframe follows the explorer
  //---------------------------------------------------------------------------
  let following = false;

  function follow() {
    if (following || height === 'fill') return;
    following = true;
    document.documentElement.classList.remove('polity-frame-fill');
    if (height === 'auto') explorer.setHeight('auto');
    new ResizeObserver(() => post({ type: 'resize', height: Math.ceil(element.getBoundingClientRect().height),
      reading: performance.now() - lastInput < 1500 })).observe(element);
  }

  //---------------------------------------------------------------------------
  // Messages from the host
  //---------------------------------------------------------------------------
  function onHello(data) {
    if (mirror && typeof data.url === 'string' && /^https?:\/\//.test(data.url) &&
        typeof data.prefix === 'string' && /^[A-Za-z][A-Za-z0-9_-]{0,40}\.$/.test(data.prefix)) {
      host = { url: data.url.split('#')[0], prefix: data.prefix };
    }
    if (!given('lang') && typeof data.lang === 'string' && LANGUAGE_CODE.test(data.lang.toLowerCase())) {
      document.documentElement.lang = data.lang;
    }
    onViewport(data.viewport);
    follow();
  }

  // The box is at most 85 % of the host's viewport, not of this frame (which follows the box).
  function onViewport(height) {
    if (!Number.isFinite(height) || height < 100 || height > 20000 || height === hostViewport) return;
    hostViewport = height;
    window.dispatchEvent(new Event('resize'));
  }

  // Points this page's fragment at the host's link; the explorer follows its fragment.
  function onNavigate(link) {
    const own = Object.assign({}, base, link);
    history.replaceState(history.state, '', '#' + fragment(own, ''));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!framed || event.source !== window.parent || (parentOrigin && event.origin !== parentOrigin)) return;
    if (!data || typeof data !== 'object' || data.source !== SOURCE || data.version !== 1) return;
    if (data.type === 'hello') {
      parentOrigin = parentOrigin || event.origin;
      onHello(data);
    } else if (data.type === 'viewport' && parentOrigin) {
      onViewport(data.height);
    } else if (data.type === 'navigate' && parentOrigin && mirror && isLink(data.link)) {
      onNavigate(data.link);
    }
  });

  if (mirror) explorer.on('statechange', (state) => post({ type: 'state', link: changed(state) }));
}
