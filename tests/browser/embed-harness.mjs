// What the embed tests share: host pages on one origin embedding the widget from another, and
// helpers that read a widget through its public API (PolityExplorer.get(element)).
import { startServer } from './harness.mjs';

// Two servers, for useBrowser(startServers): `site` is the widget's (site files), `host` a news
// site's (test pages that embed the widget from `site`, so every embed here is cross-origin, as
// in production).
export async function startServers() {
  const site = await startServer();
  const host = await startServer({ widgetBase: site.url });
  return { site, host };
}

// Records, in the page and its frames, what the embed must never do or cause: CSP violations,
// storage writes, cookies. Read back with pageRecord(page).
function recorder() {
  const record = { violations: [], writes: [], globals: null };
  Object.defineProperty(window, '__polityRecord', { value: record });
  record.globals = Object.getOwnPropertyNames(window);   // before any page script
  document.addEventListener('securitypolicyviolation', (e) => record.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  const note = (what) => () => record.writes.push(what);
  for (const name of ['setItem', 'removeItem', 'clear']) {
    const original = Storage.prototype[name];
    Storage.prototype[name] = function (...args) { note('storage.' + name)(); return original.apply(this, args); };
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    get() { return cookie.get.call(this); },
    set(value) { note('cookie')(); cookie.set.call(this, value); },
  });
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) { note('indexedDB.open')(); return open.apply(this, args); };
  if (window.CacheStorage) {
    const cacheOpen = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (...args) { note('caches.open')(); return cacheOpen.apply(this, args); };
  }
}

// A new context and page; console errors and warnings, page errors and every request kept.
// `prepare(page)`, if given, runs before the page loads (routes, init scripts, permissions).
export async function openPage(browser, url, contextOptions = {}, prepare = null) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  page.errors = [];
  page.warnings = [];
  page.requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
    if (m.type() === 'warning' && !/GL Driver Message/.test(m.text())) page.warnings.push(m.text());
  });
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('request', (r) => page.requests.push(r.url()));
  await page.addInitScript(recorder);
  if (prepare) await prepare(page);
  await page.goto(url);
  return page;
}

// A test page of tests/browser/pages/ from the news site (env from useBrowser(startServers)).
export const openHostPage = (env, name, contextOptions, prepare) =>
  openPage(env.browser, env.host.url + 'tests/browser/pages/' + name, contextOptions, prepare);

export const pageRecord = (frame) => frame.evaluate(() => window.__polityRecord);

// Global names the page's scripts added since it started.
export const newGlobals = (frame) => frame.evaluate(() =>
  Object.getOwnPropertyNames(window).filter((name) => !window.__polityRecord.globals.includes(name)));

// Waits until the widget on element #id has its data on screen (scrolling to it, as lazy
// widgets load only near the viewport). Resolves to true, or false when it failed.
export async function whenReady(frame, id) {
  await frame.waitForFunction((i) => window.PolityExplorer && window.PolityExplorer.get(document.getElementById(i)), id);
  if (frame.locator) await frame.locator('#' + id).scrollIntoViewIfNeeded();
  return frame.evaluate((i) => window.PolityExplorer.get(document.getElementById(i)).ready, id);
}

// The widget's full state (DescribeState) and its public state.
export const debugState = (frame, id) =>
  frame.evaluate((i) => window.PolityExplorer.get(document.getElementById(i)).debugState(), id);
export const publicState = (frame, id) =>
  frame.evaluate((i) => window.PolityExplorer.get(document.getElementById(i)).state(), id);
export const framesOf = (frame, id) =>
  frame.evaluate((i) => window.PolityExplorer.get(document.getElementById(i)).frames(), id);

export async function waitFor(frame, id, predicate, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  let last = null;
  while (Date.now() < deadline) {
    last = await debugState(frame, id);
    if (last && predicate(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`#${id}: state never matched; last: ${JSON.stringify(last)}`);
}

// Playwright's fast typing presses and releases within one frame; ImGui 1.86 reads keys once a
// frame, so letters go with a pause.
export async function typeSlowly(page, text) {
  await page.keyboard.type(text, { delay: 40 });
}
