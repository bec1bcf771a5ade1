// Polity Explorer — the host page's side of the iframe embed. Once per page, beside the iframes:
//   <iframe class="polity-explorer-frame" src="https://SITE/embed.html?data=..." ...></iframe>
//   <script async src="https://SITE/polity-iframe.js"></script>
// It fits each iframe's height to the explorer inside it, keeping the text the reader is on in
// place when an iframe above it changes height, scrolls this page by what a swipe over the
// explorer leaves over (the explorer scrolls its own lists first), and tells the explorer this
// page's language (<html lang>) and viewport height. When the iframe's src has mirror-url=true it
// also keeps the reader's place in this page's URL (#polity.view=...; an iframe with an id uses
// the id instead of "polity"), so the page's own link reopens it.
// It takes messages only from those iframes' windows at their origin and in the expected shape
// (see web/polity-frame.js), and ignores everything else. It defines no global name, sets no
// cookies, stores nothing and loads nothing. Needs no 'wasm-unsafe-eval': the iframe runs the
// WebAssembly under its own origin's policy. Copy it to your own server to keep script-src 'self'.
// An ES module, bundled by the build into a classic script: this page's fragment is read and
// written by the script embed's own rules (wasm/embed/url_state.js).
import { fragmentPrefix, isLink, readFragment, replaceFragment, writeFragment } from '../wasm/embed/url_state.js';

const SOURCE = 'polity-explorer';
const MARK = Symbol.for('polity-explorer-frames');   // pasted twice: the second copy does nothing
if (!window[MARK]) {
  window[MARK] = true;
  start();
}

function start() {
  const frames = () => Array.from(document.querySelectorAll('iframe.polity-explorer-frame'));

  // The iframe's origin and options, from its src as the page wrote it.
  function describe(iframe) {
    try {
      const url = new URL(iframe.getAttribute('src') || '', location.href);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
      return { origin: url.origin, mirror: url.searchParams.get('mirror-url') === 'true', prefix: fragmentPrefix(iframe) };
    } catch (e) {
      return null;
    }
  }

  function send(iframe, message) {
    const info = describe(iframe);
    if (info && iframe.contentWindow) {
      iframe.contentWindow.postMessage(Object.assign({ source: SOURCE, version: 1 }, message), info.origin);
    }
  }

  // This page's fragment: our keys carry the iframe's prefix; other entries stay as they are.
  const readLink = (prefix) => readFragment(location.hash, prefix);
  const writeLink = (prefix, link) => replaceFragment(writeFragment(location.hash, prefix, link));

  //---------------------------------------------------------------------------
  // The conversation
  //---------------------------------------------------------------------------
  const viewport = () => document.documentElement.clientHeight || window.innerHeight;

  function hello(iframe) {
    const info = describe(iframe);
    if (!info) return;
    const page = { type: 'hello', lang: document.documentElement.getAttribute('lang') || '', viewport: viewport() };
    send(iframe, info.mirror ? Object.assign(page, { url: location.href.split('#')[0], prefix: info.prefix }) : page);
    const link = info.mirror ? readLink(info.prefix) : {};
    if (Object.keys(link).length) send(iframe, { type: 'navigate', link });
  }

  window.addEventListener('message', (event) => {
    const iframe = frames().find((f) => f.contentWindow === event.source);
    const info = iframe && describe(iframe);
    const data = event.data;
    if (!info || event.origin !== info.origin) return;
    if (!data || typeof data !== 'object' || data.source !== SOURCE || data.version !== 1) return;
    if (data.type === 'resize' && Number.isFinite(data.height) && data.height >= 100 && data.height <= 20000) {
      resize(iframe, Math.round(data.height), data.reading === true);
    } else if (data.type === 'scroll' && Number.isFinite(data.dy) && Math.abs(data.dy) <= 2000) {
      window.scrollBy(0, data.dy);
    } else if (data.type === 'state' && info.mirror && isLink(data.link)) {
      writeLink(info.prefix, data.link);
    }
  });

  // An iframe that starts above the viewport grows or shrinks without moving the text under the
  // reader's eyes: the page scrolls by as much. Not while the reader works in it: then it is
  // what they watch, and its top stays put.
  function resize(iframe, height, reading) {
    const before = iframe.getBoundingClientRect();
    iframe.style.height = height + 'px';
    if (before.top >= 0 || reading) return;
    const moved = iframe.getBoundingClientRect().bottom - before.bottom;
    if (moved) window.scrollBy(0, moved);
  }

  let lastViewport = viewport();
  window.addEventListener('resize', () => {
    if (viewport() === lastViewport) return;
    lastViewport = viewport();
    for (const iframe of frames()) send(iframe, { type: 'viewport', height: lastViewport });
  });

  // A frame that (re)loads gets a hello; iframes added later included (load does not bubble,
  // but a capturing listener sees it).
  document.addEventListener('load', (event) => {
    if (event.target instanceof HTMLIFrameElement && event.target.matches('.polity-explorer-frame')) hello(event.target);
  }, true);

  window.addEventListener('hashchange', () => {
    for (const iframe of frames()) {
      const info = describe(iframe);
      if (info && info.mirror) send(iframe, { type: 'navigate', link: readLink(info.prefix) });
    }
  });

  frames().forEach(hello);
}
